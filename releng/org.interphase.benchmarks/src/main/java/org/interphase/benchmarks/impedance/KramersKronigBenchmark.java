package org.interphase.benchmarks.impedance;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.hipparchus.complex.Complex;
import org.interphase.benchmarks.BenchmarkDefaults;
import org.interphase.sim.impedance.Circuit;
import org.interphase.sim.impedance.FrequencySweep;
import org.interphase.sim.impedance.KramersKronigResult;
import org.interphase.sim.impedance.LinearKramersKronig;
import org.interphase.sim.impedance.Spectrum;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * The linear Kramers–Kronig test with automatic M against its least-squares solves, on issue 15's acceptance spectrum
 * (R0 + R1∥CPE1 + R2∥CPE2 + Wo1, 1 MHz to 1 mHz at 10 points per decade, 1 % noise, with the series capacitance its
 * capacitive tail needs). The goal: {@code automatic} at most 1.5 × {@code everyMTried}, the same solves one by one
 * with a fixed M each ({@code LinearKramersKronig.test(data, m)}: one least-squares solve plus its residuals), i.e.
 * the search adds no more than half a solve per M it tries. {@code singleSolve} is one such solve at the M the search
 * chooses, for scale.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KramersKronigBenchmark extends BenchmarkDefaults {

    private static final double[] TRUTH = {20, 100, Math.pow(1e-5, 0.9) / 100, 0.9, 400, Math.pow(1e-3, 0.85) / 400,
            0.85, 200, 10};

    private final LinearKramersKronig test = new LinearKramersKronig(LinearKramersKronig.DEFAULT_MU_CUTOFF,
            LinearKramersKronig.DEFAULT_MAX_ELEMENTS, LinearKramersKronig.DEFAULT_RESIDUAL_THRESHOLD, true);
    private Spectrum data;
    private int first;
    private int chosen;

    /** Builds the spectrum and finds the M range the automatic search tries; neither is part of the score. */
    @Setup
    public void prepare() {
        Spectrum clean = Circuit.parse("R0-p(R1,CPE1)-p(R2,CPE2)-Wo1", TRUTH)
                .spectrum(FrequencySweep.logarithmic(1e6, 1e-3, 10));
        Random random = new Random(15);
        double component = 0.01 / Math.sqrt(2);
        Complex[] z = clean.impedances();
        for (int i = 0; i < z.length; i++) {
            z[i] = z[i].multiply(new Complex(1 + component * random.nextGaussian(), component * random.nextGaussian()));
        }
        data = new Spectrum(clean.frequencies(), z);
        chosen = test.test(data).elementCount();
        // The search starts at two RC elements per decade of τ (1/ω_max to 1/ω_min: 9 decades here).
        first = (int) Math.max(2, Math.ceil(2 * Math.log10(data.frequency(0) / data.frequency(data.size() - 1))));
    }

    @Benchmark
    public KramersKronigResult automatic() {
        return test.test(data);
    }

    @Benchmark
    public double everyMTried() {
        double sum = 0;
        for (int m = first; m <= chosen; m++) {
            sum += test.test(data, m).mu();
        }
        return sum;
    }

    @Benchmark
    public KramersKronigResult singleSolve() {
        return test.test(data, chosen);
    }
}
