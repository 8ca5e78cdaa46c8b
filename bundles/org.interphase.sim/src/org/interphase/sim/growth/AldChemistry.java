package org.interphase.sim.growth;

import java.util.Objects;
import java.util.OptionalDouble;

import org.interphase.library.AldProcess;
import org.interphase.library.Reactant;
import org.interphase.sim.InputChecks;

/**
 * What an ALD/MLD chemistry brings to a run, independent of the recipe: the film it deposits, its
 * saturated GPC against temperature, and each half-reaction's characteristic exposure Φ0 (coverage
 * θ = 1 − exp(−Φ/Φ0), first-order Langmuir), where known.
 *
 * @param film                    library material id of the deposited film
 * @param gpc                     saturated GPC against temperature
 * @param precursor               the first reactant, e.g. "TMA"
 * @param coReactant              the second reactant, e.g. "H2O"
 * @param precursorExposure0      Φ0 of the precursor half-reaction in Pa·s, if known
 * @param coReactantExposure0     Φ0 of the co-reactant half-reaction in Pa·s, if known
 */
public record AldChemistry(String film, GpcTable gpc, String precursor, String coReactant,
        OptionalDouble precursorExposure0, OptionalDouble coReactantExposure0) {

    public AldChemistry {
        InputChecks.named(film, "film material");
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

    /** The chemistry of a library ALD/MLD process, with the Φ0 values the library has. */
    public static AldChemistry of(AldProcess process) {
        return new AldChemistry(process.material(), GpcTable.of(process.gpc(), process.window()), process.precursor(),
                process.coReactant(), exposure0(process, Reactant.PRECURSOR), exposure0(process, Reactant.COREACTANT));
    }

    private static OptionalDouble exposure0(AldProcess process, Reactant reactant) {
        return process.characteristicExposure(reactant).map(q -> OptionalDouble.of(q.value().si()))
                .orElse(OptionalDouble.empty());
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
