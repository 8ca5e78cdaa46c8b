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
 * The stack-resolved full cell of examples/ncm-llto-thin-film, bound from the built-in library's materials and
 * interfaces, cycled at 1C between 3.2 and 4.2 V with the default solver settings: the whole run as the cycling view
 * starts it, from checking the protocol against the cell to the last cycle summary. Same cells and voltage window
 * as {@code PublishedCellsTest} in org.interphase.dsl.tests.
 * <ul>
 * <li>{@link #thousandCcCvCycles}: stack SampleC (sputtered NCM523 1 µm | SiO2 20 nm | LLTO 350 nm | Li 100 µm on
 * 0.459 cm² at 25 °C, facts §c4 R-054), 1000 × (1C CC, CV to C/20, 1C discharge); the benchmark the figures before
 * the stack-resolved model were taken with (same call at the earlier commit);</li>
 * <li>{@link #oneCcCvCycle}: one such cycle of SampleC, a fresh run each call;</li>
 * <li>{@link #thousandCyclesAllMechanisms}: stack SampleA (no buffer), where every degradation law is active at
 * once: the interlayer grown where the charged cathode oxidises the LLTO film, the charge it binds (coulombic
 * efficiency below 1) and the contact lost to the cathode's strain, 1000 CC-CV cycles.</li>
 * </ul>
 * A thousand-cycle call takes 0.1–0.4 s (compiled, or while the JIT is still compiling), so each iteration is 3 s
 * long to hold many calls, and three of them warm up: about 40 s per method.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 10, time = 3, timeUnit = TimeUnit.SECONDS)
public class FullCellCyclingBenchmark extends BenchmarkDefaults {

    /** The stack lines of SampleC, in SI units (the benchmark jar does not parse the example file). */
    private static final CellLayout SAMPLE_C = new CellLayout("SampleC", 0.459e-4, 298.15, "NCM523", "NCM523",
            OptionalDouble.of(1e-6), List.of(new CellLayout.Layer("SiO2-sputtered", 20e-9),
                    new CellLayout.Layer("LLTO-film-annealed-300", 350e-9)), "Li", 100e-6);
    /** The stack lines of SampleA: the cathode directly on the LLTO film. */
    private static final CellLayout SAMPLE_A = new CellLayout("SampleA", 0.459e-4, 298.15, "NCM523", "NCM523",
            OptionalDouble.of(1e-6), List.of(new CellLayout.Layer("LLTO-film-annealed-300", 350e-9)), "Li", 100e-6);
    private static final String[] CC_CV = {"Charge at 1C until 4.2 V", "Hold at 4.2 V until C/20",
        "Discharge at 1C until 3.2 V"};

    private CellParameters cell;
    private CellParameters bare;
    private Experiment oneCycle;
    private Experiment thousandCycles;

    /** Binds the cells and parses the protocols once; neither is part of the score. */
    @Setup
    public void prepare() {
        CellBinding binding = new CellBinding(LibraryStackFixtures.LIBRARY);
        cell = binding.parameters(SAMPLE_C);
        bare = binding.parameters(SAMPLE_A);
        oneCycle = Experiment.cycles(1, CC_CV);
        thousandCycles = Experiment.cycles(1000, CC_CV);
    }

    @Benchmark
    public CyclingResult thousandCcCvCycles() {
        return new CyclingSimulation(cell, thousandCycles, SolverSettings.DEFAULT).run(RunMonitor.NONE);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
    @Measurement(iterations = 10, time = 1, timeUnit = TimeUnit.SECONDS)
    public CyclingResult oneCcCvCycle() {
        return new CyclingSimulation(cell, oneCycle, SolverSettings.DEFAULT).run(RunMonitor.NONE);
    }

    @Benchmark
    public CyclingResult thousandCyclesAllMechanisms() {
        return new CyclingSimulation(bare, thousandCycles, SolverSettings.DEFAULT).run(RunMonitor.NONE);
    }
}
