package org.interphase.sim.growth;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.sim.growth.GrowthWarning.Code;

/**
 * The physics of one ALD/MLD cycle: the saturated GPC at the deposition temperature and the
 * coverage each half-reaction reaches with its dose.
 *
 * <p>Saturation is first-order Langmuir in the exposure: θ = 1 − exp(−Φ/Φ0) with Φ = partial
 * pressure × pulse time. We use the exposure form rather than the dose form s₀·flux·t with a
 * Hertz–Knudsen flux because the sources give no sticking coefficients, while Φ0 can be read off a
 * measured saturation curve (GPC against pulse time) directly. The GPC of a cycle is the saturated
 * GPC × θ_precursor × θ_co-reactant.
 */
final class AldModel {

    /** Coverage below which a dose counts as sub-saturating (needs Φ ≥ 3·Φ0). */
    static final double SATURATION_THRESHOLD = 0.95;

    /**
     * A purge must last this many residence times: the reactant's partial pressure decays as
     * exp(−t/τ), so 3τ leaves 5 % of it, matching the 95 % saturation criterion. Less leaves enough
     * reactant to meet the next pulse in the gas phase (CVD-like, non-self-limiting growth).
     */
    static final int PURGE_RESIDENCE_TIMES = 3;

    private AldModel() {
    }

    /** GPC in m per cycle of a chemistry at a temperature with a dosing, warning about anything doubtful. */
    static double gpc(AldChemistry chemistry, double temperature, Optional<Dosing> dosing, List<GrowthWarning> warnings) {
        double saturated = saturatedGpc(chemistry.gpc(), temperature, chemistry.film().id(), warnings);
        return saturated * coverage(chemistry, dosing, warnings);
    }

    /**
     * The saturated GPC at a temperature, with window warnings (below: condensation or incomplete
     * reaction; above: decomposition or desorption) or, without a window, a warning when the GPC
     * was only reported at other temperatures.
     */
    static double saturatedGpc(GpcTable table, double temperature, String what, List<GrowthWarning> warnings) {
        double gpc = table.at(temperature);
        String at = Format.celsius(temperature);
        String used = "; the GPC there is not known, " + Format.angstrom(gpc) + "/cycle (nearest reported) is used";
        Optional<GpcTable.TemperatureWindow> window = table.window();
        if (window.isPresent() && temperature < window.get().min() - GpcTable.SAME_TEMPERATURE_K) {
            warnings.add(new GrowthWarning(Code.BELOW_PROCESS_WINDOW, what + ": " + at + " is below the ALD window "
                    + Format.celsius(window.get().min()) + " .. " + Format.celsius(window.get().max())
                    + ": expect precursor condensation or incomplete reactions" + used));
        } else if (window.isPresent() && temperature > window.get().max() + GpcTable.SAME_TEMPERATURE_K) {
            warnings.add(new GrowthWarning(Code.ABOVE_PROCESS_WINDOW, what + ": " + at + " is above the ALD window "
                    + Format.celsius(window.get().min()) + " .. " + Format.celsius(window.get().max())
                    + ": expect precursor decomposition or desorption" + used));
        } else if (!table.sampledAt(temperature)) {
            warnings.add(new GrowthWarning(Code.GPC_EXTRAPOLATED, what + ": the GPC is only reported at "
                    + table.sampledRange() + ", not at " + at + used));
        }
        return gpc;
    }

    /** θ_precursor × θ_co-reactant; 1 when the dosing or Φ0 is not known (with a warning). */
    static double coverage(AldChemistry chemistry, Optional<Dosing> dosing, List<GrowthWarning> warnings) {
        if (dosing.isEmpty()) {
            return 1;
        }
        Dosing d = dosing.get();
        return halfReaction(chemistry.precursor(), d.precursor(), chemistry.precursorExposure0(), d.residenceTime(),
                warnings)
                * halfReaction(chemistry.coReactant(), d.coReactant(), chemistry.coReactantExposure0(),
                        d.residenceTime(), warnings);
    }

    private static double halfReaction(String reactant, Dose dose, OptionalDouble exposure0, double residenceTime,
            List<GrowthWarning> warnings) {
        if (dose.purgeTime() < PURGE_RESIDENCE_TIMES * residenceTime) {
            warnings.add(new GrowthWarning(Code.SHORT_PURGE, reactant + ": the " + Format.seconds(dose.purgeTime())
                    + " purge is shorter than " + PURGE_RESIDENCE_TIMES + " residence times ("
                    + Format.seconds(PURGE_RESIDENCE_TIMES * residenceTime) + "); leftover " + reactant
                    + " meets the next pulse in the gas phase (CVD-like growth, thicker and less uniform than"
                    + " simulated); purge longer"));
        }
        if (exposure0.isEmpty()) {
            warnings.add(new GrowthWarning(Code.SATURATION_NOT_CHECKED, reactant + ": no characteristic exposure Φ0"
                    + " is known (the sources give none), so the dose is assumed to saturate; give Φ0 from a"
                    + " saturation curve to check it"));
            return 1;
        }
        double ratio = dose.exposure() / exposure0.getAsDouble();
        double theta = -Math.expm1(-ratio);
        if (theta < SATURATION_THRESHOLD) {
            warnings.add(new GrowthWarning(Code.SUB_SATURATING_DOSE, reactant + ": exposure "
                    + Format.exposure(dose.exposure()) + " is " + Format.fraction(ratio) + " × Φ0, coverage θ = "
                    + Format.fraction(theta) + " < " + SATURATION_THRESHOLD + "; the GPC drops accordingly. Saturating"
                    + " needs at least " + Format.exposure(-Math.log1p(-SATURATION_THRESHOLD)
                            * exposure0.getAsDouble())));
        }
        return theta;
    }
}
