package org.interphase.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
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
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.interphase.study.Spread;
import org.interphase.ui.InterphaseIds;

/**
 * A design study's points: with one parameter, every output against it (the chosen output on the left axis, the
 * others on axes of their own; a logarithmic axis when the values are spaced by equal ratios); with two, a heat map
 * of the chosen output with its colour scale. Failed points are marked (crosses on the line chart, grey crossed
 * cells in the heat map) and the study's optimum is highlighted. A study with several objectives shows its Pareto
 * front (every point that ran, the front highlighted and connected); one with uncertain parameters shows the chosen
 * output's distribution (a histogram with the mean and ±1σ marked) or, over a swept parameter, its bands (mean,
 * ±1σ, 5 % and 95 %). Double-clicking a point runs it as a simulation and shows it in the result views.
 */
public class StudyView extends ChartView {

    public static final String ID = InterphaseIds.STUDY_VIEW;

    /** Series id of the points whose run failed. */
    public static final String FAILED = "failed";
    /** Series id of the study's optimum. */
    public static final String OPTIMUM = "optimum";
    /** Series id of every point that ran, on the Pareto plot. */
    public static final String POINTS = "points";
    /** Series id of the Pareto front, connected along its first objective. */
    public static final String PARETO = "Pareto front";
    /** Series id of the histogram of Monte Carlo samples. */
    public static final String HISTOGRAM = "histogram";
    /** Series ids of the mean, the mean ∓ 1σ (a line over a histogram, a curve of a band) and the percentiles. */
    public static final String MEAN = "mean";
    public static final String MINUS_SIGMA = "mean - 1σ";
    public static final String PLUS_SIGMA = "mean + 1σ";
    public static final String P5 = "5 %";
    public static final String P95 = "95 %";

    /** The command that runs one point of a study (contributed by the Run Study plug-in), with its parameters. */
    public static final String RUN_POINT_COMMAND = "org.interphase.ui.runs.runStudyPoint";
    public static final String RUN_POINT_FOLDER = "org.interphase.ui.runs.runStudyPoint.folder";
    public static final String RUN_POINT_INDEX = "org.interphase.ui.runs.runStudyPoint.index";

    /** What the view draws. */
    public enum Mode {
        LINES, HEAT_MAP, PARETO, HISTOGRAM, BANDS
    }

    /** How near (in pixels) a double-click must be to a point to open it. */
    private static final int PICK_RADIUS = 12;

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
    private Path folder;
    private Mode mode;

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
        String hint = "Double-click a point to run it and show it in the result views";
        chart.getPlotArea().getControl().setToolTipText(hint);
        heatMap.setToolTipText(hint);
        chart.getPlotArea().getControl().addListener(SWT.MouseDoubleClick, e -> pointAt(e.x, e.y)
                .ifPresent(this::openPoint));
        heatMap.addListener(SWT.MouseDoubleClick, e -> cellAt(e.x, e.y).ifPresent(this::openPoint));
    }

    /** Reads and shows a study's results folder (or the folder of a points.csv); a reason shows if it cannot. */
    public void show(Path folder) {
        try {
            results = StudyResults.read(folder);
            this.folder = folder;
        } catch (IOException e) {
            results = null;
            showMessage(e.getMessage());
            return;
        }
        if (results.size() == 0 || results.outputs().isEmpty()) {
            showMessage("The study " + results.study() + " has no point with an output yet: run it again to finish.");
            return;
        }
        mode = mode(results);
        if (mode == null) {
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
        return results != null && mode == Mode.HEAT_MAP && !isShowingMessage();
    }

    /** What the view draws, or {@code null} while it shows a message. */
    public Mode mode() {
        return results == null || isShowingMessage() ? null : mode;
    }

    /**
     * Several objectives: their front; uncertain parameters alone: a histogram, over one swept parameter: bands;
     * otherwise one parameter as lines, two as a heat map; {@code null} for what the view cannot draw.
     */
    private static Mode mode(StudyResults results) {
        if (results.front().filter(front -> front.goals().size() >= 2).isPresent()) {
            return Mode.PARETO;
        }
        if (results.bands().isPresent() && results.bands().get().parameters().size() <= 1) {
            return results.bands().get().parameters().isEmpty() ? Mode.HISTOGRAM : Mode.BANDS;
        }
        return switch (results.parameters().size()) {
            case 1 -> Mode.LINES;
            case 2 -> Mode.HEAT_MAP;
            default -> null;
        };
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
        chart.getAxisSet().getXAxis(0).enableLogScale(false);
        chart.getAxisSet().getYAxis(0).getTitle().setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        if (mode != Mode.HEAT_MAP) {
            column.setMaximizedControl(chart);
        }
        if (mode == Mode.PARETO) {
            drawPareto(results.front().orElseThrow());
        } else if (mode == Mode.HISTOGRAM) {
            drawHistogram(output);
        } else if (mode == Mode.BANDS) {
            drawBands(results.bands().orElseThrow(), output);
        } else if (mode == Mode.LINES) {
            drawLines(output);
        } else {
            column.setMaximizedControl(heatMap);
            // The canvas was hidden: it has its size only once the column is laid out again.
            column.layout(true);
            heatMap.redraw();
        }
        finishContent();
        if (mode == Mode.PARETO || mode == Mode.HISTOGRAM || mode == Mode.BANDS) {
            // Points at the ends of a range would sit on the frame, half hidden.
            pad(chart.getAxisSet().getXAxis(0));
            pad(chart.getAxisSet().getYAxis(0));
            chart.redraw();
        }
    }

    /** Each output against the parameter, the chosen one on the left axis; failed points and optimum marked. */
    private void drawLines(int chosen) {
        double[] x = results.parameter(0);
        int[] order = sortedBy(x);
        double[] xs = reorder(x, order);
        chart.getAxisSet().getXAxis(0).getTitle().setText(results.parameters().get(0));
        List<String> names = results.categories().get(0);
        Charts.logScale(chart.getAxisSet().getXAxis(0), names.isEmpty() && geometric(xs));
        if (!names.isEmpty()) {
            chart.getAxisSet().getXAxis(0).getTick().setFormat(new Names(names));
        }
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

    /** Every point that ran in the plane of the first two objectives; the front on top, connected. */
    private void drawPareto(StudyResults.Front front) {
        String xName = front.quantity(0);
        String yName = front.quantity(1);
        double[] x = ran(results.quantity(xName).orElse(new double[results.size()]));
        double[] y = ran(results.quantity(yName).orElse(new double[results.size()]));
        chart.getAxisSet().getXAxis(0).getTitle().setText(front.goals().get(0) + unit(xName));
        chart.getAxisSet().getYAxis(0).getTitle().setText(front.goals().get(1) + unit(yName));
        marker(POINTS, x, y, new RGB(150, 150, 150), PlotSymbolType.CIRCLE).setSymbolSize(3);
        double[] frontX = new double[front.indices().length];
        double[] frontY = new double[front.indices().length];
        for (int i = 0; i < frontX.length; i++) {
            int row = results.row(front.indices()[i]);
            frontX[i] = row < 0 ? Double.NaN : x[row];
            frontY[i] = row < 0 ? Double.NaN : y[row];
        }
        ILineSeries<?> line = Charts.line(chart, PARETO, frontX, frontY, Palette.indexed(0));
        line.setSymbolType(PlotSymbolType.CIRCLE);
        line.setSymbolSize(6);
        line.setLineWidth(2);
        setStatus(String.format(Locale.ROOT, "%d points (%d failed); Pareto front of %d points: %s%s",
                results.size(), results.failures(), frontX.length,
                String.join(", ", front.goals()), front.goals().size() > 2 ? " (the first two drawn)" : ""));
    }

    /** The chosen output's samples as a histogram, its mean and mean ± 1σ as vertical lines. */
    private void drawHistogram(int chosen) {
        double[] samples = results.output(chosen);
        Spread spread = Spread.of(samples);
        String name = results.outputs().get(chosen);
        chart.getAxisSet().getXAxis(0).getTitle().setText(StudyResults.titled(name));
        chart.getAxisSet().getYAxis(0).getTitle().setText("samples");
        if (spread.count() == 0) {
            setStatus("No sample reported " + name + " (" + results.failures() + " of " + results.size()
                    + " failed)");
            return;
        }
        int[] counts = spread.histogram(samples, Spread.bins(spread.count()));
        double width = (spread.max() - spread.min()) / counts.length;
        // Steps: up and across each bin, so the bars read as bars.
        double[] x = new double[2 * counts.length + 2];
        double[] y = new double[x.length];
        int top = 0;
        for (int i = 0; i < counts.length; i++) {
            x[2 * i + 1] = x[2 * i + 2] = spread.min() + i * width;
            y[2 * i + 1] = y[2 * i + 2] = counts[i];
            x[2 * i + 2] += width;
            top = Math.max(top, counts[i]);
        }
        x[0] = spread.min();
        x[x.length - 1] = spread.max();
        Charts.line(chart, HISTOGRAM, x, y, Palette.indexed(chosen)).setLineWidth(2);
        vertical(MEAN, spread.mean(), top, LineStyle.SOLID);
        vertical(MINUS_SIGMA, spread.mean() - spread.deviation(), top, LineStyle.DASH);
        vertical(PLUS_SIGMA, spread.mean() + spread.deviation(), top, LineStyle.DASH);
        setStatus(String.format(Locale.ROOT, "%d samples (%d failed); %s: mean %s, σ %s, 5–95 %%: %s to %s",
                results.size(), results.failures(), name, number(spread.mean()), number(spread.deviation()),
                number(spread.p5()), number(spread.p95())));
    }

    private void vertical(String id, double x, int top, LineStyle style) {
        ILineSeries<?> line = Charts.line(chart, id, new double[] {x, x}, new double[] {0, top}, new RGB(0, 0, 0));
        line.setSymbolType(PlotSymbolType.NONE);
        line.setLineStyle(style);
    }

    /** The chosen output's mean against the swept parameter, with ±1σ and the 5 % and 95 % percentiles. */
    private void drawBands(StudyResults.Bands bands, int chosen) {
        String name = results.outputs().get(chosen);
        double[] x = bands.parameter(0);
        int[] order = sortedBy(x);
        double[] xs = reorder(x, order);
        double[] mean = reorder(bands.statistic(name, "mean"), order);
        double[] sd = reorder(bands.statistic(name, "sd"), order);
        double[] low = new double[mean.length];
        double[] high = new double[mean.length];
        for (int i = 0; i < mean.length; i++) {
            low[i] = mean[i] - sd[i];
            high[i] = mean[i] + sd[i];
        }
        chart.getAxisSet().getXAxis(0).getTitle().setText(bands.parameters().get(0));
        chart.getAxisSet().getXAxis(0).enableLogScale(geometric(xs));
        chart.getAxisSet().getYAxis(0).getTitle().setText(StudyResults.titled(name));
        RGB colour = Palette.indexed(chosen);
        ILineSeries<?> centre = Charts.line(chart, MEAN, xs, mean, colour);
        centre.setSymbolType(PlotSymbolType.CIRCLE);
        centre.setLineWidth(2);
        Charts.line(chart, MINUS_SIGMA, xs, low, colour).setLineStyle(LineStyle.DASH);
        Charts.line(chart, PLUS_SIGMA, xs, high, colour).setLineStyle(LineStyle.DASH);
        Charts.line(chart, P5, xs, reorder(bands.statistic(name, "p5"), order), colour).setLineStyle(LineStyle.DOT);
        Charts.line(chart, P95, xs, reorder(bands.statistic(name, "p95"), order), colour).setLineStyle(LineStyle.DOT);
        setStatus(String.format(Locale.ROOT, "%d points (%d failed) in %d design points; %s: mean, ±1σ (dashed),"
                + " 5 %% and 95 %% (dotted)", results.size(), results.failures(), xs.length, name));
    }

    /** Widens a linear axis by 5 % of its range on each side. */
    private static void pad(IAxis axis) {
        if (!axis.isLogScaleEnabled()) {
            Range range = axis.getRange();
            double margin = 0.05 * (range.upper - range.lower);
            axis.setRange(new Range(range.lower - margin, range.upper + margin));
        }
    }

    /** The values of points that ran; NaN for the failed ones. */
    private double[] ran(double[] values) {
        double[] ran = values.clone();
        for (int i = 0; i < ran.length; i++) {
            if (results.failed()[i]) {
                ran[i] = Double.NaN;
            }
        }
        return ran;
    }

    /** " (Ω cm²)" of an output, "" for a parameter (its column names its unit). */
    private static String unit(String quantity) {
        String titled = StudyResults.titled(quantity);
        return titled.substring(quantity.length());
    }

    /**
     * The row of the point nearest to a pixel of the chart's plot area, within {@value #PICK_RADIUS} pixels: on
     * the line chart the chosen output against the parameter, on the Pareto plot the first two objectives.
     */
    public java.util.OptionalInt pointAt(int px, int py) {
        double[] x;
        double[] y;
        if (mode == Mode.LINES) {
            x = results.parameter(0);
            y = results.output(results.outputs().indexOf(output()));
        } else if (mode == Mode.PARETO) {
            StudyResults.Front front = results.front().orElseThrow();
            x = ran(results.quantity(front.quantity(0)).orElse(new double[results.size()]));
            y = ran(results.quantity(front.quantity(1)).orElse(new double[results.size()]));
        } else {
            return java.util.OptionalInt.empty();
        }
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        IAxis yAxis = chart.getAxisSet().getYAxis(0);
        int best = -1;
        double nearest = PICK_RADIUS;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                double distance = Math.hypot(xAxis.getPixelCoordinate(x[i]) - px, yAxis.getPixelCoordinate(y[i]) - py);
                if (distance <= nearest) {
                    nearest = distance;
                    best = i;
                }
            }
        }
        return best < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(best);
    }

    /** The pixel of a point (row) on the chart's plot area, where a double-click opens it. */
    public Point pixelOf(int row) {
        double[] x;
        double[] y;
        if (mode == Mode.PARETO) {
            StudyResults.Front front = results.front().orElseThrow();
            x = results.quantity(front.quantity(0)).orElseThrow();
            y = results.quantity(front.quantity(1)).orElseThrow();
        } else {
            x = results.parameter(0);
            y = results.output(results.outputs().indexOf(output()));
        }
        return new Point(chart.getAxisSet().getXAxis(0).getPixelCoordinate(x[row]),
                chart.getAxisSet().getYAxis(0).getPixelCoordinate(y[row]));
    }

    /** The row of the point whose heat-map cell holds a pixel of the heat map. */
    private java.util.OptionalInt cellAt(int px, int py) {
        if (mode != Mode.HEAT_MAP) {
            return java.util.OptionalInt.empty();
        }
        double[] xs = distinct(results.parameter(0));
        double[] ys = distinct(results.parameter(1));
        Rectangle plot = plot(heatMap.getClientArea());
        if (!plot.contains(px, py)) {
            return java.util.OptionalInt.empty();
        }
        int col = (int) ((px - plot.x) / ((double) plot.width / xs.length));
        int row = ys.length - 1 - (int) ((py - plot.y) / ((double) plot.height / ys.length));
        for (int i = 0; i < results.size(); i++) {
            if (results.values()[i][0] == xs[col] && results.values()[i][1] == ys[row]) {
                return java.util.OptionalInt.of(i);
            }
        }
        return java.util.OptionalInt.empty();
    }

    /**
     * Runs the point of that row as a simulation, through the Run Study plug-in's command, which shows the run in
     * the result views; the status line says why when it cannot.
     */
    public void openPoint(int row) {
        ICommandService commands = getSite().getService(ICommandService.class);
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        Command command = commands.getCommand(RUN_POINT_COMMAND);
        try {
            handlers.executeCommand(ParameterizedCommand.generateCommand(command, Map.of(RUN_POINT_FOLDER,
                    folder.toString(), RUN_POINT_INDEX, Long.toString(results.indices()[row]))), null);
        } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
            setStatus("Point " + results.indices()[row] + " cannot be run: " + e.getMessage());
        }
    }

    private ILineSeries<?> marker(String id, double[] x, double[] y, RGB colour, PlotSymbolType symbol) {
        ILineSeries<?> series = Charts.line(chart, id, x, y, colour);
        series.setLineStyle(LineStyle.NONE);
        series.setSymbolType(symbol);
        series.setSymbolSize(7);
        return series;
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
        Rectangle plot = plot(area);
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

    /** The heat map's cells in a canvas area: room left for tick labels, titles and the colour scale. */
    private static Rectangle plot(Rectangle area) {
        return new Rectangle(area.x + MARGIN + 10, area.y + 10, area.width - 2 * MARGIN - LEGEND_WIDTH,
                area.height - MARGIN - 20);
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

    /** Tick labels of a parameter of names (the stack chosen): a position's name, nothing between positions. */
    private static final class Names extends Format {

        private static final long serialVersionUID = 1L;
        private final List<String> names;

        Names(List<String> names) {
            this.names = names;
        }

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
            double at = ((Number) value).doubleValue();
            long index = Math.round(at);
            if (Math.abs(at - index) < 1e-9 && index >= 0 && index < names.size()) {
                to.append(names.get((int) index));
            }
            return to;
        }

        /** A name back to its position (SWTChart reads labels back to decide which ticks to show). */
        @Override
        public Object parseObject(String source, ParsePosition position) {
            int index = names.indexOf(source.substring(position.getIndex()));
            if (index < 0) {
                position.setErrorIndex(position.getIndex());
                return null;
            }
            position.setIndex(source.length());
            return Double.valueOf(index);
        }
    }
}
