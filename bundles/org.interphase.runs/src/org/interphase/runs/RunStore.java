package org.interphase.runs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.interphase.model.run.SimulationRun;
import org.interphase.sim.electrochem.RunMonitor;

/**
 * Saves an execution as a results folder ({@code <experiment>.iphrun}, the CSV files, {@value #SUMMARY} and
 * {@value #REPORT}) and loads saved runs back. A folder is written next to its target under a hidden temporary
 * name and moved in only when complete, so a failed save never leaves half a result and an older result stays
 * until the new one replaces it.
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
     * Writes {@code execution} into {@code folder}, replacing what was there only once everything is written.
     *
     * @return the saved .iphrun file
     * @throws IOException if a file cannot be written; {@code folder} is then as it was
     */
    public static Path save(Execution execution, Path folder) throws IOException {
        return save(execution, folder, RunMonitor.NONE);
    }

    /**
     * As {@link #save(Execution, Path)}, stopping as soon as {@code monitor} is cancelled.
     *
     * @throws org.interphase.sim.electrochem.RunCancelledException if the monitor is cancelled; {@code folder} is
     *         then as it was
     */
    public static Path save(Execution execution, Path folder, RunMonitor monitor) throws IOException {
        Path parent = folder.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempDirectory(parent, "." + folder.getFileName() + "-");
        try {
            // createTempDirectory makes the folder private (rwx------); results are ordinary documents.
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            monitor.progress(1, "saving");
            ResultFiles.write(execution, temporary, monitor);
            Path file = runFile(temporary, execution.run().getExperiment());
            Resource resource = RunResources.resourceSet().createResource(URI.createFileURI(file.toString()));
            resource.getContents().add(execution.run());
            try (OutputStream out = new CancellableOutputStream(new BufferedOutputStream(Files.newOutputStream(file)),
                    monitor)) {
                resource.save(out, Map.of());
            } finally {
                // The run stays usable (views, tests) without pinning the temporary file's resource.
                resource.getContents().clear();
            }
            monitor.throwIfCancelled("the end of saving");
            replace(temporary, folder);
            return runFile(folder, execution.run().getExperiment());
        } catch (IOException e) {
            // EMF reports what went wrong while writing as an IOException, a cancellation included.
            monitor.throwIfCancelled("saving the results");
            throw e;
        } finally {
            delete(temporary);
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

    /** Swaps the finished results in: the old results are removed only once the new ones are complete. */
    private static void replace(Path temporary, Path target) throws IOException {
        if (Files.exists(target)) {
            Path old = Files.createTempDirectory(target.toAbsolutePath().getParent(),
                    "." + target.getFileName() + "-old-");
            try {
                Files.move(target, old.resolve("results"), StandardCopyOption.ATOMIC_MOVE);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    Files.move(old.resolve("results"), target, StandardCopyOption.ATOMIC_MOVE);
                    throw e;
                }
            } finally {
                delete(old);
            }
        } else {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void delete(Path folder) {
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
