package org.interphase.runs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.interphase.model.run.SimulationRun;
import org.interphase.sim.electrochem.RunMonitor;

/**
 * Saves an execution as a results folder ({@code <experiment>.iphrun}, the CSV files, {@value #SUMMARY} and
 * {@value #REPORT}) and loads saved runs back. The folder is claimed through {@link ResultFolder}: written hidden
 * and moved in only when complete, so a failed save never leaves half a result, an older result stays until the
 * new one replaces it, and no folder Interphase did not write is ever replaced.
 */
public final class RunStore {

    /** One key result per row: measurement, quantity, value, unit. */
    public static final String SUMMARY = ResultFiles.SUMMARY;
    /** The stack, every input with its source and the key results in words. */
    public static final String REPORT = ResultFiles.REPORT;

    private RunStore() {
    }

    /** The run file of {@code experiment} in a results folder. */
    public static Path runFile(Path folder, String experiment) {
        return folder.resolve(experiment + "." + RunResources.EXTENSION);
    }

    /**
     * Claims {@code folder} (see {@link ResultFolder}) and writes {@code execution} into it.
     *
     * @return the saved .iphrun file
     * @throws ResultFolderException if the folder may not be written; nothing was written or deleted
     * @throws IOException           if a file cannot be written; {@code folder} is then as it was
     */
    public static Path save(Execution execution, Path folder, ResultFolder.Replace replace) throws IOException {
        try (ResultFolder claimed = ResultFolder.claim(folder, replace)) {
            return save(execution, claimed, RunMonitor.NONE);
        }
    }

    /**
     * Writes {@code execution} into a claimed folder and commits it: the target changes only once everything is
     * written, and not at all if {@code monitor} is cancelled or a file cannot be written.
     *
     * @return the saved .iphrun file
     * @throws org.interphase.sim.electrochem.RunCancelledException if the monitor is cancelled
     */
    public static Path save(Execution execution, ResultFolder folder, RunMonitor monitor) throws IOException {
        Path staging = folder.staging();
        try {
            monitor.progress(1, "saving");
            ResultFiles.write(execution, staging, monitor);
            Path file = runFile(staging, execution.run().getExperiment());
            Resource resource = RunResources.resourceSet().createResource(URI.createFileURI(file.toString()));
            resource.getContents().add(execution.run());
            try (OutputStream out = new CancellableOutputStream(new BufferedOutputStream(Files.newOutputStream(file)),
                    monitor)) {
                resource.save(out, Map.of());
            } finally {
                // The run stays usable (views, tests) without pinning the staged file's resource.
                resource.getContents().clear();
            }
            monitor.throwIfCancelled("the end of saving");
            folder.commit();
            return runFile(folder.target(), execution.run().getExperiment());
        } catch (IOException e) {
            // EMF reports what went wrong while writing as an IOException, a cancellation included.
            monitor.throwIfCancelled("saving the results");
            throw e;
        }
    }

    /**
     * Loads a saved run.
     *
     * @throws IOException if the file cannot be read or holds no run
     */
    public static SimulationRun load(Path file) throws IOException {
        Resource resource = RunResources.resourceSet().createResource(URI.createFileURI(file.toAbsolutePath()
                .toString()));
        try {
            resource.load(Map.of());
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot read the run " + file + ": " + e.getMessage(), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof SimulationRun run)) {
            throw new IOException(file + " holds no simulation run; simulate the experiment again");
        }
        return run;
    }
}
