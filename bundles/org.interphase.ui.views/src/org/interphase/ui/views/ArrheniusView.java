package org.interphase.ui.views;

import java.util.Locale;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.LineStyle;
import org.interphase.model.run.ArrheniusResult;
import org.interphase.ui.InterphaseIds;

/**
 * The Arrhenius plot of an impedance temperature series: log₁₀ of the effective conductivity (S/cm) against 1000/T,
 * the simulated points and the fitted line, with the activation energy in the title.
 */
public class ArrheniusView extends ChartView {

    public static final String ID = InterphaseIds.ARRHENIUS_VIEW;

    /** Series ids. */
    public static final String POINTS = "conductivity";
    public static final String LINE = "fitted line";

    /** k_B in eV/K (facts.md §a9). */
    private static final double BOLTZMANN_EV = 8.617333262e-5;

    private Chart chart;

    @Override
    protected String emptyMessage() {
        return "No Arrhenius plot to show: run Simulate on an experiment with an impedance at two or more temperatures"
                + " (impedance from 1 MHz to 1 Hz at 25 °C, 60 °C, 100 °C).";
    }

    @Override
    protected String exportName() {
        return "arrhenius";
    }

    @Override
    protected void createCharts(Composite column) {
        chart = addChart(column, "1000/T (1/K)", "log10 σ (S/cm)");
    }

    /** The chart's title: the run and the activation energy. */
    public String chartTitle() {
        return chart.getTitle().getText();
    }

    /** Shows a temperature series; {@code null} shows the empty state. */
    public void show(String runTitle, ArrheniusResult run) {
        if (run == null) {
            showMessage(emptyMessage());
            return;
        }
        int n = Math.min(run.getTemperature().size(), run.getConductivity().size());
        double[] inverse = new double[n];
        double[] logSigma = new double[n];
        double[] fitted = new double[n];
        double ea = run.getActivationEnergy();
        for (int i = 0; i < n; i++) {
            double t = run.getTemperature().get(i);
            inverse[i] = 1000 / t;
            // S/m to S/cm
            logSigma[i] = Math.log10(run.getConductivity().get(i) / 100);
        }
        // The fitted line through the points' centroid with the slope of the activation energy.
        double meanX = java.util.Arrays.stream(inverse).average().orElse(0);
        double meanY = java.util.Arrays.stream(logSigma).average().orElse(0);
        for (int i = 0; i < n; i++) {
            fitted[i] = meanY - ea / BOLTZMANN_EV / 1000 / Math.log(10) * (inverse[i] - meanX);
        }
        String energy = String.format(Locale.ROOT, "Ea = %.3f eV", ea);
        startContent(runTitle, run.getLabel() + ": " + n + " temperatures, " + energy + ".");
        chart.getTitle().setText(runTitle + " " + run.getLabel() + " — " + energy);
        ILineSeries<?> points = addLine(chart, POINTS, inverse, logSigma, new RGB(0, 0, 0));
        points.setLineStyle(LineStyle.NONE);
        points.setSymbolType(org.eclipse.swtchart.ILineSeries.PlotSymbolType.CIRCLE);
        points.setSymbolSize(4);
        addLine(chart, LINE, inverse, fitted, new RGB(213, 94, 0));
        finishContent();
    }
}
