package org.interphase.ui.views;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.LineStyle;
import org.interphase.model.run.CellEvent;
import org.interphase.model.run.SymmetricCellResult;
import org.interphase.ui.InterphaseIds;

/**
 * Plating/stripping of a symmetric Li cell: voltage against time in hours, each event (short circuit, contact loss,
 * voltage limit) marked by a vertical line labelled with what happened and when, and the lifetime in the title.
 */
public class SymmetricCellView extends ChartView {

    public static final String ID = InterphaseIds.SYMMETRIC_CELL_VIEW;

    /** Series id of the voltage curve. */
    public static final String VOLTAGE = "voltage";

    private static final double SECONDS_PER_HOUR = 3600;

    private Chart chart;
    private SymmetricCellResult result;

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

    /** Shows a symmetric-cell run; {@code null} shows the empty state. */
    public void show(String runTitle, SymmetricCellResult run) {
        result = run;
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
                + hours(run.getLifetime()) + ".");
        chart.getTitle().setText(runTitle + " " + run.getLabel() + " — lifetime " + hours(run.getLifetime()));
        Charts.line(chart, VOLTAGE, hours, volts, new RGB(0, 0, 0)).setLineWidth(1);
        double margin = Math.max(1e-6, 0.05 * (high - low));
        for (CellEvent event : run.getEvents()) {
            double t = event.getTime() / SECONDS_PER_HOUR;
            ILineSeries<?> marker = Charts.line(chart, seriesId(event), new double[] {t, t},
                    new double[] {low - margin, high + margin}, new RGB(213, 94, 0));
            marker.setLineStyle(LineStyle.DASH);
        }
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
