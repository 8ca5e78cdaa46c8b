package org.interphase.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared numeric assertion for unit tests. */
final class Tolerances {

    /**
     * Relative tolerance for conversions: they are one or two double multiplications, so a few
     * ulps of error are expected and anything beyond 1e-12 is a wrong factor.
     */
    static final double CONVERSION = 1e-12;

    private Tolerances() {
    }

    /** Asserts {@code actual} is within {@code relative} of {@code expected} (absolute when expected is 0). */
    static void assertRelative(double expected, double actual, double relative, String what) {
        double scale = expected == 0 ? 1 : Math.abs(expected);
        assertEquals(expected, actual, relative * scale, what);
    }
}
