package org.interphase.sim.impedance;

/**
 * A named parameter of a circuit, e.g. {@code CPE1_alpha}. Admissible values are finite with
 * 0 &lt; value ≤ {@code upperBound}.
 *
 * @param name       unique within its circuit: element name plus, for multi-parameter elements, a suffix
 * @param unit       SI unit, for display
 * @param upperBound largest admissible value (inclusive), {@link Double#POSITIVE_INFINITY} if unbounded
 */
public record Parameter(String name, String unit, double upperBound) {

    /** @return whether {@code value} lies in the admissible range */
    public boolean admits(double value) {
        return Double.isFinite(value) && value > 0 && value <= upperBound;
    }

    /** @return the admissible range in interval notation, e.g. "(0, 1]" */
    public String range() {
        return Double.isInfinite(upperBound) ? "(0, ∞)" : "(0, " + upperBound + "]";
    }
}
