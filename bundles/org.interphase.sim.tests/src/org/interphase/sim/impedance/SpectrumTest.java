package org.interphase.sim.impedance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.complex.Complex;
import org.interphase.sim.SimulationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Validation and plot accessors of {@link Spectrum}, and {@link FrequencySweep}. */
class SpectrumTest {

    @Test
    void nyquistAndBodeAccessors() {
        Spectrum s = Spectrum.of(new double[] {1000, 1}, new double[] {3, 1}, new double[] {-4, 1});
        assertArrayEquals(new double[] {3, 1}, s.realParts());
        assertArrayEquals(new double[] {4, -1}, s.negativeImaginaryParts());
        assertArrayEquals(new double[] {5, Math.sqrt(2)}, s.moduli(), 1e-15);
        assertArrayEquals(new double[] {Math.toDegrees(Math.atan2(-4, 3)), 45}, s.phasesDegrees(), 1e-12);
        assertArrayEquals(new double[] {2 * Math.PI * 1000, 2 * Math.PI}, s.angularFrequencies(), 1e-12);
    }

    @Test
    void spectrumIsImmutable() {
        double[] f = {10, 20};
        Spectrum s = Spectrum.of(f, new double[] {1, 2}, new double[] {0, 0});
        f[0] = 99;
        s.frequencies()[1] = 99;
        s.impedances()[0] = Complex.NaN;
        assertArrayEquals(new double[] {10, 20}, s.frequencies());
        assertEquals(new Complex(1), s.impedance(0));
    }

    @Test
    void unsortedFrequenciesAreAccepted() {
        assertEquals(3, Spectrum.of(new double[] {1, 100, 10}, new double[3], new double[3]).size());
    }

    @Test
    void invalidSpectraAreRejectedWithTheReason() {
        assertRejected(() -> Spectrum.of(new double[0], new double[0], new double[0]), "spectrum is empty");
        assertRejected(() -> Spectrum.of(new double[] {10, 0}, new double[2], new double[2]), "frequency 0.0 Hz at point 1");
        assertRejected(() -> Spectrum.of(new double[] {-5}, new double[1], new double[1]), "must be finite and > 0");
        assertRejected(() -> Spectrum.of(new double[] {Double.NaN}, new double[1], new double[1]), "frequency NaN");
        assertRejected(() -> Spectrum.of(new double[] {10, 5, 10}, new double[3], new double[3]), "appears twice (points 0 and 2)");
        assertRejected(() -> Spectrum.of(new double[] {10}, new double[] {Double.NaN}, new double[1]), "not a finite complex");
        assertRejected(() -> Spectrum.of(new double[] {10}, new double[1], new double[] {Double.NEGATIVE_INFINITY}),
                "not a finite complex");
        assertRejected(() -> Spectrum.of(new double[] {10, 20}, new double[1], new double[1]), "2 frequencies but 1");
        assertRejected(() -> Spectrum.of(new double[] {10}, new double[1], new double[2]), "1 real and 2 imaginary");
    }

    @Test
    void sweepRunsFromHighToLowWithExactEnds() {
        double[] f = FrequencySweep.logarithmic(1e6, 0.1, 10);
        assertEquals(71, f.length);
        assertEquals(1e6, f[0]);
        assertEquals(0.1, f[70]);
        for (int i = 1; i < f.length; i++) {
            assertEquals(Math.pow(10, -0.1), f[i] / f[i - 1], 1e-12);
        }
        double[] sixty = FrequencySweep.logarithmicPoints(1e6, 0.1, 60);
        assertEquals(60, sixty.length);
        assertEquals(0.1, sixty[59]);
    }

    @Test
    void invalidSweepsAreRejected() {
        assertRejected(() -> FrequencySweep.logarithmicPoints(1e6, 0.1, 0), "at least 2 points");
        assertRejected(() -> FrequencySweep.logarithmic(1e6, 0.1, 0), "points per decade");
        assertRejected(() -> FrequencySweep.logarithmic(0.1, 1e6, 10), "fMax > fMin > 0");
        assertRejected(() -> FrequencySweep.logarithmic(1e6, 0, 10), "fMax > fMin > 0");
        assertRejected(() -> FrequencySweep.logarithmic(1e6, -1, 10), "fMax > fMin > 0");
        assertRejected(() -> FrequencySweep.logarithmic(Double.POSITIVE_INFINITY, 1, 10), "fMax > fMin > 0");
        // A non-finite frequency is named as such: "NaN Hz" told the user nothing.
        assertRejected(() -> FrequencySweep.logarithmic(Double.NaN, 1, 10), "got fMax = no finite number, fMin = 1.0 Hz");
        assertRejected(() -> FrequencySweep.logarithmic(1e6, 1, 1_000_000), "points per decade must be from 1 to 1000");
        assertRejected(() -> Circuit.parse("R0", 1).spectrum(), "spectrum is empty");
        assertRejected(() -> Circuit.parse("R0", 1).spectrum(50, -50), "frequency -50.0 Hz");
    }

    private static void assertRejected(Executable action, String fragment) {
        SimulationException e = assertThrows(SimulationException.class, action);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
