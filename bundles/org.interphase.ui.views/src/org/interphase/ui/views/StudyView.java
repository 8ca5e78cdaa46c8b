package org.interphase.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.interphase.ui.InterphaseIds;

/**
 * A design study's points: with one parameter, every output against it (the chosen output on the left axis, the
 * others on axes of their own; a logarithmic axis when the values are spaced by equal ratios); with two, a heat map
 * of the chosen output with its colour scale. Failed points are marked (crosses on the line chart, grey crossed
 * cells in the heat map) and the study's optimum is highlighted.
 */
public class StudyView extends ChartView {

    public static final String ID = InterphaseIds.STUDY_VIEW;

    /** Series id of the points whose run failed. */
    public static final String FAILED = "failed";
    /** Series id of the study's optimum. */
    public static final String OPTIMUM = "optimum";

    private static final RGB FAILED_COLOUR = new RGB(213, 94, 0);
    private static final int LEGEND_WIDTH = 90;
    private static final int MARGIN = 60;
    /** Viridis at five stops: perceptually even and readable in grey and by colour-blind readers. */
    private static final RGB[] SCALE = {
        new RGB(68, 1, 84), new RGB(59, 82, 139), new RGB(33, 145, 140), new RGB(94, 201, 98), new RGB(253, 231, 37),
    };

    private Combo outputs;
    private SashForm column;
    private Chart chart;
    private Canvas heatMap;
    private StudyResults results;

    /** Opens the view (without taking the focus from the editor) and shows the study's results in it. */
    public static StudyView show(IWorkbenchPage page, Path folder) {
        try {
            StudyView view = (StudyView) page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
            view.show(folder);
            return view;
        } catch (PartInitException e) {
            throw new IllegalStateException("cannot open the view " + ID + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected String emptyMessage() {
        return "No study to show: place the caret in a study and run Run Study, or open a study's points.csv.";
    }

    @Override
    protected String exportName() {
        return "study";
    }

    @Override
    protected void createControls(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(2, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(row, SWT.NONE).setText("Output:");
        outputs = new Combo(row, SWT.READ_ONLY);
        outputs.addListener(SWT.Selection, e -> draw());
    }

    @Override
    protected void createCharts(Composite parent) {
        column = (SashForm) parent;
        chart = addChart(parent, "Parameter", "Output");
        heatMap = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        heatMap.setBackground(heatMap.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        heatMap.addPaintListener(e -> paintHeatMap(e.gc, heatMap.getClientArea()));
    }

    /** Reads and shows a study's results folder (or the folder of a points.csv); a reason shows if it cannot. */
    public void show(Path folder) {
        try {
            results = StudyResults.read(folder);
        } catch (IOException e) {
            results = null;
            showMessage(e.getMessage());
            return;
        }
        if (results.size() == 0 || results.outputs().isEmpty()) {
            showMessage("The study " + results.study() + " has no point with an output yet: run it again to finish.");
            return;
        }
        if (results.parameters().isEmpty() || results.parameters().size() > 2) {
            showMessage("The study " + results.study() + " has " + results.parameters().size() + " parameters; the"
                    + " view draws studies of one or two. Its points are in " + StudyResults.POINTS + ".");
            return;
        }
        String chosen = outputs.getText();
        outputs.setItems(results.outputs().toArray(String[]::new));
        int keep = results.outputs().indexOf(chosen);
        outputs.select(keep >= 0 ? keep : 0);
        outputs.getParent().layout();
        draw();
    }

    /** The results shown, or {@code null}. */
    public StudyResults results() {
        return results;
    }

    /** The output the heat map colours and the line chart's left axis shows. */
    public String output() {
        return outputs.getText();
    }

    /** Chooses the output, as the combo does. */
    public void selectOutput(String output) {
        outputs.select(results.outputs().indexOf(output));
        draw();
    }

    /** Whether the study has two parameters and shows as a heat map. */
    public boolean isHeatMap() {
        return results != null && results.parameters().size() == 2 && !isShowingMessage();
    }

    private void draw() {
        if (results == null) {
            return;
        }
        int output = results.outputs().indexOf(output());
        String optimum = results.optimum().map(found -> String.format(Locale.ROOT, "; optimum (%s): %s = %s",
                found.method(), found.objective(), number(found.value()))).orElse("");
        startContent("Study " + results.study(), String.format(Locale.ROOT, "%d points (%d failed)%s", results.size(),
                results.failures(), optimum));
        for (IAxis axis : chart.getAxisSet().getYAxes()) {
            if (axis.getId() != 0) {
                chart.getAxisSet().deleteYAxis(axis.getId());
            }
        }
        if (results.parameters().size() == 1) {
            column.setMaximizedControl(chart);
            drawLines(output);
        } else {
            column.setMaximizedControl(heatMap);
            // The canvas was hidden: it has its size only once the column is laid out again.
            column.layout(true);
            heatMap.redraw();
        }
        finishContent();
    }

    /** Each output against the parameter, the chosen one on the left axis; failed points and optimum marked. */
    private void drawLines(int chosen) {
        double[] x = results.parameter(0);
        int[] order = sortedBy(x);
        double[] xs = reorder(x, order);
        chart.getAxisSet().getXAxis(0).getTitle().setText(results.parameters().get(0));
        Charts.logScale(chart.getAxisSet().getXAxis(0), geometric(xs));
        for (int k = 0; k < results.outputs().size(); k++) {
            int output = (chosen + k) % results.outputs().size();
            String name = results.outputs().get(output);
            RGB colour = Palette.indexed(output);
            int axis = 0;
            if (k > 0) {
                axis = chart.getAxisSet().createYAxis();
                chart.getAxisSet().getYAxis(axis).setPosition(IAxis.Position.Secondary);
            }
            IAxis yAxis = chart.getAxisSet().getYAxis(axis);
            yAxis.getTitle().setText(StudyResults.titled(name));
            yAxis.getTitle().setForeground(new Color(colour));
            ILineSeries<?> series = Charts.line(chart, name, xs, reorder(results.output(output), order), colour);
            series.setYAxisId(axis);
            series.setSymbolType(PlotSymbolType.CIRCLE);
            series.setSymbolSize(3);
        }
        double[] y = results.output(chosen);
        double floor = Arrays.stream(y).filter(Double::isFinite).min().orElse(0);
        double[] failedX = new double[results.failures()];
        int n = 0;
        for (int i = 0; i < results.size(); i++) {
            if (results.failed()[i]) {
                failedX[n++] = x[i];
            }
        }
        if (n > 0) {
            double[] failedY = new double[n];
            Arrays.fill(failedY, floor);
            marker(FAILED, failedX, failedY, FAILED_COLOUR, PlotSymbolType.CROSS);
        }
        results.optimum().filter(found -> Double.isFinite(found.results()[chosen])).ifPresent(found -> marker(
                OPTIMUM, new double[] {found.values()[0]}, new double[] {found.results()[chosen]}, new RGB(0, 0, 0),
                PlotSymbolType.DIAMOND));
    }

    private void marker(String id, double[] x, double[] y, RGB colour, PlotSymbolType symbol) {
        ILineSeries<?> series = Charts.line(chart, id, x, y, colour);
        series.setLineStyle(LineStyle.NONE);
        series.setSymbolType(symbol);
        series.setSymbolSize(7);
    }

    /** Whether sorted values are positive and spaced by one ratio rather than one step (a logarithmic range). */
    static boolean geometric(double[] sorted) {
        double[] distinct = Arrays.stream(sorted).filter(Double::isFinite).distinct().toArray();
        if (distinct.length < 3 || distinct[0] <= 0) {
            return false;
        }
        double ratio = distinct[1] / distinct[0];
        double step = distinct[1] - distinct[0];
        boolean equalRatios = true;
        boolean equalSteps = true;
        for (int i = 2; i < distinct.length; i++) {
            equalRatios &= Math.abs(distinct[i] / distinct[i - 1] / ratio - 1) < 1e-6;
            equalSteps &= Math.abs((distinct[i] - distinct[i - 1]) / step - 1) < 1e-6;
        }
        return equalRatios && !equalSteps;
    }

    /** The heat map's cell of each distinct value pair; the colour bar on the right; failed cells grey, crossed. */
    private void paintHeatMap(GC gc, Rectangle area) {
        if (!isHeatMap()) {
            return;
        }
        int output = results.outputs().indexOf(output());
        double[] xs = distinct(results.parameter(0));
        double[] ys = distinct(results.parameter(1));
        double[] z = results.output(output);
        double low = Arrays.stream(z).filter(Double::isFinite).min().orElse(0);
        double high = Arrays.stream(z).filter(Double::isFinite).max().orElse(1);
        Rectangle plot = new Rectangle(area.x + MARGIN + 10, area.y + 10, area.width - 2 * MARGIN - LEGEND_WIDTH,
                area.height - MARGIN - 20);
        if (plot.width < 20 || plot.height < 20) {
            return;
        }
        double cellWidth = (double) plot.width / xs.length;
        double cellHeight = (double) plot.height / ys.length;
        gc.setAntialias(SWT.ON);
        for (int i = 0; i < results.size(); i++) {
            int col = Arrays.binarySearch(xs, results.values()[i][0]);
            int row = Arrays.binarySearch(ys, results.values()[i][1]);
            Rectangle cell = cell(plot, col, row, cellWidth, cellHeight, ys.length);
            boolean failed = results.failed()[i] || !Double.isFinite(z[i]);
            Color fill = failed ? new Color(200, 200, 200) : new Color(colour((z[i] - low) / (high - low)));
            gc.setBackground(fill);
            gc.fillRectangle(cell);
            if (failed) {
                gc.setForeground(new Color(FAILED_COLOUR));
                gc.drawLine(cell.x, cell.y, cell.x + cell.width, cell.y + cell.height);
                gc.drawLine(cell.x, cell.y + cell.height, cell.x + cell.width, cell.y);
            }
        }
        results.optimum().ifPresent(found -> {
            Rectangle cell = cell(plot, Arrays.binarySearch(xs, found.values()[0]),
                    Arrays.binarySearch(ys, found.values()[1]), cellWidth, cellHeight, ys.length);
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
            gc.setLineWidth(3);
            gc.drawRectangle(cell.x + 1, cell.y + 1, Math.max(1, cell.width - 3), Math.max(1, cell.height - 3));
            gc.setLineWidth(1);
        });
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.drawRectangle(plot);
        labelAxes(gc, plot, xs, ys, cellWidth, cellHeight);
        paintScale(gc, new Rectangle(plot.x + plot.width + 20, plot.y, 20, plot.height), low, high,
                StudyResults.titled(output()));
    }

    /** The cell of column {@code col} and row {@code row}, the first row at the bottom. */
    private static Rectangle cell(Rectangle plot, int col, int row, double width, double height, int rows) {
        int x0 = plot.x + (int) Math.round(col * width);
        int x1 = plot.x + (int) Math.round((col + 1) * width);
        int y0 = plot.y + (int) Math.round((rows - row - 1) * height);
        int y1 = plot.y + (int) Math.round((rows - row) * height);
        return new Rectangle(x0, y0, x1 - x0, y1 - y0);
    }

    /** Tick labels at most every 40 px, and the parameters' names under and beside the map. */
    private void labelAxes(GC gc, Rectangle plot, double[] xs, double[] ys, double width, double height) {
        int everyX = Math.max(1, (int) Math.ceil(60 / width));
        for (int i = 0; i < xs.length; i += everyX) {
            String text = number(xs[i]);
            Point extent = gc.textExtent(text);
            gc.drawText(text, plot.x + (int) ((i + 0.5) * width) - extent.x / 2, plot.y + plot.height + 4, true);
        }
        int everyY = Math.max(1, (int) Math.ceil(20 / height));
        for (int j = 0; j < ys.length; j += everyY) {
            String text = number(ys[j]);
            Point extent = gc.textExtent(text);
            gc.drawText(text, plot.x - extent.x - 4, plot.y + (int) ((ys.length - j - 0.5) * height) - extent.y / 2,
                    true);
        }
        String xTitle = results.parameters().get(0);
        gc.drawText(xTitle, plot.x + plot.width / 2 - gc.textExtent(xTitle).x / 2, plot.y + plot.height + 24, true);
        gc.drawText(results.parameters().get(1), plot.x - MARGIN, plot.y + plot.height + 24, true);
    }

    private static void paintScale(GC gc, Rectangle bar, double low, double high, String title) {
        for (int y = 0; y < bar.height; y++) {
            gc.setForeground(new Color(colour(1 - (double) y / Math.max(1, bar.height - 1))));
            gc.drawLine(bar.x, bar.y + y, bar.x + bar.width, bar.y + y);
        }
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.drawRectangle(bar);
        gc.drawText(number(high), bar.x + bar.width + 4, bar.y, true);
        gc.drawText(number(low), bar.x + bar.width + 4, bar.y + bar.height - gc.textExtent("0").y, true);
        gc.drawText(title, bar.x, bar.y + bar.height + 24, true);
    }

    /** The colour of a fraction of the scale (0 low, 1 high); a study with one value takes the middle. */
    static RGB colour(double fraction) {
        double f = Double.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0.5;
        double position = f * (SCALE.length - 1);
        int i = Math.min(SCALE.length - 2, (int) position);
        double t = position - i;
        return new RGB((int) Math.round(SCALE[i].red + t * (SCALE[i + 1].red - SCALE[i].red)),
                (int) Math.round(SCALE[i].green + t * (SCALE[i + 1].green - SCALE[i].green)),
                (int) Math.round(SCALE[i].blue + t * (SCALE[i + 1].blue - SCALE[i].blue)));
    }

    @Override
    public void exportPng(Path target) throws IOException {
        if (!isHeatMap()) {
            super.exportPng(target);
            return;
        }
        Rectangle shown = heatMap.getClientArea();
        // A view behind another in its stack has no size on screen; its picture is then drawn at a default size.
        Rectangle area = shown.width > 0 && shown.height > 0 ? shown : new Rectangle(0, 0, 800, 600);
        Exports.png(heatMap.getDisplay(), area.width, area.height, gc -> {
            gc.setBackground(heatMap.getBackground());
            gc.fillRectangle(area);
            paintHeatMap(gc, area);
        }, target);
    }

    private static double[] distinct(double[] values) {
        return Arrays.stream(values).distinct().sorted().toArray();
    }

    private static int[] sortedBy(double[] x) {
        return java.util.stream.IntStream.range(0, x.length).boxed()
                .sorted((a, b) -> Double.compare(x[a], x[b])).mapToInt(Integer::intValue).toArray();
    }

    private static double[] reorder(double[] values, int[] order) {
        double[] sorted = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = values[order[i]];
        }
        return sorted;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
