package org.interphase.benchmarks.symmetric;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.interphase.benchmarks.BenchmarkDefaults;
import org.interphase.benchmarks.LibraryStackFixtures;
import org.interphase.core.units.Quantity;
import org.interphase.dsl.binding.SymmetricBinding;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.symmetric.SymmetricCellEngine;
import org.interphase.sim.symmetric.SymmetricCellInput;
import org.interphase.sim.symmetric.SymmetricCellModel;
import org.interphase.sim.symmetric.SymmetricCellResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * 600 h of Li plating/stripping at 0.1 mA/cm² with 1 h half-cycles, the experiment of [000] (facts §c1
 * ), on its two cells from the built-in library. The polymer-coated cell runs the full 600 h;
 * the bare one fails after some 40 h when its interphase has grown (as in the paper), and the run stops
 * there. Voltage is sampled every minute (60 points per half-cycle, 36 600 in all); the engine integrates
 * the physics exactly between samples, so the sampling sets only the resolution of the curves.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SymmetricCellBenchmark extends BenchmarkDefaults {

    /** The cells of [000]'s plating/stripping tests. */
    public enum Cell {
        /** Li | (PAA/PEO)30 | LATP | (PAA/PEO)30 | Li, facts §c1 R-004. */
        POLYMER_COATED_LATP(LibraryStackFixtures::polymerCoatedLatp),
        /** Li | LATP | Li, facts §c1 R-003. */
        BARE_LATP(LibraryStackFixtures::bareLatp);

        private final Supplier<CellStack> stack;

        Cell(Supplier<CellStack> stack) {
            this.stack = stack;
        }
    }

    private static final double HOUR = 3600;
    private static final int POINTS_PER_HALF_CYCLE = 60;

    @Param
    public Cell cell;

    private SymmetricCellEngine engine;
    private SymmetricCellInput experiment;

    /** Builds the stack, its interphase sites and the experiment once; none is part of the score. */
    @Setup
    public void prepare() {
        CellStack stack = cell.stack.get();
        SymmetricCellModel model = SymmetricBinding.model(LibraryStackFixtures.LIBRARY, stack, Optional.empty());
        engine = new SymmetricCellEngine(model);
        // The stack pressure at which the void model's critical stripping current applies as it stands.
        experiment = new SymmetricCellInput(stack, Quantity.of(0.1, "mA/cm2").si(), HOUR, 600 * HOUR,
                POINTS_PER_HALF_CYCLE, model.referencePressure().value().si(),
                SymmetricBinding.sites(LibraryStackFixtures.LIBRARY, stack));
    }

    @Benchmark
    public SymmetricCellResult sixHundredHours() {
        return engine.run(experiment, RunMonitor.NONE);
    }
}
