package org.interphase.benchmarks.cycling;

import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

import org.interphase.benchmarks.BenchmarkDefaults;
import org.interphase.benchmarks.LibraryStackFixtures;
import org.interphase.dsl.binding.CellBinding;
import org.interphase.dsl.binding.CellLayout;
import org.interphase.sim.cycling.CellParameters;
import org.interphase.sim.cycling.CyclingResult;
import org.interphase.sim.cycling.CyclingSimulation;
import org.interphase.sim.cycling.SolverSettings;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.protocol.Experiment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 1000 CC-CV/CC cycles of the reduced-order full cell of stack SampleC of examples/ncm-llto-thin-film (sputtered
 * NCM523 1 µm | SiO2 20 nm | LLTO 350 nm | Li 100 µm on 0.459 cm² at 25 °C, facts §c4 R-054), bound from the
 * built-in library's materials and interfaces, at 1C between 3.2 and 4.2 V with the default solver settings:
 * the whole run as the cycling view starts it, from checking the protocol against the cell to the last
 * cycle summary. Same cell and voltage window as {@code PublishedCellsTest} in org.interphase.dsl.tests.
 * <p>
 * One call takes 0.15–0.4 s (compiled, or while the JIT is still compiling), so each iteration is 3 s long
 * to hold many calls, and three of them warm up: about 40 s in all.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 10, time = 3, timeUnit = TimeUnit.SECONDS)
public class FullCellCyclingBenchmark extends BenchmarkDefaults {

    /** The stack lines of SampleC, in SI units (the benchmark jar does not parse the example file). */
    private static final CellLayout SAMPLE_C = new CellLayout("SampleC", 0.459e-4, 298.15, "NCM523", "NCM523",
            OptionalDouble.of(1e-6), List.of(new CellLayout.Layer("SiO2-sputtered", 20e-9),
                    new CellLayout.Layer("LLTO-film-annealed-300", 350e-9)), "Li", 100e-6);

    private CellParameters cell;
    private Experiment thousandCycles;

    /** Binds the cell and parses the protocol once; neither is part of the score. */
    @Setup
    public void prepare() {
        cell = new CellBinding(LibraryStackFixtures.LIBRARY).parameters(SAMPLE_C);
        thousandCycles = Experiment.cycles(1000, "Charge at 1C until 4.2 V", "Hold at 4.2 V until C/20",
                "Discharge at 1C until 3.2 V");
    }

    @Benchmark
    public CyclingResult thousandCcCvCycles() {
        return new CyclingSimulation(cell, thousandCycles, SolverSettings.DEFAULT).run(RunMonitor.NONE);
    }
}
