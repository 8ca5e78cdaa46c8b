package org.interphase.sim.impedance;

import java.util.Random;

import org.hipparchus.complex.Complex;

/** Test data shared by the fitting, Kramers–Kronig, DRT and stack-fit tests. */
public final class SyntheticSpectra {

    /** 60 points from 1 MHz to 0.1 Hz, the sweep the acceptance criteria name. */
    static final double[] SWEEP = FrequencySweep.logarithmicPoints(1e6, 0.1, 60);

    /**
     * Five elements: a bulk R1∥C1 arc at 16 kHz and an interface R2∥CPE2 arc near 0.5 Hz, both inside the
     * sweep so that every parameter is determined. Q2 = τ2^α / R2 with τ2 = 0.3 s.
     */
    static final Circuit FIVE_ELEMENTS = Circuit.parse("R0-p(R1,C1)-p(R2,CPE2)",
            50, 200, 5e-8, 1000, Math.pow(0.3, 0.9) / 1000, 0.9);

    private SyntheticSpectra() {
    }

    /**
     * Multiplies each Z by 1 + ε with ε circular complex Gaussian, E|ε|² = level² (so each of the real and
     * imaginary parts of ε has standard deviation level/√2).
     */
    public static Spectrum withNoise(Spectrum clean, double level, long seed) {
        Random random = new Random(seed);
        double component = level / Math.sqrt(2);
        Complex[] z = clean.impedances();
        for (int i = 0; i < z.length; i++) {
            z[i] = z[i].multiply(new Complex(1 + component * random.nextGaussian(), component * random.nextGaussian()));
        }
        return new Spectrum(clean.frequencies(), z);
    }

    /**
     * Simulates a cell whose impedance grows during the measurement: Z × (1 + amount · t/t_total), where t is
     * the time elapsed when the point is taken, one period 1/f per point in sweep order (high to low).
     */
    static Spectrum withDrift(Spectrum spectrum, double amount) {
        double[] f = spectrum.frequencies();
        double total = 0;
        for (double frequency : f) {
            total += 1 / frequency;
        }
        Complex[] z = spectrum.impedances();
        double elapsed = 0;
        for (int i = 0; i < z.length; i++) {
            elapsed += 1 / f[i];
            z[i] = z[i].multiply(1 + amount * elapsed / total);
        }
        return new Spectrum(f, z);
    }
}
