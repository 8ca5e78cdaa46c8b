package org.interphase.sim.growth;

import java.util.Objects;
import java.util.OptionalDouble;

import org.interphase.sim.InputChecks;

/**
 * What an ALD/MLD chemistry brings to a run, independent of the recipe: the film it deposits, its
 * saturated GPC against temperature, and each half-reaction's characteristic exposure Φ0 (coverage
 * θ = 1 − exp(−Φ/Φ0), first-order Langmuir), where known.
 *
 * @param film                    the deposited film
 * @param gpc                     saturated GPC against temperature
 * @param precursor               the first reactant, e.g. "TMA"
 * @param coReactant              the second reactant, e.g. "H2O"
 * @param precursorExposure0      Φ0 of the precursor half-reaction in Pa·s, if known
 * @param coReactantExposure0     Φ0 of the co-reactant half-reaction in Pa·s, if known
 */
public record AldChemistry(Film film, GpcTable gpc, String precursor, String coReactant,
        OptionalDouble precursorExposure0, OptionalDouble coReactantExposure0) {

    public AldChemistry {
        Objects.requireNonNull(film, "film material");
        Objects.requireNonNull(gpc, "GPC table");
        Objects.requireNonNull(precursor, "precursor name");
        Objects.requireNonNull(coReactant, "co-reactant name");
        Objects.requireNonNull(precursorExposure0, "precursor Φ0 (OptionalDouble.empty() when unknown)");
        Objects.requireNonNull(coReactantExposure0, "co-reactant Φ0 (OptionalDouble.empty() when unknown)");
        precursorExposure0.ifPresent(
                phi -> InputChecks.positive(phi, "characteristic exposure of " + precursor, "Pa·s"));
        coReactantExposure0.ifPresent(
                phi -> InputChecks.positive(phi, "characteristic exposure of " + coReactant, "Pa·s"));
    }

    /**
     * This chemistry with user-supplied characteristic exposures (Pa·s), e.g. from one's own
     * saturation curves; the sources give none.
     */
    public AldChemistry withCharacteristicExposures(double precursorPhi0, double coReactantPhi0) {
        return new AldChemistry(film, gpc, precursor, coReactant, OptionalDouble.of(precursorPhi0),
                OptionalDouble.of(coReactantPhi0));
    }
}
