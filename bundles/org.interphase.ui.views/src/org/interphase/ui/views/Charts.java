package org.interphase.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
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
import org.eclipse.swtchart.Range;

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
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setFormat(LINEAR);
        }
        chart.addListener(SWT.Resize, e -> fitToSize(chart));
        ChartInteraction.attach(chart);
        ChartPreferences.attach(chart);
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
            chart.setData(FULL + series.getId(), null);
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            logScale(axis, false);
        }
    }

    /** Turns the axis logarithmic, labelled at decades with unlabelled minor ticks between, or back to linear. */
    static void logScale(IAxis axis, boolean logarithmic) {
        axis.enableLogScale(logarithmic);
        axis.getTick().setFormat(logarithmic ? new DecadeFormat(axis) : LINEAR);
    }

    /** Tick labels of a linear axis in the user's numeric format (significant digits, when to use an exponent). */
    private static final Format LINEAR = new Format() {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(Object number, StringBuffer target, FieldPosition position) {
            return target.append(ChartPreferences.axisLabel(((Number) number).doubleValue()));
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            // SWTChart parses labels back only on log axes, which have a DecadeFormat.
            return null;
        }
    };

    /** Fits every axis to the series with {@link #PADDING} of room on each side, so no curve touches an axis. */
    static void fit(Chart chart) {
        chart.getAxisSet().adjustRange();
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.setRange(padded(axis.getRange(), axis.isLogScaleEnabled()));
        }
        refine(chart);
    }

    /** The share of the data's span left free at each end of an axis. */
    static final double PADDING = 0.04;

    /**
     * {@code range} widened by {@link #PADDING} of its span on each side (of its decades on a log axis, which also
     * reaches down to the decade below when it would otherwise hold no decade to label); a range of one value
     * gets ±5 % of it (±1 at zero).
     */
    static Range padded(Range range, boolean logarithmic) {
        if (logarithmic && range.lower > 0) {
            double low = Math.log10(range.lower);
            double high = Math.log10(range.upper);
            double pad = Math.max(PADDING * (high - low), 0.02);
            low -= pad;
            high += pad;
            if (Math.floor(high) < Math.ceil(low)) {
                low = Math.floor(low);
            }
            return new Range(Math.pow(10, low), Math.pow(10, high));
        }
        double span = range.upper - range.lower;
        double pad = span > 0 ? PADDING * span : range.lower != 0 ? 0.05 * Math.abs(range.lower) : 1;
        return new Range(range.lower - pad, range.upper + pad);
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
        series.setLineWidth(ChartPreferences.lineWidth());
        series.setLineStyle(LineStyle.SOLID);
        series.setSymbolType(PlotSymbolType.NONE);
        series.setAntialias(SWT.ON);
        return series;
    }

    /**
     * As {@link #line}, for series of up to millions of points with ascending x (time traces): the chart draws the
     * min/max {@link Envelope} of about two points per pixel column of the visible x range, and keeps the whole
     * series for the CSV export and for {@link #refine} after a zoom. Other x orders are drawn whole.
     */
    static ILineSeries<?> envelopeLine(Chart chart, String id, double[] x, double[] y, RGB colour) {
        double[][] kept = finite(x, y);
        ILineSeries<?> series = line(chart, id, kept[0], kept[1], colour);
        if (ascending(kept[0]) && kept[0].length > 0) {
            chart.setData(FULL + id, kept);
            IAxis axis = chart.getAxisSet().getXAxis(series.getXAxisId());
            axis.setRange(new Range(kept[0][0], kept[0][kept[0].length - 1]));
            refine(chart);
        }
        return series;
    }

    /** The key under which a chart keeps the whole of an envelope-drawn series. */
    private static final String FULL = "org.interphase.ui.views.full:";

    /** Redraws the envelope-drawn series of the chart at the resolution of its current x range. */
    static void refine(Chart chart) {
        int columns = Math.max(chart.getPlotArea().getSize().x, chart.getDisplay().getBounds().width);
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            double[][] whole = whole(chart, series);
            if (whole[0] != series.getXSeries()) {
                Range range = chart.getAxisSet().getXAxis(series.getXAxisId()).getRange();
                double[][] shown = Envelope.reduce(whole[0], whole[1], range.lower, range.upper, columns);
                series.setXSeries(shown[0]);
                series.setYSeries(shown[1]);
            }
        }
    }

    /** All points of the series as {xs, ys}: the whole series when the chart draws its envelope. */
    static double[][] whole(Chart chart, ISeries<?> series) {
        if (chart.getData(FULL + series.getId()) instanceof double[][] whole) {
            return whole;
        }
        return new double[][] {series.getXSeries(), series.getYSeries()};
    }

    private static boolean ascending(double[] x) {
        for (int i = 1; i < x.length; i++) {
            if (x[i] < x[i - 1]) {
                return false;
            }
        }
        return true;
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
        int[] picture = ChartPicture.size(charts);
        var display = charts.get(0).getDisplay();
        Exports.png(display, picture[0], picture[1], gc -> {
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
                double[][] whole = whole(chart, series);
                double[] xs = whole[0];
                double[] ys = whole[1];
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
