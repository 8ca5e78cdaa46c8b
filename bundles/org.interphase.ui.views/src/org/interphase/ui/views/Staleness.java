package org.interphase.ui.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
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

    /** Marks the views of {@code page} now and after each change of the workspace's files. UI thread. */
    static void watch(IWorkbenchPage page, SimulationRun run) {
        watched = page;
        if (listener == null) {
            listener = event -> {
                IWorkbenchPage current = watched;
                if (current != null && !current.getWorkbenchWindow().getShell().isDisposed()) {
                    current.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
                        SimulationRun shown = RunViews.shownRun();
                        if (shown != null && !current.getWorkbenchWindow().getShell().isDisposed()) {
                            mark(current, shown);
                        }
                    });
                }
            };
            ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
        }
        mark(page, run);
    }

    /** Sets the stale mark of every result view open on the page. UI thread. */
    static void mark(IWorkbenchPage page, SimulationRun run) {
        boolean stale = isStale(run);
        for (String id : new String[] {RecipeGrowthView.ID, ImpedanceView.ID, CyclingView.ID, SymmetricCellView.ID,
            VoltammetryView.ID, ArrheniusView.ID}) {
            IViewPart view = page.findView(id);
            if (view instanceof ChartView chart) {
                chart.markStale(stale);
            } else if (view instanceof ImpedanceView impedance) {
                impedance.markStale(stale);
            }
        }
    }

    /**
     * Whether the run's file no longer holds the text it was made from; false for a run that does not know its file
     * (made by an older version, or from no file).
     */
    static boolean isStale(SimulationRun run) {
        if (run.getSourceUri() == null || run.getSourceDigest() == null) {
            return false;
        }
        URI local = CommonPlugin.resolve(URI.createURI(run.getSourceUri()));
        if (!local.isFile()) {
            return false;
        }
        try {
            String text = new String(Files.readAllBytes(Path.of(local.toFileString())), StandardCharsets.UTF_8);
            return !run.getSourceDigest().equals(SourceDigest.of(text));
        } catch (IOException deletedOrUnreadable) {
            return true;
        }
    }
}
