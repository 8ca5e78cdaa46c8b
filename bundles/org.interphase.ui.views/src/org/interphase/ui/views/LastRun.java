package org.interphase.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.interphase.model.run.SimulationRun;
import org.interphase.runs.RunStore;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The run file the result views showed last, kept in the workspace's preferences so that the views show it again
 * after a restart: read in the background when the first result view is created, never simulated again, and only
 * into the views the user left open, so that start-up loads nothing for a workbench without result views.
 */
final class LastRun {

    private static final String KEY = "lastRunFile";
    /** Whether this session has tried to show the last run (UI thread only). */
    private static boolean started;

    private LastRun() {
    }

    /** Remembers the run file shown; null (a run that is not saved) forgets the one before. */
    static void remember(Path file) {
        IEclipsePreferences preferences = preferences();
        if (file == null) {
            preferences.remove(KEY);
        } else {
            preferences.put(KEY, file.toAbsolutePath().toString());
        }
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Only the next start's convenience is lost; the run itself is saved.
        }
    }

    /** Runs {@code restore} once a session, when the first result view is created. */
    static void atStart(Runnable restore) {
        if (!started) {
            started = true;
            restore.run();
        }
    }

    /**
     * Reads the run remembered in the background and hands it to {@code show} in the UI thread, unless another run
     * was shown meanwhile. A file that is gone or unreadable (deleted, of an older version) is forgotten quietly: the
     * views then say what to do, as on a first start.
     *
     * @return the job, or null if no run is remembered
     */
    static Job restore(IWorkbenchPage page, BiConsumer<SimulationRun, Path> show) {
        started = true;
        String remembered = preferences().get(KEY, null);
        if (remembered == null) {
            return null;
        }
        Path file = Path.of(remembered);
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        Job job = Job.create("Show the last run", monitor -> {
            SimulationRun run;
            try {
                if (!Files.isRegularFile(file)) {
                    return Status.OK_STATUS;
                }
                run = RunStore.load(file);
            } catch (IOException e) {
                return Status.OK_STATUS;
            }
            display.asyncExec(() -> {
                if (RunViews.shownRun() == null) {
                    show.accept(run, file);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode("org.interphase.ui.views");
    }
}
