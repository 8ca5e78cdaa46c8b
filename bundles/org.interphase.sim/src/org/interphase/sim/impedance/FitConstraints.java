package org.interphase.sim.impedance;

import java.util.List;
import java.util.Map;

import org.interphase.sim.SimulationException;

/**
 * What a user fixes or bounds in a {@link CircuitFitter} fit, by parameter name ({@code R1}, {@code CPE1_alpha}):
 * fixed values (impedance.py's {@code constants}), bounds on single parameters, and bounds on the characteristic
 * frequency of an arc or diffusion element.
 *
 * @param fixed       parameters held at the given value (SI units) and not fitted
 * @param bounds      admissible range of a parameter, within its element's own range
 * @param frequencies bounds on characteristic frequencies
 */
public record FitConstraints(Map<String, Double> fixed, Map<String, Bounds> bounds,
        List<FrequencyBounds> frequencies) {

    /** No constraint beyond the elements' own ranges. */
    public static final FitConstraints NONE = new FitConstraints(Map.of(), Map.of(), List.of());

    public FitConstraints {
        fixed = Map.copyOf(fixed);
        bounds = Map.copyOf(bounds);
        frequencies = List.copyOf(frequencies);
    }

    /**
     * A closed interval lower ≤ value ≤ upper (either may be infinite).
     *
     * @throws SimulationException if lower &gt; upper or either is NaN
     */
    public record Bounds(double lower, double upper) {

        public Bounds {
            if (!(lower <= upper)) {
                throw new SimulationException("bounds " + lower + ".." + upper + " are empty; write lower..upper "
                        + "with lower ≤ upper");
            }
        }
    }

    /**
     * Bounds on the characteristic frequency f = 1/(2πτ) of an element, in Hz: for a capacitor or CPE the arc of
     * the parallel group it shares with one resistor (τ = RC, or (RQ)^(1/α)); for Wo, Ws and G their own τ.
     *
     * @param element the element's name, e.g. {@code CPE1} or {@code Wo1}
     * @param lowest  lowest admissible frequency in Hz, ≥ 0
     * @param highest highest admissible frequency in Hz, &gt; lowest
     */
    public record FrequencyBounds(String element, double lowest, double highest) {

        public FrequencyBounds {
            if (!(lowest >= 0 && highest > lowest)) {
                throw new SimulationException("characteristic-frequency bounds of " + element + " must be 0 ≤ lowest"
                        + " < highest, got " + lowest + ".." + highest + " Hz");
            }
        }
    }
}
