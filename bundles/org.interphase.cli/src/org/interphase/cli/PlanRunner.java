package org.interphase.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.compiler.SimulationPlan;
import org.interphase.library.MaterialLibrary;
import org.interphase.model.Experiment;
import org.interphase.sim.cycling.CyclingResult;
import org.interphase.sim.cycling.CyclingSimulation;
import org.interphase.sim.cycling.SolverSettings;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.interphase.sim.stack.StackImpedance;
import org.interphase.sim.symmetric.SymmetricCellEngine;
import org.interphase.sim.symmetric.SymmetricCellResult;

/**
 * Compiles one experiment, runs its measurements with a console progress bar, and writes the results into a
 * temporary folder next to the target that replaces the target only when everything is written, so a failed or
 * cancelled run never leaves half a result behind.
 */
final class PlanRunner {

    private final MaterialLibrary library;
    private final PrintStream err;
    private final BooleanSupplier cancelled;

    PlanRunner(MaterialLibrary library, PrintStream err, BooleanSupplier cancelled) {
        this.library = library;
        this.err = err;
        this.cancelled = cancelled;
    }

    /** @return the folder the results are in */
    Path run(Experiment experiment, Path target) {
        SimulationPlan plan = new ModelCompiler(library).compile(experiment);
        Path temporary = temporaryNextTo(target);
        try {
            ResultWriter writer = new ResultWriter(temporary, plan);
            for (CompiledRun run : plan.runs()) {
                ConsoleProgress progress = new ConsoleProgress(err, plan.experiment() + " " + run.label(), cancelled);
                switch (run) {
                    case CompiledRun.Impedance impedance -> {
                        StackImpedance result = StackCircuitBuilder.simulate(impedance.stack(),
                                impedance.frequencies());
                        writer.impedance(impedance, result);
                    }
                    case CompiledRun.PlatingStripping cell -> {
                        SymmetricCellResult result = new SymmetricCellEngine(cell.model()).run(cell.input(),
                                progress);
                        writer.platingStripping(cell, result);
                    }
                    case CompiledRun.Cycling cycling -> {
                        CyclingResult result = new CyclingSimulation(cycling.parameters(), cycling.protocol(),
                                SolverSettings.DEFAULT).run(progress);
                        writer.cycling(cycling, result);
                    }
                }
                progress.done();
            }
            writer.finish();
            replace(temporary, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results into " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static Path temporaryNextTo(Path target) {
        try {
            Files.createDirectories(target.getParent());
            return Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder next to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Swaps the finished results in: the old results are removed only once the new ones are complete. */
    private static void replace(Path temporary, Path target) throws IOException {
        if (Files.exists(target)) {
            Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-old-");
            Files.move(target, old.resolve("results"), StandardCopyOption.ATOMIC_MOVE);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            deleteQuietly(old);
        } else {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover hidden temporary folder is harmless; the results themselves were handled above.
        }
    }
}
