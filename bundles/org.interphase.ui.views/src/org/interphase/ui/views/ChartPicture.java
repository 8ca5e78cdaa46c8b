package org.interphase.ui.views;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.interphase.core.io.AtomicFiles;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Draws charts as they are shown (axes' ranges, scales, series, legend, titles) on a Java2D canvas, so that one
 * drawing serves both a vector picture (SVG, through JFreeSVG) and a PNG at any resolution. Charts are drawn one
 * above the other, each at its size on screen; each series is one path in a group whose SVG id is "series-" and
 * its id ("chart2-series-…" in the second chart, and so on).
 */
final class ChartPicture {

    /** The resolution the on-screen sizes are taken to be at. */
    static final int SCREEN_DPI = 96;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final int LEFT = 72;
    private static final int BOTTOM = 46;
    private static final int AXIS_GAP = 64;

    private ChartPicture() {
    }

    /** Writes the charts as an SVG document. */
    static void svg(List<Chart> charts, Path target) throws IOException {
        int[] size = size(charts);
        SVGGraphics2D g = new SVGGraphics2D(size[0], size[1]);
        draw(g, charts);
        Exports.text(g.getSVGDocument(), target);
    }

    /** Writes the charts as a PNG picture at {@code dpi} dots per inch (96 is the size on screen). */
    static void png(List<Chart> charts, int dpi, Path target) throws IOException {
        if (dpi < 36 || dpi > 2400) {
            throw new IOException("choose a resolution between 36 and 2400 dpi, not " + dpi);
        }
        int[] size = size(charts);
        double scale = dpi / (double) SCREEN_DPI;
        BufferedImage image = new BufferedImage((int) Math.ceil(size[0] * scale), (int) Math.ceil(size[1] * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            draw(g, charts);
        } finally {
            g.dispose();
        }
        AtomicFiles.write(target, temporary -> ImageIO.write(image, "png", temporary.toFile()));
    }

    /** {width, height} of the charts one above the other, as on screen; an error if they are not shown. */
    static int[] size(List<Chart> charts) throws IOException {
        int width = 0;
        int height = 0;
        for (Chart chart : charts) {
            width = Math.max(width, chart.getSize().x);
            height += chart.getSize().y;
        }
        if (charts.isEmpty() || width <= 0 || height <= 0) {
            throw new IOException("the plot is not visible; open the view first");
        }
        return new int[] {width, height};
    }

    private static void draw(Graphics2D g, List<Chart> charts) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int y = 0;
        for (int i = 0; i < charts.size(); i++) {
            Chart chart = charts.get(i);
            AffineTransform saved = g.getTransform();
            g.translate(0, y);
            draw(g, chart, chart.getSize().x, chart.getSize().y, i == 0 ? "" : "chart" + (i + 1) + "-");
            g.setTransform(saved);
            y += chart.getSize().y;
        }
    }

    private static void draw(Graphics2D g, Chart chart, int width, int height, String idPrefix) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        g.setFont(FONT);
        FontMetrics metrics = g.getFontMetrics();
        List<String> legend = Charts.legend(chart);
        int legendWidth = 0;
        for (String entry : legend) {
            legendWidth = Math.max(legendWidth, metrics.stringWidth(entry) + 40);
        }
        IAxis[] yAxes = chart.getAxisSet().getYAxes();
        int top = chart.getTitle().isVisible() ? 32 : 14;
        int right = 16 + legendWidth + AXIS_GAP * (yAxes.length - 1);
        Rectangle2D plot = new Rectangle2D.Double(LEFT, top, Math.max(10, width - LEFT - right),
                Math.max(10, height - top - BOTTOM));
        if (chart.getTitle().isVisible()) {
            g.setFont(TITLE);
            g.setColor(Color.BLACK);
            String title = chart.getTitle().getText();
            g.drawString(title, (float) (plot.getCenterX() - g.getFontMetrics().stringWidth(title) / 2.0), 20f);
            g.setFont(FONT);
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        axis(g, x, plot, 0);
        for (int i = 0; i < yAxes.length; i++) {
            axis(g, yAxes[i], plot, i);
        }
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.draw(plot);
        Shape clip = g.getClip();
        g.clip(plot);
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            if (series.isVisible() && series instanceof ILineSeries<?> line) {
                series(g, line, chart.getAxisSet().getXAxis(line.getXAxisId()),
                        chart.getAxisSet().getYAxis(line.getYAxisId()), plot, idPrefix);
            }
        }
        g.setClip(clip);
        int row = (int) plot.getY() + 4;
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            if (series.isVisibleInLegend() && series instanceof ILineSeries<?> line) {
                double left = plot.getMaxX() + AXIS_GAP * (yAxes.length - 1) + 12;
                g.setColor(colour(line.getLineColor().getRGB()));
                g.setStroke(stroke(line));
                g.draw(new Line2D.Double(left, row + 6, left + 24, row + 6));
                g.setColor(Color.BLACK);
                g.drawString(series.getDescription() != null ? series.getDescription() : series.getId(),
                        (float) left + 30, row + 10);
                row += metrics.getHeight() + 4;
            }
        }
    }

    /**
     * An axis with its tick marks, labels (decades only on a log axis) and title; the y axes after the first are
     * drawn right of the plot.
     */
    private static void axis(Graphics2D g, IAxis axis, Rectangle2D plot, int index) {
        boolean horizontal = axis.getDirection() == IAxis.Direction.X;
        FontMetrics metrics = g.getFontMetrics();
        boolean secondary = !horizontal && index > 0;
        double base = horizontal ? plot.getMaxY() : secondary ? plot.getMaxX() + AXIS_GAP * (index - 1) : plot.getX();
        g.setColor(secondary ? colour(axis.getTitle().getForeground().getRGB()) : Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        double last = Double.NaN;
        for (double value : ticks(axis)) {
            double at = horizontal ? pixel(axis, value, plot.getX(), plot.getWidth())
                    : pixel(axis, value, plot.getMaxY(), -plot.getHeight());
            String label = axis.isLogScaleEnabled() ? DecadeFormat.label(value) : ChartInteraction.number(value);
            int mark = label.isEmpty() ? 3 : 6;
            if (horizontal) {
                g.draw(new Line2D.Double(at, base, at, base + mark));
            } else {
                g.draw(new Line2D.Double(base, at, secondary ? base + mark : base - mark, at));
            }
            if (label.isEmpty()) {
                continue;
            }
            int textWidth = metrics.stringWidth(label);
            double room = horizontal ? textWidth + 8 : metrics.getHeight();
            if (!Double.isNaN(last) && Math.abs(at - last) < room) {
                continue;
            }
            last = at;
            if (horizontal) {
                g.drawString(label, (float) (at - textWidth / 2.0), (float) base + 8 + metrics.getAscent());
            } else if (secondary) {
                g.drawString(label, (float) base + 8, (float) at + metrics.getAscent() / 2f - 1);
            } else {
                g.drawString(label, (float) base - 8 - textWidth, (float) at + metrics.getAscent() / 2f - 1);
            }
        }
        String title = axis.getTitle().getText();
        int titleWidth = metrics.stringWidth(title);
        if (horizontal) {
            g.drawString(title, (float) (plot.getCenterX() - titleWidth / 2.0), (float) base + 38);
        } else {
            AffineTransform saved = g.getTransform();
            double column = secondary ? base + 56 : base - 58;
            g.rotate(-Math.PI / 2, column, plot.getCenterY());
            g.drawString(title, (float) (column - titleWidth / 2.0), (float) plot.getCenterY());
            g.setTransform(saved);
        }
    }

    /** The axis' tick values as SWTChart placed them, or five even ones before the chart was first drawn. */
    private static double[] ticks(IAxis axis) {
        double[] values = axis.getTick().getTickLabelValues();
        if (values != null && values.length > 0) {
            return values;
        }
        Range range = axis.getRange();
        double[] even = new double[5];
        for (int i = 0; i < even.length; i++) {
            even[i] = range.lower + i * (range.upper - range.lower) / (even.length - 1);
        }
        return even;
    }

    private static double pixel(IAxis axis, double value, double origin, double length) {
        Range range = axis.getRange();
        double share = axis.isLogScaleEnabled()
                ? (Math.log10(value) - Math.log10(range.lower)) / (Math.log10(range.upper) - Math.log10(range.lower))
                : (value - range.lower) / (range.upper - range.lower);
        return origin + share * length;
    }

    private static void series(Graphics2D g, ILineSeries<?> line, IAxis x, IAxis y, Rectangle2D plot,
            String idPrefix) {
        double[] xs = line.getXSeries();
        double[] ys = line.getYSeries();
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            if ((!x.isLogScaleEnabled() || xs[i] > 0) && (!y.isLogScaleEnabled() || ys[i] > 0)) {
                points.add(new double[] {pixel(x, xs[i], plot.getX(), plot.getWidth()),
                    pixel(y, ys[i], plot.getMaxY(), -plot.getHeight())});
            }
        }
        String id = idPrefix + "series-" + line.getId().replaceAll("[^A-Za-z0-9_.-]", "_");
        if (line.getLineStyle() != LineStyle.NONE && points.size() > 1) {
            Path2D path = new Path2D.Double();
            path.moveTo(points.get(0)[0], points.get(0)[1]);
            for (double[] p : points.subList(1, points.size())) {
                path.lineTo(p[0], p[1]);
            }
            g.setColor(colour(line.getLineColor().getRGB()));
            g.setStroke(stroke(line));
            g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, id);
            g.draw(path);
        }
        if (line.getSymbolType() != PlotSymbolType.NONE) {
            double r = Math.max(1.5, line.getSymbolSize());
            g.setColor(colour(line.getSymbolColor().getRGB()));
            g.setStroke(new BasicStroke(1f));
            for (double[] p : points) {
                if (line.getSymbolType() == PlotSymbolType.CROSS) {
                    g.draw(new Line2D.Double(p[0] - r, p[1] - r, p[0] + r, p[1] + r));
                    g.draw(new Line2D.Double(p[0] - r, p[1] + r, p[0] + r, p[1] - r));
                } else {
                    g.fill(new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r));
                }
            }
        }
    }

    private static BasicStroke stroke(ILineSeries<?> line) {
        float width = Math.max(1, line.getLineWidth());
        float[] dash = switch (line.getLineStyle()) {
            case DASH -> new float[] {6 * width, 3 * width};
            case DOT -> new float[] {width, 2 * width};
            case DASHDOT -> new float[] {6 * width, 2 * width, width, 2 * width};
            case DASHDOTDOT -> new float[] {6 * width, 2 * width, width, 2 * width, width, 2 * width};
            default -> null;
        };
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    private static Color colour(RGB rgb) {
        return new Color(rgb.red, rgb.green, rgb.blue);
    }
}
