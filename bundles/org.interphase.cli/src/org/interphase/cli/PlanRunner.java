package org.interphase.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.interphase.library.MaterialLibrary;
import org.interphase.model.Experiment;
import org.interphase.runs.Execution;
import org.interphase.runs.RunExecutor;
import org.interphase.runs.RunStore;

/**
 * Runs one experiment with a console progress bar and saves it as a results folder (the .iphrun, the CSV files,
 * the summary and the report) that replaces the target only when everything is written, so a failed or cancelled
 * run never leaves half a result behind.
 */
final class PlanRunner {

    private final MaterialLibrary library;
    private final PrintStream err;
    private final BooleanSupplier cancelled;
    /** simulate --force: whether an earlier Interphase result folder at the target may be replaced. */
    private final boolean force;

    PlanRunner(MaterialLibrary library, PrintStream err, BooleanSupplier cancelled, boolean force) {
        this.library = library;
        this.err = err;
        this.cancelled = cancelled;
        this.force = force;
    }

    /** @return the folder the results are in */
    Path run(Experiment experiment, Path target) {
        ConsoleProgress progress = new ConsoleProgress(err, experiment.getName(), cancelled);
        Execution execution = new RunExecutor(library).execute(experiment, progress);
        progress.done();
        try {
            RunStore.save(execution, target, progress);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results into " + target + ": " + e.getMessage(), e);
        }
    }
}
