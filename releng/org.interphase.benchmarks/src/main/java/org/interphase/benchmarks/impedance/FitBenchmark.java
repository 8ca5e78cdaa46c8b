package org.interphase.benchmarks.impedance;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.hipparchus.complex.Complex;
import org.interphase.benchmarks.BenchmarkDefaults;
import org.interphase.sim.impedance.Circuit;
import org.interphase.sim.impedance.CircuitFitter;
import org.interphase.sim.impedance.FitResult;
import org.interphase.sim.impedance.FrequencySweep;
import org.interphase.sim.impedance.Spectrum;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * One complex non-linear least-squares fit as a user runs it on a measured spectrum: the five-element
 * circuit {@code R0-p(R1,C1)-p(R2,CPE2)} on 60 points from 1 MHz to 0.1 Hz with 1 % noise, starting from
 * a guess a factor 2 off in every parameter. Same data as {@code CircuitFitterTest} in
 * org.interphase.sim.tests, so the timed fit is one whose accuracy is tested there.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FitBenchmark extends BenchmarkDefaults {

    /** A bulk R1∥C1 arc at 16 kHz and an interface R2∥CPE2 arc near 0.5 Hz (τ2 = 0.3 s, α = 0.9). */
    private static final Circuit TRUTH = Circuit.parse("R0-p(R1,C1)-p(R2,CPE2)",
            50, 200, 5e-8, 1000, Math.pow(0.3, 0.9) / 1000, 0.9);

    private static final double NOISE_LEVEL = 0.01;

    /** Fixed so that every run times the same fit, with the same iteration count. */
    private static final long SEED = 42;

    private final CircuitFitter fitter = new CircuitFitter();
    private Spectrum data;
    private Circuit initialGuess;

    /** Builds the noisy spectrum and the initial guess once; neither is part of the score. */
    @Setup
    public void prepare() {
        data = withNoise(TRUTH.spectrum(FrequencySweep.logarithmicPoints(1e6, 0.1, 60)), NOISE_LEVEL, SEED);
        double[] values = TRUTH.parameterValues();
        for (int i = 0; i < values.length; i++) {
            // Alternately up and down, so the guess is not just a rescaled truth (α goes from 0.9 to 0.45).
            values[i] *= i % 2 == 0 ? 2 : 0.5;
        }
        initialGuess = TRUTH.withParameterValues(values);
    }

    @Benchmark
    public FitResult fiveElementCircuit() {
        return fitter.fit(initialGuess, data);
    }

    /**
     * Multiplies each Z by 1 + ε with ε circular complex Gaussian, E|ε|² = level², the noise model of the
     * fitting tests (their helper lives in a test fragment, which a plain jar cannot depend on).
     */
    private static Spectrum withNoise(Spectrum clean, double level, long seed) {
        Random random = new Random(seed);
        double component = level / Math.sqrt(2);
        Complex[] z = clean.impedances();
        for (int i = 0; i < z.length; i++) {
            z[i] = z[i].multiply(new Complex(1 + component * random.nextGaussian(), component * random.nextGaussian()));
        }
        return new Spectrum(clean.frequencies(), z);
    }
}
