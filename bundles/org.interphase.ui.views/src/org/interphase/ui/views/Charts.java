package org.interphase.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

/**
 * What every SWTChart plot of the result views shares: creation with axis titles, a legend that makes room in
 * small views, line series that never receive a non-finite point, and PNG/CSV export of a column of charts.
 */
final class Charts {

    private Charts() {
    }

    /** A chart with the given axis titles (with units), its legend on the right and its title hidden. */
    static Chart create(Composite parent, String x, String y) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText("");
        chart.getTitle().setVisible(false);
        chart.getAxisSet().getXAxis(0).getTitle().setText(x);
        chart.getAxisSet().getYAxis(0).getTitle().setText(y);
        chart.getLegend().setPosition(SWT.RIGHT);
        chart.getLegend().setVisible(true);
        chart.addListener(SWT.Resize, e -> fitToSize(chart));
        return chart;
    }

    /**
     * Keeps the plot readable in a small view: the legend moves below the plot when the chart is narrow and is
     * hidden (and the title with it) when the chart is too small for both; maximising the view brings them back.
     */
    static void fitToSize(Chart chart) {
        Point size = chart.getSize();
        boolean roomy = size.x >= 900;
        boolean tall = size.y >= 420;
        int position = roomy ? SWT.RIGHT : SWT.BOTTOM;
        boolean legend = roomy || tall;
        boolean title = !chart.getTitle().getText().isEmpty() && size.x >= 700 && size.y >= 300;
        if (chart.getLegend().getPosition() != position || chart.getLegend().isVisible() != legend
                || chart.getTitle().isVisible() != title) {
            chart.getLegend().setPosition(position);
            chart.getLegend().setVisible(legend);
            chart.getTitle().setVisible(title);
            chart.updateLayout();
        }
    }

    /** Removes every series and turns log scales off. */
    static void clear(Chart chart) {
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.enableLogScale(false);
        }
    }

    /**
     * Adds a line series of the points where both x and y are finite (the others are skipped, so no NaN or
     * infinity reaches the chart).
     */
    static ILineSeries<?> line(Chart chart, String id, double[] x, double[] y, RGB colour) {
        double[][] kept = finite(x, y);
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setXSeries(kept[0]);
        series.setYSeries(kept[1]);
        Color color = new Color(colour);
        series.setLineColor(color);
        series.setSymbolColor(color);
        series.setLineWidth(2);
        series.setLineStyle(LineStyle.SOLID);
        series.setSymbolType(PlotSymbolType.NONE);
        series.setAntialias(SWT.ON);
        return series;
    }

    /** The legend's entries: the label (description, else id) of each series shown in the legend, in drawing order. */
    static List<String> legend(Chart chart) {
        List<String> labels = new java.util.ArrayList<>();
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            if (series.isVisibleInLegend()) {
                labels.add(series.getDescription() != null ? series.getDescription() : series.getId());
            }
        }
        return labels;
    }

    /** The pairs (x[i], y[i]) with both finite, as {xs, ys}. */
    static double[][] finite(double[] x, double[] y) {
        int n = Math.min(x.length, y.length);
        double[] xs = new double[n];
        double[] ys = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                xs[k] = x[i];
                ys[k] = y[i];
                k++;
            }
        }
        return new double[][] {java.util.Arrays.copyOf(xs, k), java.util.Arrays.copyOf(ys, k)};
    }

    /** Writes the charts one above the other as one PNG picture, each at its size on screen. */
    static void png(List<Chart> charts, Path target) throws IOException {
        int width = 0;
        int height = 0;
        for (Chart chart : charts) {
            width = Math.max(width, chart.getSize().x);
            height += chart.getSize().y;
        }
        if (charts.isEmpty() || width <= 0 || height <= 0) {
            throw new IOException("the plot is not visible; open the view first");
        }
        var display = charts.get(0).getDisplay();
        Exports.png(display, width, height, gc -> {
            int y = 0;
            for (Chart chart : charts) {
                Point size = chart.getSize();
                Image part = new Image(display, size.x, size.y);
                try {
                    chart.renderOffscreenImage(part);
                    gc.drawImage(part, 0, y);
                } finally {
                    part.dispose();
                }
                y += size.y;
            }
        }, target);
    }

    /**
     * Every plotted point of the charts as CSV rows {@code chart,series,x_quantity,x,y_quantity,y}, the quantities
     * being the axis titles with their units.
     */
    static String csv(List<Chart> charts) {
        StringBuilder csv = new StringBuilder("chart,series,x_quantity,x,y_quantity,y\n");
        for (Chart chart : charts) {
            String name = Exports.field(chart.getTitle().getText());
            for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
                String xTitle = Exports.field(chart.getAxisSet().getXAxis(series.getXAxisId()).getTitle().getText());
                String yTitle = Exports.field(chart.getAxisSet().getYAxis(series.getYAxisId()).getTitle().getText());
                double[] xs = series.getXSeries();
                double[] ys = series.getYSeries();
                for (int i = 0; i < xs.length; i++) {
                    csv.append(name).append(',').append(Exports.field(series.getId())).append(',').append(xTitle)
                            .append(String.format(Locale.ROOT, ",%.9g,", xs[i])).append(yTitle)
                            .append(String.format(Locale.ROOT, ",%.9g\n", ys[i]));
                }
            }
        }
        return csv.toString();
    }
}
