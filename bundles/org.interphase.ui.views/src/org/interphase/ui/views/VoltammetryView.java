package org.interphase.ui.views;

import java.util.Locale;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.LineStyle;
import org.interphase.model.run.VoltammetryResult;
import org.interphase.ui.InterphaseIds;

/**
 * A linear sweep or cyclic voltammogram: current density in µA/cm² against the working electrode's potential, with
 * the working layer's oxidation limit and the onset potential marked by vertical lines.
 */
public class VoltammetryView extends ChartView {

    public static final String ID = InterphaseIds.VOLTAMMETRY_VIEW;

    /** Series ids. */
    public static final String CURRENT = "current density";
    public static final String LIMIT = "oxidation limit";
    public static final String ONSET = "onset";

    /** 1 A/m² = 100 µA/cm². */
    private static final double MICROAMPS_PER_CM2 = 100;

    private Chart chart;

    @Override
    protected String emptyMessage() {
        return "No voltammogram to show: run Simulate on an experiment with an lsv or cv measurement.";
    }

    @Override
    protected String exportName() {
        return "voltammetry";
    }

    @Override
    protected void createCharts(Composite column) {
        chart = addChart(column, "Potential vs Li/Li+ (V)", "Current density (µA/cm²)");
    }

    /** The chart's title: the run and the onset. */
    public String chartTitle() {
        return chart.getTitle().getText();
    }

    /** Shows a voltammogram; {@code null} shows the empty state. */
    public void show(String runTitle, VoltammetryResult run) {
        if (run == null) {
            showMessage(emptyMessage());
            return;
        }
        int n = Math.min(run.getPotential().size(), run.getCurrentDensity().size());
        double[] volts = new double[n];
        double[] current = new double[n];
        double low = 0;
        double high = 0;
        for (int i = 0; i < n; i++) {
            volts[i] = run.getPotential().get(i);
            current[i] = run.getCurrentDensity().get(i) * MICROAMPS_PER_CM2;
            low = Math.min(low, current[i]);
            high = Math.max(high, current[i]);
        }
        String onset = run.isSetOnsetPotential()
                ? String.format(Locale.ROOT, "onset at %.3f V", run.getOnsetPotential())
                : "no onset in the sweep";
        startContent(runTitle, String.format(Locale.ROOT, "%s: window up to %.3f V, %s.", run.getLabel(),
                run.getOxidationLimit(), onset));
        chart.getTitle().setText(runTitle + " " + run.getLabel() + " — " + onset);
        addLine(chart, CURRENT, volts, current, new RGB(0, 0, 0)).setLineWidth(1);
        marker(LIMIT, run.getOxidationLimit(), low, high, new RGB(0, 114, 178));
        if (run.isSetOnsetPotential()) {
            marker(ONSET, run.getOnsetPotential(), low, high, new RGB(213, 94, 0));
        }
        finishContent();
    }

    private void marker(String id, double potential, double low, double high, RGB colour) {
        addLine(chart, id, new double[] {potential, potential}, new double[] {low, high}, colour)
                .setLineStyle(LineStyle.DASH);
    }
}
