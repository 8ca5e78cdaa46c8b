package org.interphase.analysis;

import java.util.Random;

import org.hipparchus.complex.Complex;
import org.interphase.sim.impedance.Circuit;
import org.interphase.sim.impedance.FrequencySweep;
import org.interphase.sim.impedance.Spectrum;

/**
 * The spectrum of issue 15's acceptance: R0 + R1∥CPE1 + R2∥CPE2 + Wo1 with known parameters, 1 MHz to 1 mHz at 10
 * points per decade, and 1 % seeded noise. The arcs sit at τ1 = 10 µs and τ2 = 1 ms, the diffusion at τ = 10 s, so
 * each is inside the sweep and the arcs are two decades apart from each other and from the diffusion's relaxations.
 */
public final class AcceptanceSpectrum {

    public static final String CIRCUIT = "R0-p(R1,CPE1)-p(R2,CPE2)-Wo1";
    public static final double R0 = 20;
    public static final double R1 = 100;
    public static final double TAU1 = 1e-5;
    public static final double ALPHA1 = 0.9;
    public static final double R2 = 400;
    public static final double TAU2 = 1e-3;
    public static final double ALPHA2 = 0.85;
    public static final double WO_Z0 = 200;
    public static final double WO_TAU = 10;

    /** The true parameters in the circuit's order: R0, R1, CPE1_Q, CPE1_alpha, R2, CPE2_Q, CPE2_alpha, Wo1_Z0, Wo1_tau. */
    public static final double[] TRUTH = {R0, R1, Math.pow(TAU1, ALPHA1) / R1, ALPHA1, R2,
            Math.pow(TAU2, ALPHA2) / R2, ALPHA2, WO_Z0, WO_TAU};

    private AcceptanceSpectrum() {
    }

    public static Spectrum clean() {
        return Circuit.parse(CIRCUIT, TRUTH).spectrum(FrequencySweep.logarithmic(1e6, 1e-3, 10));
    }

    /** Z × (1 + ε), ε circular complex Gaussian with E|ε|² = 1 %². */
    public static Spectrum noisy(long seed) {
        Spectrum clean = clean();
        Random random = new Random(seed);
        double component = 0.01 / Math.sqrt(2);
        Complex[] z = clean.impedances();
        for (int i = 0; i < z.length; i++) {
            z[i] = z[i].multiply(new Complex(1 + component * random.nextGaussian(), component * random.nextGaussian()));
        }
        return new Spectrum(clean.frequencies(), z);
    }

    /**
     * A cell whose impedance grows by {@code amount} over the measurement: Z × (1 + amount·t/t_total), t the time
     * elapsed when a point is taken, one period per point from high to low frequency.
     */
    public static Spectrum drifting(Spectrum spectrum, double amount) {
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
