package org.interphase.sim.growth;

import java.util.Objects;
import java.util.Optional;

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

    @Override
    public Film film() {
        return chemistry.film();
    }

    /** This run with user-supplied characteristic exposures Φ0 (Pa·s) for both half-reactions. */
    public AldInput withCharacteristicExposures(double precursorPhi0, double coReactantPhi0) {
        return new AldInput(chemistry.withCharacteristicExposures(precursorPhi0, coReactantPhi0), temperature, cycles,
                dosing, nucleationDelay);
    }
}
