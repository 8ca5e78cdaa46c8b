package org.interphase.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.interphase.model.run.ArrheniusResult;
import org.interphase.model.run.CyclingResult;
import org.interphase.model.run.GrowthResult;
import org.interphase.model.run.ImpedanceResult;
import org.interphase.model.run.Result;
import org.interphase.model.run.SimulationRun;
import org.interphase.model.run.SymmetricCellResult;
import org.interphase.model.run.VoltammetryResult;

/**
 * Shows a {@link SimulationRun} in the result views: the stack cross-section always, and the recipe growth,
 * impedance, cycling, symmetric-cell, voltammetry and Arrhenius
 * views for the results the run has. Views that are open but have no result
 * in this run show their empty state, so they never keep showing an older run. A view with several results of its
 * kind lists them all under Result. Measured cycler exports the run's
 * cycling and plating/stripping measurements name are overlaid on them. While the run's .iph file no longer holds the
 * text the run was made from, the views say the run is stale; the run's file is remembered, and shown again, without
 * simulating, in the views open at the next start.
 */
public final class RunViews {

    private RunViews() {
    }

    /** The run the views show; null before the first. */
    private static volatile SimulationRun shown;

    /**
     * Opens and fills the views for {@code run}, a run loaded from its file (or not saved at all). Must be called in
     * the UI thread.
     *
     * @throws IllegalStateException if a view cannot be opened (a broken installation)
     */
    public static void show(IWorkbenchPage page, SimulationRun run) {
        show(page, run, runFile(run));
    }

    /**
     * Opens and fills the views for {@code run} saved as {@code file}, which the views show again after a restart.
     * Must be called in the UI thread.
     *
     * @param file the run's .iphrun file; null if the run is not saved
     * @throws IllegalStateException if a view cannot be opened (a broken installation)
     */
    public static void show(IWorkbenchPage page, SimulationRun run, Path file) {
        fill(page, run, file, true);
        LastRun.remember(file);
    }

    /**
     * Shows the run saved last (by {@link #show}) in the result views that are open, as at the start of the
     * workbench: read from its file in the background, not simulated again. Nothing happens if that file is gone.
     *
     * @return the job that reads it, or null if no run was shown before
     */
    public static Job showLastRun(IWorkbenchPage page) {
        return LastRun.restore(page, (run, file) -> {
            if (!page.getWorkbenchWindow().getShell().isDisposed()) {
                fill(page, run, file, false);
            }
        });
    }

    /** {@link #adopt} once the view's creation is done (its part is then in the page). */
    static void adoptLater(IViewPart view, org.eclipse.swt.widgets.Control control) {
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed()) {
                adopt(view);
            }
        });
    }

    /**
     * Fills a result view just created with the run the others show (a view opened from Show View, or a tab first
     * clicked after a restart); the first view created in a session shows the run saved last.
     */
    static void adopt(IViewPart view) {
        IWorkbenchPage page = view.getSite().getPage();
        SimulationRun current = shown;
        if (current == null) {
            LastRun.atStart(() -> showLastRun(page));
        } else if (isEmpty(view)) {
            fill(page, view, current);
            Staleness.mark(page, current);
        }
    }

    private static boolean isEmpty(IViewPart view) {
        return view instanceof ChartView chart ? chart.isShowingMessage()
                : view instanceof ImpedanceView impedance ? impedance.input() == null && impedance.measured().isEmpty()
                : view instanceof RunSummaryView summary ? summary.isShowingMessage()
                : view instanceof StackCrossSectionView crossSection && crossSection.input() == null;
    }

    /** The views a run fills; the cross-section is opened for every run. */
    static final List<String> VIEWS = List.of(StackCrossSectionView.ID, RunSummaryView.ID, RecipeGrowthView.ID,
            ImpedanceView.ID, CyclingView.ID, SymmetricCellView.ID, VoltammetryView.ID, ArrheniusView.ID);

    /** @param open whether to open the views the run has results for, or to fill only the empty views open */
    private static void fill(IWorkbenchPage page, SimulationRun run, Path file, boolean open) {
        shown = run;
        shownFolder = file == null ? null : file.getParent();
        for (String id : VIEWS) {
            IViewPart view = open(page, id, open && (id.equals(StackCrossSectionView.ID) || has(run, id)));
            // Shown again at a start, a run fills only the views that show nothing yet (not an imported spectrum).
            if (view != null && (open || isEmpty(view))) {
                fill(page, view, run);
            }
        }
        Staleness.watch(page, run);
    }

    /** Whether the run has a result the view {@code id} draws. */
    private static boolean has(SimulationRun run, String id) {
        if (id.equals(RunSummaryView.ID)) {
            return run.getResults().stream().anyMatch(result -> !result.getSummary().isEmpty());
        }
        Class<? extends Result> kind = switch (id) {
            case RecipeGrowthView.ID -> GrowthResult.class;
            case ImpedanceView.ID -> ImpedanceResult.class;
            case CyclingView.ID -> CyclingResult.class;
            case SymmetricCellView.ID -> SymmetricCellResult.class;
            case VoltammetryView.ID -> VoltammetryResult.class;
            case ArrheniusView.ID -> ArrheniusResult.class;
            default -> Result.class;
        };
        return !results(run, kind).isEmpty();
    }

    private static void fill(IWorkbenchPage page, IViewPart view, SimulationRun run) {
        String title = title(run);
        String name = name(run);
        switch (view) {
            case StackCrossSectionView crossSection -> crossSection.show(run.getLayers().isEmpty() ? null
                    : CrossSectionInput.of(run));
            case RecipeGrowthView growth -> growth.show(title, results(run, GrowthResult.class));
            case ImpedanceView impedance -> impedance.showRun(ImpedanceView.ShownRun.of(run.getExperiment(),
                    run.getStack(), run.getSource()), name, spectra(run, title));
            case CyclingView cycling -> cycling.showRun(title, name, results(run, CyclingResult.class));
            case SymmetricCellView symmetric -> symmetric.showRun(title, name, results(run, SymmetricCellResult.class));
            case VoltammetryView sweep -> sweep.show(title, first(run, VoltammetryResult.class));
            case ArrheniusView arrhenius -> arrhenius.show(title, first(run, ArrheniusResult.class));
            case RunSummaryView summary -> summary.show(title, run);
            default -> {
                // not a view a run fills
            }
        }
    }

    /**
     * Every impedance spectrum of the run, each sweep by its label and each temperature of a series by its label and
     * temperature ("2-impedance at 40.00 °C").
     */
    static List<ResultChooser.Choice<ImpedanceInput>> spectra(SimulationRun run, String title) {
        List<ResultChooser.Choice<ImpedanceInput>> spectra = new ArrayList<>();
        for (ImpedanceResult result : results(run, ImpedanceResult.class)) {
            List<ImpedanceResult> each = result instanceof ArrheniusResult series && !series.getSpectra().isEmpty()
                    ? series.getSpectra() : List.of(result);
            for (ImpedanceResult spectrum : each) {
                String label = spectrum == result ? result.getLabel()
                        : result.getLabel() + " at " + spectrum.getLabel();
                spectra.add(new ResultChooser.Choice<>(label, ImpedanceInput.of(title + " " + label, spectrum)));
            }
        }
        return spectra;
    }

    /**
     * Restores a maximised view before something opens an editor from it (Apply of a fit): otherwise the editor
     * shows beside the maximised view while every other stack stays minimised, a page half maximised.
     */
    public static void restoreMaximised(IWorkbenchPage page) {
        for (IViewReference view : page.getViewReferences()) {
            if (page.getPartState(view) == IWorkbenchPage.STATE_MAXIMIZED) {
                page.setPartState(view, IWorkbenchPage.STATE_RESTORED);
            }
        }
    }

    /** Forgets the run shown, as a new session of the workbench starts without one. */
    static void forget() {
        shown = null;
        shownFolder = null;
    }

    /** The run the views show, or null before the first. */
    static SimulationRun shownRun() {
        return shown;
    }

    /** The results folder of the run the views show last; where their exports are proposed. */
    private static volatile Path shownFolder;

    /** The folder of the run shown last (its run file's folder), or null if that run was not loaded from a file. */
    static Path resultsFolder() {
        return shownFolder;
    }

    /** The file the run was loaded from, or null if the run is not in a file. */
    static Path runFile(SimulationRun run) {
        Resource resource = run.eResource();
        if (resource == null || resource.getURI() == null || !resource.getURI().isFile()) {
            return null;
        }
        return Path.of(resource.getURI().toFileString()).toAbsolutePath();
    }

    /** "Experiment (stack)", as the views title the run. */
    static String title(SimulationRun run) {
        String experiment = run.getExperiment() == null ? "run" : run.getExperiment();
        return run.getStack() == null ? experiment : experiment + " (" + run.getStack() + ")";
    }

    /** "Experiment (stack) 14:05:31", as a legend names a pinned run: the title and when the run finished. */
    static String name(SimulationRun run) {
        return run.getCreated() == null ? title(run)
                : title(run) + " " + new java.text.SimpleDateFormat("HH:mm:ss").format(run.getCreated());
    }

    /**
     * The view, opened (made visible, not activated, so the editor keeps the focus) if {@code open}; otherwise
     * the view if it is already open, or {@code null}.
     */
    private static IViewPart open(IWorkbenchPage page, String id, boolean open) {
        IViewPart view = page.findView(id);
        if (view == null && open) {
            try {
                view = page.showView(id, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                throw new IllegalStateException("cannot open the view " + id + ": " + e.getMessage(), e);
            }
        } else if (view != null && open) {
            page.bringToTop(view);
        }
        return view;
    }

    private static <T extends Result> List<T> results(SimulationRun run, Class<T> type) {
        return run.getResults().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends Result> T first(SimulationRun run, Class<T> type) {
        return results(run, type).stream().findFirst().orElse(null);
    }
}
