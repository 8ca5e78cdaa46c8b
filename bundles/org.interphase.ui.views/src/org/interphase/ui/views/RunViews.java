package org.interphase.ui.views;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IViewPart;
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
 * in this run show their empty state, so they never keep showing an older run. Measured cycler exports the run's
 * cycling and plating/stripping measurements name are overlaid on them.
 */
public final class RunViews {

    private RunViews() {
    }

    /**
     * Opens and fills the views for {@code run}; when the run has several impedance, cycling or symmetric-cell
     * results, the views show the first of each kind. Must be called in the UI thread.
     *
     * @throws IllegalStateException if a view cannot be opened (a broken installation)
     */
    public static void show(IWorkbenchPage page, SimulationRun run) {
        shownFolder = folder(run);
        String title = title(run);
        String name = name(run);
        StackCrossSectionView crossSection = open(page, StackCrossSectionView.ID, StackCrossSectionView.class, true);
        crossSection.show(run.getLayers().isEmpty() ? null : CrossSectionInput.of(run));

        boolean summarised = run.getResults().stream().anyMatch(result -> !result.getSummary().isEmpty());
        RunSummaryView summary = open(page, RunSummaryView.ID, RunSummaryView.class, summarised);
        if (summary != null) {
            summary.show(title, run);
        }

        List<GrowthResult> growth = results(run, GrowthResult.class);
        RecipeGrowthView growthView = open(page, RecipeGrowthView.ID, RecipeGrowthView.class, !growth.isEmpty());
        if (growthView != null) {
            growthView.show(title, growth);
        }

        ImpedanceResult impedance = first(run, ImpedanceResult.class);
        ImpedanceView impedanceView = open(page, ImpedanceView.ID, ImpedanceView.class, impedance != null);
        if (impedanceView != null) {
            impedanceView.show(ImpedanceView.ShownRun.of(run.getExperiment(), run.getStack(), run.getSource()), name,
                    impedance == null ? null : ImpedanceInput.of(title + " " + impedance.getLabel(), impedance));
        }

        CyclingResult cycling = first(run, CyclingResult.class);
        CyclingView cyclingView = open(page, CyclingView.ID, CyclingView.class, cycling != null);
        if (cyclingView != null) {
            cyclingView.show(title, name, cycling);
            MeasuredRunData measured = MeasuredRunData.of(cycling);
            if (measured != null) {
                cyclingView.showMeasured(measured);
            }
        }

        SymmetricCellResult symmetric = first(run, SymmetricCellResult.class);
        SymmetricCellView symmetricView = open(page, SymmetricCellView.ID, SymmetricCellView.class, symmetric != null);
        if (symmetricView != null) {
            symmetricView.show(title, name, symmetric);
            MeasuredRunData measured = MeasuredRunData.of(symmetric);
            if (measured != null) {
                symmetricView.showMeasured(measured);
            }
        }

        VoltammetryResult sweep = first(run, VoltammetryResult.class);
        VoltammetryView sweepView = open(page, VoltammetryView.ID, VoltammetryView.class, sweep != null);
        if (sweepView != null) {
            sweepView.show(title, sweep);
        }

        ArrheniusResult arrhenius = first(run, ArrheniusResult.class);
        ArrheniusView arrheniusView = open(page, ArrheniusView.ID, ArrheniusView.class, arrhenius != null);
        if (arrheniusView != null) {
            arrheniusView.show(title, arrhenius);
        }
    }

    /** The results folder of the run the views show last; where their exports are proposed. */
    private static volatile Path shownFolder;

    /** The folder of the run shown last (its run file's folder), or null if that run was not loaded from a file. */
    static Path resultsFolder() {
        return shownFolder;
    }

    /** The folder holding the run's file, or null if the run is not in a file. */
    static Path folder(SimulationRun run) {
        Resource resource = run.eResource();
        if (resource == null || resource.getURI() == null || !resource.getURI().isFile()) {
            return null;
        }
        return Path.of(resource.getURI().toFileString()).toAbsolutePath().getParent();
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
    private static <T extends IViewPart> T open(IWorkbenchPage page, String id, Class<T> type, boolean open) {
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
        return type.cast(view);
    }

    private static <T extends Result> List<T> results(SimulationRun run, Class<T> type) {
        return run.getResults().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends Result> T first(SimulationRun run, Class<T> type) {
        return results(run, type).stream().findFirst().orElse(null);
    }
}
