package org.interphase.ui.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.interphase.model.run.SimulationRun;
import org.interphase.runs.SourceDigest;

/**
 * Whether the run the views show is stale: its .iph file no longer holds the text the run was made from (edited and
 * saved, or deleted). Checked when a run is shown and after every change to the workspace's files; the views then say
 * so in their description line.
 */
final class Staleness {

    private static volatile IWorkbenchPage watched;
    private static IResourceChangeListener listener;

    private Staleness() {
    }

    /**
     * Marks the views of {@code page} now and after each change of the run's file (not of every file: a run or a
     * study writing its results must not make the UI thread read and hash the source again). UI thread.
     */
    static void watch(IWorkbenchPage page, SimulationRun run) {
        watched = page;
        if (listener == null) {
            listener = event -> {
                IWorkbenchPage current = watched;
                SimulationRun shown = RunViews.shownRun();
                if (current != null && shown != null && touches(event.getDelta(), source(shown))
                        && !current.getWorkbenchWindow().getShell().isDisposed()) {
                    current.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
                        if (!current.getWorkbenchWindow().getShell().isDisposed()) {
                            mark(current, shown);
                        }
                    });
                }
            };
            ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
        }
        mark(page, run);
    }

    /** Whether the change holds the file at {@code source} (changed, added or removed). */
    private static boolean touches(IResourceDelta delta, Path source) {
        if (delta == null || source == null) {
            return false;
        }
        boolean[] found = {false};
        try {
            delta.accept(each -> {
                IPath location = each.getResource().getLocation();
                if (location != null && source.equals(location.toPath())) {
                    found[0] = true;
                }
                return !found[0];
            });
        } catch (CoreException e) {
            return true; // cannot tell: check the file
        }
        return found[0];
    }

    /** Sets the stale mark of every result view open on the page. UI thread. */
    static void mark(IWorkbenchPage page, SimulationRun run) {
        boolean stale = isStale(run);
        for (String id : RunViews.VIEWS) {
            IViewPart view = page.findView(id);
            if (view instanceof ChartView chart) {
                chart.markStale(stale);
            } else if (view instanceof ImpedanceView impedance) {
                impedance.markStale(stale);
            }
        }
    }

    /** The local file the run was made from, or null if it does not know it (an older run, or no file). */
    private static Path source(SimulationRun run) {
        if (run.getSourceUri() == null || run.getSourceDigest() == null) {
            return null;
        }
        URI local = CommonPlugin.resolve(URI.createURI(run.getSourceUri()));
        return local.isFile() ? Path.of(local.toFileString()).toAbsolutePath() : null;
    }

    /**
     * Whether the run's file no longer holds the text it was made from; false for a run that does not know its file
     * (made by an older version, or from no file).
     */
    static boolean isStale(SimulationRun run) {
        Path source = source(run);
        if (source == null) {
            return false;
        }
        try {
            String text = new String(Files.readAllBytes(source), StandardCharsets.UTF_8);
            return !run.getSourceDigest().equals(SourceDigest.of(text));
        } catch (IOException deletedOrUnreadable) {
            return true;
        }
    }
}
