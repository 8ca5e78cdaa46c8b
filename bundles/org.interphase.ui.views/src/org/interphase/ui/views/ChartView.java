package org.interphase.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.part.ViewPart;

/**
 * A result view of SWTChart plots stacked vertically: an empty-state message until it has something to show, a
 * status line, optional controls above the charts, "Export PNG…" (the charts one above the other) and "Export
 * CSV…" (every plotted point), and read access to the plotted series for tests and other code.
 */
public abstract class ChartView extends ViewPart {

    private Composite stack;
    private StackLayout stackLayout;
    private Label message;
    private Composite content;
    private Label status;
    private final List<Chart> charts = new ArrayList<>();
    private final RunMark mark = new RunMark(this::setContentDescription);
    private ResultChooser<?> chooser;

    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        message = new Label(stack, SWT.WRAP);
        message.setText(emptyMessage());

        content = new Composite(stack, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        content.setLayout(layout);
        status = new Label(content, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        createControls(content);
        SashForm column = new SashForm(content, SWT.VERTICAL);
        column.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createCharts(column);
        stackLayout.topControl = message;

        var exports = ExportActions.addForCharts(getViewSite().getActionBars().getToolBarManager(),
                parent.getShell(), exportName(), RunViews::resultsFolder, this::exportPng, this::exportSvg,
                this::exportCsv);
        charts.forEach(chart -> ChartInteraction.of(chart).exports(exports));
        getViewSite().getActionBars().updateActionBars();
        RunViews.adoptLater(this, stack);
    }

    /** What the view says while it has nothing to show: what to do to fill it. */
    protected abstract String emptyMessage();

    /** The default file name of exports, without extension. */
    protected abstract String exportName();

    /** Creates the charts in {@code column} (one above the other) with {@link #addChart}. */
    protected abstract void createCharts(Composite column);

    /** Creates controls above the charts (the content has a one-column grid layout); none by default. */
    protected void createControls(Composite parent) {
    }

    /**
     * Adds "Result:", listing the run's results this view can draw (see {@link #setResults}); call it from
     * {@link #createControls}.
     *
     * @param chosen draws the result the user picked
     */
    protected <T> ResultChooser<T> addResultChooser(Composite parent, java.util.function.Consumer<T> chosen) {
        ResultChooser<T> added = new ResultChooser<>(parent, chosen);
        chooser = added;
        return added;
    }

    /** The run's results the view lists under Result (empty while the run has one or none). */
    public List<String> resultChoices() {
        return chooser != null && chooser.isVisible() ? chooser.labels() : List.of();
    }

    /** Draws the run's result of that label, as choosing it under Result does; false if the run has none. */
    public boolean selectResult(String label) {
        return chooser != null && chooser.select(label);
    }

    /** The label of the result drawn, as Result names it; null if the view has no list. */
    public String shownResult() {
        return chooser == null ? null : chooser.selected();
    }

    /** Marks what the view shows as made from an older version of its file, or not (see {@link RunMark}). */
    void markStale(boolean stale) {
        mark.stale(stale);
    }

    /** The description above the plots: what is shown, and whether its file changed since. */
    public String description() {
        return getContentDescription();
    }

    /** Creates a chart with the given axis titles (with units) and adds it to the view's charts. */
    protected Chart addChart(Composite parent, String x, String y) {
        Chart chart = Charts.create(parent, x, y);
        charts.add(chart);
        return chart;
    }

    /** Adds a line series of the points where x and y are finite (no NaN or infinity reaches the chart). */
    protected ILineSeries<?> addLine(Chart chart, String id, double[] x, double[] y, RGB colour) {
        return Charts.line(chart, id, x, y, colour);
    }

    /** Clears the charts and shows {@code text} instead of them (the empty state). */
    protected void showMessage(String text) {
        for (Chart chart : charts) {
            Charts.clear(chart);
        }
        message.setText(text);
        stackLayout.topControl = message;
        stack.layout(true, true);
        mark.describe("");
    }

    /** Clears the charts for new series and shows them with a status line and a description above them. */
    protected void startContent(String description, String statusText) {
        for (Chart chart : charts) {
            Charts.clear(chart);
        }
        mark.describe(description);
        status.setText(statusText);
        stackLayout.topControl = content;
        stack.layout(true, true);
    }

    /** Replaces the status line, once the charts know what they show. */
    protected void setStatus(String text) {
        status.setText(text);
        status.getParent().layout();
    }

    /** Fits the axes to the series and redraws, after the series are added. */
    protected void finishContent() {
        for (Chart chart : charts) {
            Charts.fitToSize(chart);
            Charts.fit(chart);
            chart.redraw();
        }
    }

    /** Whether the view shows its empty-state message rather than charts. */
    public boolean isShowingMessage() {
        return stackLayout.topControl == message;
    }

    /** The empty-state or error message (meaningful when {@link #isShowingMessage()}). */
    public String message() {
        return message.getText();
    }

    /** The status line above the charts. */
    public String status() {
        return status.getText();
    }

    /** The charts, top to bottom. */
    public List<Chart> charts() {
        return List.copyOf(charts);
    }

    /** The ids of every plotted series, chart by chart, in drawing order. */
    public List<String> seriesIds() {
        List<String> ids = new ArrayList<>();
        for (Chart chart : charts) {
            for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
                ids.add(series.getId());
            }
        }
        return ids;
    }

    /** The plotted series with that id (ids are unique within a view), or {@code null}. */
    public ISeries<?> series(String id) {
        for (Chart chart : charts) {
            ISeries<?> series = chart.getSeriesSet().getSeries(id);
            if (series != null) {
                return series;
            }
        }
        return null;
    }

    /**
     * Every point of the series with that id as {xs, ys}, also when the chart draws only its envelope (a long trace),
     * or {@code null}.
     */
    public double[][] points(String id) {
        for (Chart chart : charts) {
            ISeries<?> series = chart.getSeriesSet().getSeries(id);
            if (series != null) {
                return Charts.whole(chart, series);
            }
        }
        return null;
    }

    /** Writes the charts one above the other as they are shown. */
    public void exportPng(Path target) throws IOException {
        if (isShowingMessage()) {
            throw new IOException("the view has nothing to show yet: " + message());
        }
        Charts.png(charts, target);
    }

    /** Writes the charts one above the other as a PNG at {@code dpi} dots per inch (96: the size on screen). */
    public void exportPng(Path target, int dpi) throws IOException {
        if (isShowingMessage()) {
            throw new IOException("the view has nothing to show yet: " + message());
        }
        ChartPicture.png(charts, dpi, target);
    }

    /** Writes the charts one above the other as an SVG vector picture. */
    public void exportSvg(Path target) throws IOException {
        if (isShowingMessage()) {
            throw new IOException("the view has nothing to show yet: " + message());
        }
        ChartPicture.svg(charts, target);
    }

    /** Writes every plotted point with its chart, series and axis quantities. */
    public void exportCsv(Path target) throws IOException {
        Exports.text(Charts.csv(charts), target);
    }

    @Override
    public void setFocus() {
        stack.setFocus();
    }
}
