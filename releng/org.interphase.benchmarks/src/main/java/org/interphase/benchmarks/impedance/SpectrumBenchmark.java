package org.interphase.benchmarks.impedance;

import org.interphase.benchmarks.BenchmarkDefaults;
import org.interphase.sim.impedance.Circuit;
import org.interphase.sim.impedance.FrequencySweep;
import org.interphase.sim.impedance.Spectrum;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Z(ω) of a circuit the size a 6-layer stack compiles to, over the 60-point sweep from 1 MHz to 0.1 Hz:
 * this is what every plot refresh and every residual evaluation of a fit costs. The circuit is built from a
 * circuit string here; a stack-derived one will be benchmarked alongside it.
 */
public class SpectrumBenchmark extends BenchmarkDefaults {

    /** Series resistance, one R∥CPE per layer (6), one R∥C per interface (2): 23 parameters. */
    private static final String STACK_SIZED_CIRCUIT = "R0-p(R1,CPE1)-p(R2,CPE2)-p(R3,CPE3)-p(R4,CPE4)-p(R5,CPE5)"
            + "-p(R6,CPE6)-p(R7,C7)-p(R8,C8)";

    /**
     * Illustrative values, not a material: arcs a decade apart (τ = 1 µs … 0.1 s for the layers, 1 s and
     * 10 s for the interfaces) so that every element shapes the spectrum, as in a real stack. Q = τ^α / R
     * and C = τ / R put each arc at its τ.
     */
    private static final double[] VALUES = {
        10,
        20, Math.pow(1e-6, 0.9) / 20, 0.9,
        150, Math.pow(1e-5, 0.85) / 150, 0.85,
        400, Math.pow(1e-4, 0.8) / 400, 0.8,
        80, Math.pow(1e-3, 0.9) / 80, 0.9,
        1000, Math.pow(1e-2, 0.75) / 1000, 0.75,
        300, Math.pow(1e-1, 0.95) / 300, 0.95,
        500, 1.0 / 500,
        2000, 10.0 / 2000,
    };

    private Circuit circuit;
    private double[] frequencies;

    /** Parses the circuit and builds the sweep once; neither is part of the score. */
    @Setup
    public void prepare() {
        circuit = Circuit.parse(STACK_SIZED_CIRCUIT, VALUES);
        frequencies = FrequencySweep.logarithmicPoints(1e6, 0.1, 60);
    }

    @Benchmark
    public Spectrum stackSizedCircuitAt60Frequencies() {
        return circuit.spectrum(frequencies);
    }
}
