package org.interphase.ui.views;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxis.Position;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.LineStyle;
import org.interphase.analysis.CyclingComparisons;
import org.interphase.analysis.PlatingHalfCycle;
import org.interphase.analysis.SymmetricComparison;
import org.interphase.model.run.CellEvent;
import org.interphase.model.run.SymmetricCellResult;
import org.interphase.ui.InterphaseIds;

/**
 * Plating/stripping of a symmetric Li cell: voltage against time in hours, each event (short circuit, contact loss,
 * voltage limit) marked by a vertical line labelled with what happened and when, and the lifetime in the title; below
 * it, each half-cycle's overpotential and the Li it plated, as the run's -half-cycles.csv lists them. A measured
 * export the run names is overlaid in red and compared; pinned runs are drawn beside the run shown.
 */
public class SymmetricCellView extends RunResultView<SymmetricCellResult> {

    public static final String ID = InterphaseIds.SYMMETRIC_CELL_VIEW;

    /** Series id of the voltage curve. */
    public static final String VOLTAGE = "voltage";

    /** Series ids of the per-half-cycle chart. */
    public static final String HALF_CYCLE_OVERPOTENTIAL = "overpotential per half-cycle";
    public static final String HALF_CYCLE_LITHIUM = "Li plated per half-cycle";

    private static final double SECONDS_PER_HOUR = 3600;

    private Chart chart;
    private Chart perHalfCycle;
    private int lithiumAxis;
    private SymmetricCellResult result;
    private String title = "";
    private final PinnedRuns<SymmetricCellResult> pins = new PinnedRuns<>(this::redraw);
    private MeasuredRunData measured;
    private SymmetricComparison comparison;

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        pins.addActions(getViewSite().getActionBars().getToolBarManager());
        getViewSite().getActionBars().updateActionBars();
    }

    @Override
    protected String emptyMessage() {
        return "No symmetric-cell run to show: run Simulate on an experiment with a plating/stripping measurement.";
    }

    @Override
    protected String exportName() {
        return "symmetric-cell";
    }

    @Override
    protected void createCharts(Composite column) {
        chart = addChart(column, "Time (h)", "Voltage (V)");
        chart.getPlotArea().addCustomPaintListener(e -> labelEvents(e.gc));
        perHalfCycle = addChart(column, "Half-cycle", "Overpotential (mV)");
        lithiumAxis = perHalfCycle.getAxisSet().createYAxis();
        IAxis lithium = perHalfCycle.getAxisSet().getYAxis(lithiumAxis);
        lithium.setPosition(Position.Secondary);
        lithium.getTitle().setText("Li plated (µm)");
    }

    /** The series id of an event's marker, e.g. "SHORT_CIRCUIT at 40.3 h". */
    public static String seriesId(CellEvent event) {
        return event.getKind() + " at " + hours(event.getTime());
    }

    /** The title the chart shows: the run and its lifetime. */
    public String chartTitle() {
        return chart.getTitle().getText();
    }

    public SymmetricCellResult result() {
        return result;
    }

    /** Draws a plating/stripping result. */
    @Override
    void draw(String runTitle, String runName, SymmetricCellResult run) {
        if (run != result) {
            measured = null;
            comparison = null;
        }
        pins.show(runName, run);
        result = run;
        title = runTitle;
        draw();
    }

    /** Overlays the measured file the shown run names and compares the run with it. */
    @Override
    void showMeasured(MeasuredRunData data) {
        measured = data;
        comparison = data.series() == null ? null : CyclingComparisons.symmetric(result.getLabel(), data.label(),
                array(result.getTime()), array(result.getVoltage()), data.series());
        draw();
    }

    /** The comparison with the measured file overlaid, or null if none is. */
    public SymmetricComparison comparison() {
        return comparison;
    }

    /** The series id of the measured voltage, e.g. "li-li.csv (measured)"; null if none is overlaid. */
    public String measuredSeriesId() {
        return comparison == null ? null : measured.label();
    }

    /** The runs pinned in this view. */
    public PinnedRuns<SymmetricCellResult> pins() {
        return pins;
    }

    private void redraw() {
        if (result != null) {
            draw();
        }
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The half-cycles of a run, as its -half-cycles.csv lists them (rests not counted). */
    public static List<PlatingHalfCycle> halfCycles(SymmetricCellResult run) {
        return PlatingHalfCycle.of(array(run.getTime()), array(run.getCurrent()), array(run.getVoltage()));
    }

    /**
     * Each half-cycle's overpotential (mV) and, if the run records the Li thickness per charge (runs saved before it
     * did not), the Li it plated (µm): ∫|I|dt times that thickness.
     */
    private void drawHalfCycles(SymmetricCellResult run) {
        List<PlatingHalfCycle> halves = halfCycles(run);
        double[] number = halves.stream().mapToDouble(PlatingHalfCycle::number).toArray();
        perHalfCycle.getTitle().setText(title + " " + run.getLabel() + " — per half-cycle");
        ILineSeries<?> overpotential = Charts.line(perHalfCycle, HALF_CYCLE_OVERPOTENTIAL, number,
                halves.stream().mapToDouble(h -> h.overpotential() * 1000).toArray(), new RGB(0, 114, 178));
        overpotential.setSymbolType(PlotSymbolType.CIRCLE);
        overpotential.setSymbolSize(3);
        double perCharge = run.getLithiumThicknessPerCharge();
        if (perCharge > 0) {
            ILineSeries<?> lithium = Charts.line(perHalfCycle, HALF_CYCLE_LITHIUM, number,
                    halves.stream().mapToDouble(h -> h.charge() * perCharge * 1e6).toArray(), new RGB(213, 94, 0));
            lithium.setYAxisId(lithiumAxis);
            lithium.setSymbolType(PlotSymbolType.TRIANGLE);
            lithium.setSymbolSize(3);
            lithium.setLineStyle(LineStyle.DOT);
        }
    }

    private static double[] inHours(double[] seconds) {
        double[] hours = seconds.clone();
        for (int i = 0; i < hours.length; i++) {
            hours[i] /= SECONDS_PER_HOUR;
        }
        return hours;
    }

    private void draw() {
        SymmetricCellResult run = result;
        String runTitle = title;
        if (run == null) {
            showMessage(emptyMessage());
            return;
        }
        int n = Math.min(run.getTime().size(), run.getVoltage().size());
        double[] hours = new double[n];
        double[] volts = new double[n];
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            hours[i] = run.getTime().get(i) / SECONDS_PER_HOUR;
            volts[i] = run.getVoltage().get(i);
            if (Double.isFinite(volts[i]) && Double.isFinite(hours[i])) {
                low = Math.min(low, volts[i]);
                high = Math.max(high, volts[i]);
            }
        }
        if (!(low <= high)) {
            showMessage("The run " + run.getLabel() + " of " + runTitle + " has no finite voltage to plot; check"
                    + " the stack's inputs and the current density.");
            return;
        }
        startContent(runTitle, run.getLabel() + ": " + run.getEvents().size() + " event(s) marked; lifetime "
                + hours(run.getLifetime()) + "; bottom: overpotential and Li plated per half-cycle."
                + (measured == null ? ""
                        : measured.describe(comparison == null ? "" : comparison.summary())));
        chart.getTitle().setText(runTitle + " " + run.getLabel() + " — lifetime " + hours(run.getLifetime()));
        ILineSeries<?> line = Charts.envelopeLine(chart, VOLTAGE, hours, volts, new RGB(0, 0, 0));
        line.setLineWidth(1);
        if (pins.comparing()) {
            line.setDescription(pins.shownName());
        }
        if (comparison != null) {
            Charts.envelopeLine(chart, measured.label(), inHours(measured.series().time()), measured.series().voltage(),
                    new RGB(200, 0, 0)).setLineWidth(1);
        }
        for (PinnedRuns.Pin<SymmetricCellResult> pin : pins.others()) {
            ILineSeries<?> pinned = Charts.envelopeLine(chart, pin.name(), inHours(array(pin.data().getTime())),
                    array(pin.data().getVoltage()), pins.colour(pin));
            pinned.setLineWidth(1);
            pinned.setLineStyle(pins.style(pin));
        }
        double margin = Math.max(1e-6, 0.05 * (high - low));
        for (CellEvent event : run.getEvents()) {
            double t = event.getTime() / SECONDS_PER_HOUR;
            ILineSeries<?> marker = Charts.line(chart, seriesId(event), new double[] {t, t},
                    new double[] {low - margin, high + margin}, new RGB(213, 94, 0));
            marker.setLineStyle(LineStyle.DASH);
        }
        drawHalfCycles(run);
        finishContent();
    }

    private static String hours(double seconds) {
        return Double.isFinite(seconds) ? String.format(Locale.ROOT, "%.1f h", seconds / SECONDS_PER_HOUR) : "unknown";
    }

    /** Writes each event's message beside its marker, near the top of the plot. */
    private void labelEvents(GC gc) {
        if (result == null || isShowingMessage()) {
            return;
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        gc.setForeground(new org.eclipse.swt.graphics.Color(213, 94, 0));
        int y = 4;
        for (CellEvent event : result.getEvents()) {
            if (!Double.isFinite(event.getTime())) {
                continue;
            }
            String text = String.valueOf(event.getKind()).toLowerCase(Locale.ROOT).replace('_', ' ') + " at "
                    + hours(event.getTime()) + (event.getMessage() == null ? "" : ": " + event.getMessage());
            Point size = gc.textExtent(text);
            int px = x.getPixelCoordinate(event.getTime() / SECONDS_PER_HOUR);
            int area = chart.getPlotArea().getSize().x;
            // the label goes left of the marker when it would run off the right edge
            int left = px + 4 + size.x <= area ? px + 4 : Math.max(0, px - 4 - size.x);
            gc.drawText(text, left, y, true);
            y += size.y + 2;
        }
    }
}
