package org.interphase.benchmarks.impedance;

import org.interphase.benchmarks.BenchmarkDefaults;
import org.interphase.benchmarks.LibraryStackFixtures;
import org.interphase.sim.impedance.Circuit;
import org.interphase.sim.impedance.FrequencySweep;
import org.interphase.sim.impedance.Spectrum;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.interphase.sim.stack.StackImpedance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The impedance of a six-layer stack from the built-in library
 * ({@link LibraryStackFixtures#garnetLatpHybrid()}: nine R∥C arcs, 18 parameters) over the 60-point sweep
 * from 1 MHz to 0.1 Hz. {@link #stackToSpectrum} is what the impedance view pays when the stack changes:
 * Arrhenius values at the stack temperature, the circuit, Z and the spectrum of each of the nine parts.
 * {@link #circuitSpectrum} is Z alone, of the circuit built once: what a plot refresh or a residual of a fit
 * of that circuit costs.
 */
public class StackSpectrumBenchmark extends BenchmarkDefaults {

    private CellStack stack;
    private Circuit circuit;
    private double[] frequencies;

    /** Grows the films and builds the stack, its circuit and the sweep once; none is part of the score. */
    @Setup
    public void prepare() {
        stack = LibraryStackFixtures.garnetLatpHybrid();
        circuit = StackCircuitBuilder.circuit(stack);
        frequencies = FrequencySweep.logarithmicPoints(1e6, 0.1, 60);
    }

    @Benchmark
    public StackImpedance stackToSpectrum() {
        return StackCircuitBuilder.simulate(stack, frequencies);
    }

    @Benchmark
    public Spectrum circuitSpectrum() {
        return circuit.spectrum(frequencies);
    }
}
