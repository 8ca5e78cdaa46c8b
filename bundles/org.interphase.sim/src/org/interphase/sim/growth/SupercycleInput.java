package org.interphase.sim.growth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;

/**
 * An ALD supercycle run: {@code supercycles} repetitions of a block of binary subcycles, e.g.
 * 3 × Al2O3 + 1 × Li2O, repeated 20 times.
 *
 * <p>The growth per supercycle is the measured one where given ({@code measuredGpc}); otherwise
 * the sum of the subcycles' GPCs times {@code nonAdditivity} (1, with a warning, when unknown:
 * the sources state that supercycle GPCs are not additive but rarely give the factor).
 *
 * @param film            the ternary film
 * @param subcycles       the subcycles with their counts per supercycle, in recipe order (at least two)
 * @param supercycles     number of supercycles, 0 or more
 * @param temperature     deposition temperature, K
 * @param dosing          dosing used for every subcycle; empty when not specified
 * @param measuredGpc     measured growth per supercycle (m) at this ratio against temperature, if known
 * @param nonAdditivity   measured supercycle GPC over the sum of subcycle GPCs, if known
 * @param nucleationDelay supercycles before linear growth starts, 0 or more
 */
public record SupercycleInput(Film film, List<Subcycle> subcycles, int supercycles, double temperature,
        Optional<Dosing> dosing, Optional<GpcTable> measuredGpc, OptionalDouble nonAdditivity, int nucleationDelay)
        implements GrowthInput {

    /**
     * One subcycle of the block.
     *
     * @param label     short name, e.g. "Li2O"
     * @param chemistry its binary ALD chemistry, when known (needed for the additive GPC and the composition)
     * @param count     repetitions of this subcycle per supercycle, 1 or more
     */
    public record Subcycle(String label, Optional<AldChemistry> chemistry, int count) {

        public Subcycle {
            Objects.requireNonNull(label, "subcycle label");
            Objects.requireNonNull(chemistry, () -> "chemistry of subcycle " + label);
            if (count < 1 || count > InputChecks.MAX_STEPS) {
                throw new SimulationException("subcycle " + label + " must run at least once per supercycle, got "
                        + count);
            }
        }
    }

    public SupercycleInput {
        Objects.requireNonNull(film, "film material");
        Objects.requireNonNull(subcycles, "subcycles");
        if (subcycles.size() < 2) {
            throw new SimulationException("a supercycle needs at least two subcycles, got " + subcycles.size()
                    + "; a single chemistry is an AldInput");
        }
        subcycles = List.copyOf(subcycles);
        InputChecks.steps(supercycles, "number of supercycles");
        InputChecks.temperature(temperature, "deposition temperature");
        Objects.requireNonNull(dosing, "dosing (Optional.empty() when not specified)");
        Objects.requireNonNull(measuredGpc, "measured GPC (Optional.empty() when unknown)");
        Objects.requireNonNull(nonAdditivity, "non-additivity factor (OptionalDouble.empty() when unknown)");
        nonAdditivity.ifPresent(f -> InputChecks.positive(f, "non-additivity factor", ""));
        InputChecks.steps(nucleationDelay, "nucleation delay");
    }
}
