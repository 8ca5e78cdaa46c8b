package org.interphase.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.interphase.library.MaterialLibrary;
import org.interphase.model.Experiment;
import org.interphase.runs.Execution;
import org.interphase.runs.ResultFolder;
import org.interphase.runs.ResultFolderException;
import org.interphase.runs.RunExecutor;
import org.interphase.runs.RunStore;

/**
 * Runs one experiment with a console progress bar and saves it as a results folder (the .iphrun, the CSV files,
 * the summary and the report). The folder is claimed before the run starts, so a folder that may not be written
 * (see {@link ResultFolder}) costs no simulation time, and it replaces the target only when everything is
 * written, so a failed or cancelled run never leaves half a result behind.
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

    /**
     * @return the folder the results are in
     * @throws ResultFolderException if {@code target} may not be written; nothing was run
     */
    Path run(Experiment experiment, Path target, ResultFolder.Replace replace) throws ResultFolderException {
        try (ResultFolder folder = ResultFolder.claim(target, replace)) {
            ConsoleProgress progress = new ConsoleProgress(err, experiment.getName(), cancelled);
            Execution execution = new RunExecutor(library).execute(experiment, progress);
            progress.done();
            RunStore.save(execution, folder, progress);
            return folder.target();
        } catch (ResultFolderException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results into " + target + ": " + e.getMessage(), e);
        }
    }
}
