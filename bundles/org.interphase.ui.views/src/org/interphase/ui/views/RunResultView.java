package org.interphase.ui.views;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.interphase.model.run.Result;

/**
 * A chart view of one kind of a run's results (cycling, plating/stripping): it lists every result of that kind the
 * run has under Result and draws the one chosen, with the measured export it names overlaid.
 *
 * @param <R> the kind of result
 */
public abstract class RunResultView<R extends Result> extends ChartView {

    private String title = "";
    private String runName = "";
    private ResultChooser<R> chooser;

    @Override
    protected void createControls(Composite parent) {
        chooser = addResultChooser(parent, this::showChosen);
    }

    /** Shows one result; {@code null} shows the empty state. */
    public void show(String runTitle, R result) {
        show(runTitle, runTitle, result);
    }

    /**
     * Shows one result; {@code null} shows the empty state. A measured overlay of another result is removed: it was
     * compared with that run.
     *
     * @param name the run's legend entry when runs are pinned (experiment, stack and time)
     */
    public void show(String runTitle, String name, R result) {
        chooser.set(result == null ? List.of() : List.of(new ResultChooser.Choice<>(result.getLabel(), result)));
        draw(runTitle, name, result);
    }

    /** Shows a run's results of this kind, listed under Result; the first is drawn. */
    void showRun(String runTitle, String name, List<R> results) {
        title = runTitle;
        runName = name;
        chooser.show(results, Result::getLabel);
    }

    private void showChosen(R result) {
        draw(title, runName, result);
        MeasuredRunData.of(result, this::showMeasured);
    }

    /** Draws a result of the run titled so; null draws the empty state. */
    abstract void draw(String runTitle, String name, R result);

    /** Overlays the measured file the result drawn names. */
    abstract void showMeasured(MeasuredRunData data);
}
