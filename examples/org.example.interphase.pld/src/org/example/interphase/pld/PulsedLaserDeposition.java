package org.example.interphase.pld;

import java.util.List;
import java.util.Optional;

import org.interphase.sim.growth.Film;
import org.interphase.sim.growth.TechniqueGrowth;
import org.interphase.sim.technique.DepositionTechnique;
import org.interphase.sim.technique.TechniqueParameter;
import org.interphase.sim.technique.TechniqueParameters;
import org.interphase.sim.technique.TechniqueProblem;

/**
 * Pulsed-laser deposition (PLD), written in a recipe as
 * {@code step pld { pulses = 6000; fluence = 2 J/cm2; rate = 5 Hz; distance = 50 mm; }}.
 *
 * <p>Growth model: every pulse adds the same thickness, so {@code d = N · g · (F / F_cal) · (d_cal / d_ts)²}, with N
 * pulses, g the growth per pulse measured at the calibration fluence F_cal and target–substrate distance d_cal.
 * Why these scalings: above the ablation threshold the ablated amount per pulse grows roughly in proportion to the
 * fluence, and the plume's flux through the substrate falls with the square of the distance, as from a point
 * source. Both are first-order approximations (real plumes are forward-peaked, cos^n θ, and ablation saturates),
 * so {@link #validate} refuses to scale a calibration by more than {@value #MAX_EXTRAPOLATION}×: beyond that,
 * measure g at conditions nearer the recipe's. The repetition rate and substrate temperature do not enter the
 * thickness (at the rates used, each pulse's deposit is complete before the next); they are recorded with the run.
 *
 * <p>Default growth per pulse, 0.3 Å: an ESTIMATE, not a value from a specific publication. Reported PLD growth rates
 * of oxide and phosphate films (e.g. Li3PO4, LiPON, LLZO) at 1–3 J/cm² and 40–60 mm lie around 0.1–1 Å per pulse;
 * 0.3 Å is the middle of that range on a logarithmic scale. Calibrate it with a thickness measurement of your own.
 */
public final class PulsedLaserDeposition implements DepositionTechnique {

    /** The largest factor by which the fluence and distance scalings may change the calibrated growth per pulse. */
    static final double MAX_EXTRAPOLATION = 4;

    private static final List<TechniqueParameter> PARAMETERS = List.of(
            TechniqueParameter.required("pulses", "", "number of laser pulses").between(1, 1e7),
            TechniqueParameter.optional("fluence", "J/cm2", 2, "laser fluence on the target").between(0.5, 10),
            TechniqueParameter.optional("rate", "Hz", 5, "pulse repetition rate (recorded; no effect on the"
                    + " thickness in this model)").between(0.1, 100),
            TechniqueParameter.optional("distance", "mm", 50, "target-substrate distance").between(10, 150),
            TechniqueParameter.optional("growthPerPulse", "Å", 0.3, "film thickness per pulse at the calibration"
                    + " fluence and distance; default 0.3 Å is an estimate (typical PLD oxide/phosphate films grow"
                    + " 0.1-1 Å per pulse), calibrate it").between(0.001, 10),
            TechniqueParameter.optional("calibrationFluence", "J/cm2", 2, "fluence at which growthPerPulse was"
                    + " measured").between(0.5, 10),
            TechniqueParameter.optional("calibrationDistance", "mm", 50, "target-substrate distance at which"
                    + " growthPerPulse was measured").between(10, 150),
            TechniqueParameter.optional("substrateTemperature", "°C", 25, "substrate temperature (recorded; no"
                    + " effect on the thickness in this model)").between(-50, 900));

    @Override
    public String id() {
        return "pld";
    }

    @Override
    public String label() {
        return "pulsed-laser deposition";
    }

    @Override
    public List<TechniqueParameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Optional<String> defaultFilm() {
        return Optional.of(PldMaterials.LI3PO4_PLD);
    }

    @Override
    public List<TechniqueProblem> validate(TechniqueParameters values) {
        double factor = scaling(values);
        if (factor > MAX_EXTRAPOLATION || factor < 1 / MAX_EXTRAPOLATION) {
            return List.of(TechniqueProblem.invalid("growthPerPulse", String.format(java.util.Locale.ROOT,
                    "the fluence and distance scale the calibrated growth per pulse by %.2g, more than the model's"
                            + " %.0f× either way; measure growthPerPulse nearer these conditions and give them as"
                            + " calibrationFluence and calibrationDistance", factor, MAX_EXTRAPOLATION)));
        }
        return List.of();
    }

    @Override
    public TechniqueGrowth grow(TechniqueParameters values, Film film) {
        double thickness = values.si("pulses") * values.si("growthPerPulse") * scaling(values);
        return TechniqueGrowth.run(thickness, List.of());
    }

    /** (F / F_cal) · (d_cal / d)²: how the recipe's conditions change the calibrated growth per pulse. */
    private static double scaling(TechniqueParameters values) {
        double distanceRatio = values.si("calibrationDistance") / values.si("distance");
        return values.si("fluence") / values.si("calibrationFluence") * distanceRatio * distanceRatio;
    }
}
