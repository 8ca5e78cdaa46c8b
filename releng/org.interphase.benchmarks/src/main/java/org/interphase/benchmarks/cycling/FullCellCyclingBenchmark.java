package org.interphase.benchmarks.cycling;

import java.util.concurrent.TimeUnit;

import org.interphase.benchmarks.BenchmarkDefaults;
import org.interphase.benchmarks.LibraryStackFixtures;
import org.interphase.sim.cycling.CellParameters;
import org.interphase.sim.cycling.CyclingResult;
import org.interphase.sim.cycling.CyclingSimulation;
import org.interphase.sim.cycling.LibraryCells;
import org.interphase.sim.cycling.SolverSettings;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.protocol.Experiment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 1000 CC-CV/CC cycles of the reduced-order full cell CELL-R-054 of the built-in library (sputtered
 * NCM523 | SiO2 | LLTO | Li, facts §c4 R-054) at 1C between 3.2 and 4.2 V with the default solver settings:
 * the whole run as the cycling view starts it, from checking the protocol against the cell to the last
 * cycle summary. Same cell and voltage window as {@code PublishedCellsTest} in org.interphase.sim.tests.
 * <p>
 * One call takes 0.15–0.4 s (compiled, or while the JIT is still compiling), so each iteration is 3 s long
 * to hold many calls, and three of them warm up: about 40 s in all.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 10, time = 3, timeUnit = TimeUnit.SECONDS)
public class FullCellCyclingBenchmark extends BenchmarkDefaults {

    private static final String CELL = "CELL-R-054";

    private CellParameters cell;
    private Experiment thousandCycles;

    /** Reads the cell from the library and parses the protocol once; neither is part of the score. */
    @Setup
    public void prepare() {
        cell = new LibraryCells(LibraryStackFixtures.LIBRARY).parameters(CELL);
        thousandCycles = Experiment.cycles(1000, "Charge at 1C until 4.2 V", "Hold at 4.2 V until C/20",
                "Discharge at 1C until 3.2 V");
    }

    @Benchmark
    public CyclingResult thousandCcCvCycles() {
        return new CyclingSimulation(cell, thousandCycles, SolverSettings.DEFAULT).run(RunMonitor.NONE);
    }
}
