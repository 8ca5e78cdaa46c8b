package org.interphase.sim.growth;

import java.util.Objects;
import java.util.Optional;

import org.interphase.library.AldProcess;
import org.interphase.sim.InputChecks;

/**
 * A binary ALD or MLD run: {@code cycles} cycles of a chemistry at one temperature.
 *
 * @param chemistry       the film, its GPC table and characteristic exposures
 * @param temperature     deposition temperature, K
 * @param cycles          number of ALD cycles, 0 or more
 * @param dosing          how the half-reactions are dosed and purged; empty when not specified (then
 *                        saturated half-reactions and adequate purges are assumed, with a warning)
 * @param nucleationDelay cycles before linear growth starts on the substrate, 0 or more
 */
public record AldInput(AldChemistry chemistry, double temperature, int cycles, Optional<Dosing> dosing,
        int nucleationDelay) implements GrowthInput {

    public AldInput {
        Objects.requireNonNull(chemistry, "ALD chemistry");
        InputChecks.temperature(temperature, "deposition temperature");
        InputChecks.steps(cycles, "number of ALD cycles");
        Objects.requireNonNull(dosing, "dosing (Optional.empty() when not specified)");
        InputChecks.steps(nucleationDelay, "nucleation delay");
    }

    /**
     * A run of a library process. The nucleation delay is the library's for {@code substrate}
     * (a library material id), or 0 when the library has none: the sources describe ALD thickness
     * as linear in the cycle number from the start (facts §d10).
     *
     * @param substrate library material id of the surface coated, or empty when not relevant
     */
    public static AldInput of(AldProcess process, double temperature, int cycles, Optional<Dosing> dosing,
            Optional<String> substrate) {
        int delay = substrate.flatMap(process::nucleationDelay).map(q -> (int) q.value().si()).orElse(0);
        return new AldInput(AldChemistry.of(process), temperature, cycles, dosing, delay);
    }

    @Override
    public String film() {
        return chemistry.film();
    }

    /** This run with user-supplied characteristic exposures Φ0 (Pa·s) for both half-reactions. */
    public AldInput withCharacteristicExposures(double precursorPhi0, double coReactantPhi0) {
        return new AldInput(chemistry.withCharacteristicExposures(precursorPhi0, coReactantPhi0), temperature, cycles,
                dosing, nucleationDelay);
    }
}
