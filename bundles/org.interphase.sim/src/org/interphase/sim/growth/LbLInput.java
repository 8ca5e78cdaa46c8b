package org.interphase.sim.growth;

import java.util.Objects;

import org.interphase.sim.InputChecks;

/**
 * A layer-by-layer run: an anchoring precursor layer of thickness t0, then n bilayers.
 *
 * @param film               the multilayer
 * @param precursorThickness t0, m (zero or more)
 * @param bilayers           number of bilayers n, 0 or more
 * @param growth             how the thickness grows with n
 */
public record LbLInput(Film film, double precursorThickness, int bilayers, Growth growth) implements GrowthInput {

    /** Thickness growth with the bilayer count. */
    public sealed interface Growth permits Linear, Exponential {
    }

    /** t(n) = t0 + n·d: each bilayer adds the same thickness (as (PAA/PEO) in [000]). */
    public record Linear(double bilayerThickness) implements Growth {

        public Linear {
            InputChecks.positive(bilayerThickness, "bilayer thickness", "metres");
        }
    }

    /**
     * t(n) = t0 + A·(exp(k·n) − 1): each bilayer adds a fixed fraction of what is there, as when
     * polyelectrolyte chains diffuse into the film. No source in the domain reference reports this
     * regime, so A and k come from the user.
     *
     * @param amplitude A, m
     * @param rate      k, per bilayer
     */
    public record Exponential(double amplitude, double rate) implements Growth {

        public Exponential {
            InputChecks.positive(amplitude, "exponential LbL amplitude", "metres");
            InputChecks.positive(rate, "exponential LbL growth rate per bilayer", "");
        }
    }

    public LbLInput {
        Objects.requireNonNull(film, "film material");
        InputChecks.nonNegative(precursorThickness, "precursor layer thickness", "metres");
        InputChecks.steps(bilayers, "number of bilayers");
        Objects.requireNonNull(growth, "LbL growth regime");
    }
}
