package org.interphase.ui.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.events.MouseListener;
import org.eclipse.swt.events.MouseMoveListener;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;

/**
 * What a user does with a plot, on SWTChart's base API: the wheel zooms about the cursor, a left drag zooms to the
 * box drawn, a middle or shift-left drag pans, a double click resets; the cursor's position is read out in the
 * axes' quantities and units at the top left of the plot; the context menu has reset, copy, log/linear per axis,
 * show points and the view's exports. Every chart of the result views gets one ({@link Charts#create}).
 */
final class ChartInteraction {

    private static final String KEY = ChartInteraction.class.getName();
    /** The smallest box, in pixels each way, that zooms; a smaller drag is a click. */
    private static final int MIN_BOX = 5;

    private final Chart chart;
    private Runnable afterReset = () -> { };
    /** Whether one unit is as long on both axes (the Nyquist plot), which a box zoom must keep. */
    private boolean equalAxes;
    private final List<IAction> exports = new ArrayList<>();
    private Point boxStart;
    private Point boxEnd;
    private Point panFrom;
    private String readout = "";
    private boolean points;
    /** Each series' own symbol, restored when "Show Points" is turned off. */
    private final Map<String, PlotSymbolType> symbols = new HashMap<>();

    private ChartInteraction(Chart chart) {
        this.chart = chart;
    }

    /** Adds zoom, pan, reset, read-out and context menu to the chart. */
    static ChartInteraction attach(Chart chart) {
        ChartInteraction interaction = new ChartInteraction(chart);
        chart.setData(KEY, interaction);
        Control plot = chart.getPlotArea().getControl();
        plot.addListener(SWT.MouseVerticalWheel, e -> {
            interaction.zoom(e.x, e.y, e.count > 0);
            e.doit = false;
        });
        plot.addMouseListener(interaction.mouse());
        plot.addMouseMoveListener(interaction.moves());
        plot.addListener(SWT.MouseExit, e -> interaction.showReadout(""));
        chart.getPlotArea().addCustomPaintListener(e -> interaction.paint(e.gc));
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> interaction.fill(manager));
        plot.setMenu(menu.createContextMenu(plot));
        chart.addDisposeListener(e -> menu.dispose());
        return interaction;
    }

    /** The interaction of a chart made by {@link Charts#create}. */
    static ChartInteraction of(Chart chart) {
        return (ChartInteraction) chart.getData(KEY);
    }

    /** What reset does after fitting the axes to the data (the Nyquist plot makes its axes equal again). */
    void afterReset(Runnable action) {
        afterReset = action;
    }

    /** Keeps one unit as long on x as on y through box zooms (the wheel and panning keep it anyway). */
    void keepEqualAxes() {
        equalAxes = true;
    }

    /** The view's export actions, offered in the context menu. */
    void exports(List<IAction> actions) {
        exports.clear();
        exports.addAll(actions);
    }

    private MouseListener mouse() {
        return new MouseListener() {
            @Override
            public void mouseDown(MouseEvent e) {
                if (e.button == 2 || e.button == 1 && (e.stateMask & SWT.SHIFT) != 0) {
                    panFrom = new Point(e.x, e.y);
                } else if (e.button == 1) {
                    boxStart = new Point(e.x, e.y);
                    boxEnd = boxStart;
                }
            }

            @Override
            public void mouseUp(MouseEvent e) {
                if (boxStart != null) {
                    Rectangle box = box(boxStart, new Point(e.x, e.y));
                    boxStart = null;
                    boxEnd = null;
                    if (box.width >= MIN_BOX && box.height >= MIN_BOX) {
                        zoomTo(box);
                    } else {
                        chart.redraw();
                    }
                }
                panFrom = null;
            }

            @Override
            public void mouseDoubleClick(MouseEvent e) {
                boxStart = null;
                reset();
            }
        };
    }

    private MouseMoveListener moves() {
        return e -> {
            if (panFrom != null) {
                pan(e.x - panFrom.x, e.y - panFrom.y);
                panFrom = new Point(e.x, e.y);
            } else if (boxStart != null) {
                boxEnd = new Point(e.x, e.y);
            }
            showReadout(readout(e.x, e.y));
        };
    }

    private static Rectangle box(Point a, Point b) {
        return new Rectangle(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(a.x - b.x), Math.abs(a.y - b.y));
    }

    /** Zooms every axis in (or out) by SWTChart's step about the data point under pixel (x, y). */
    void zoom(int x, int y, boolean in) {
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            double at = axis.getDataCoordinate(axis.getDirection() == IAxis.Direction.X ? x : y);
            if (in) {
                axis.zoomIn(at);
            } else {
                axis.zoomOut(at);
            }
        }
        changed();
    }

    /**
     * Sets the axes to the data under the box (pixels of the plot area); with equal axes, the box is widened along
     * one axis about its centre so that one unit stays as long on both.
     */
    void zoomTo(Rectangle box) {
        Point size = chart.getPlotArea().getSize();
        double perPixel = 0;
        if (equalAxes) {
            for (IAxis axis : chart.getAxisSet().getAxes()) {
                boolean horizontal = axis.getDirection() == IAxis.Direction.X;
                double span = Math.abs(axis.getDataCoordinate(horizontal ? box.x + box.width : box.y + box.height)
                        - axis.getDataCoordinate(horizontal ? box.x : box.y));
                perPixel = Math.max(perPixel, span / Math.max(1, horizontal ? size.x : size.y));
            }
        }
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            boolean horizontal = axis.getDirection() == IAxis.Direction.X;
            double a = axis.getDataCoordinate(horizontal ? box.x : box.y);
            double b = axis.getDataCoordinate(horizontal ? box.x + box.width : box.y + box.height);
            if (equalAxes) {
                double half = perPixel * (horizontal ? size.x : size.y) / 2;
                double centre = (a + b) / 2;
                a = centre - half;
                b = centre + half;
            }
            axis.setRange(new Range(Math.min(a, b), Math.max(a, b)));
        }
        changed();
    }

    /** Moves the data by (dx, dy) pixels, as if dragged. */
    void pan(int dx, int dy) {
        Point size = chart.getPlotArea().getSize();
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            boolean horizontal = axis.getDirection() == IAxis.Direction.X;
            int shift = horizontal ? dx : dy;
            int length = horizontal ? size.x : size.y;
            double a = axis.getDataCoordinate(-shift);
            double b = axis.getDataCoordinate(length - shift);
            axis.setRange(new Range(Math.min(a, b), Math.max(a, b)));
        }
        changed();
    }

    /** Fits the axes to the data again, with padding (double click, or Reset Zoom in the menu). */
    void reset() {
        Charts.fit(chart);
        // laid out twice: the new ranges' tick labels change the plot's size, which the after-reset action uses
        for (int pass = 0; pass < 2; pass++) {
            chart.updateLayout();
            afterReset.run();
        }
        chart.redraw();
    }

    private void changed() {
        Charts.refine(chart);
        chart.redraw();
    }

    /**
     * The data under pixel (x, y) of the plot area in the axes' quantities and units, e.g. "Z' = 153.2 Ω,
     * −Z'' = 41.07 Ω" (an axis titled "Z' (Ω)").
     */
    String readout(int x, int y) {
        List<String> parts = new ArrayList<>();
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            double value = axis.getDataCoordinate(axis.getDirection() == IAxis.Direction.X ? x : y);
            String title = axis.getTitle().getText();
            int open = title.lastIndexOf(" (");
            boolean unit = open > 0 && title.endsWith(")");
            String quantity = unit ? title.substring(0, open) : title.isEmpty() ? axis.getDirection().name() : title;
            parts.add(quantity + " = " + number(value) + (unit ? " " + title.substring(open + 2, title.length() - 1)
                    : ""));
        }
        return String.join(", ", parts);
    }

    /** A value of the read-out, in the user's numeric format (by default four significant digits). */
    static String number(double value) {
        return ChartPreferences.readout(value);
    }

    /** The read-out shown now: the data under the cursor, "" when the cursor is off the plot. */
    String readout() {
        return readout;
    }

    private void showReadout(String text) {
        readout = text;
        chart.getPlotArea().getControl().redraw();
    }

    private void paint(GC gc) {
        if (boxStart != null && boxEnd != null) {
            Rectangle box = box(boxStart, boxEnd);
            gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawRectangle(box);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        if (!readout.isEmpty()) {
            Point extent = gc.textExtent(readout);
            gc.setBackground(chart.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
            gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
            gc.fillRectangle(2, 2, extent.x + 6, extent.y + 4);
            gc.drawText(readout, 5, 4, true);
        }
    }

    /** Shows every series' points as circles (on), or each series' own symbols again (off). */
    void showPoints(boolean on) {
        points = on;
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            if (series instanceof ILineSeries<?> line) {
                if (on) {
                    symbols.putIfAbsent(line.getId(), line.getSymbolType());
                    if (line.getSymbolType() == PlotSymbolType.NONE) {
                        line.setSymbolType(PlotSymbolType.CIRCLE);
                        line.setSymbolSize(2);
                    }
                } else if (symbols.containsKey(line.getId())) {
                    line.setSymbolType(symbols.remove(line.getId()));
                }
            }
        }
        chart.redraw();
    }

    /**
     * Turns an axis logarithmic or linear; an axis with data at or below zero stays linear.
     *
     * @return whether the axis is now as asked
     */
    boolean logScale(IAxis axis, boolean logarithmic) {
        try {
            Charts.logScale(axis, logarithmic);
        } catch (IllegalStateException e) {
            // SWTChart refuses a log axis when a series has values ≤ 0: there is nothing to show on it
            Charts.logScale(axis, false);
            return !logarithmic;
        }
        reset();
        return true;
    }

    /** Copies the chart as a picture to the clipboard. */
    void copy() {
        Point size = chart.getSize();
        Image image = new Image(chart.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        Clipboard clipboard = new Clipboard(chart.getDisplay());
        try {
            chart.renderOffscreenImage(image);
            clipboard.setContents(new Object[] {image.getImageData()}, new Transfer[] {ImageTransfer.getInstance()});
        } finally {
            clipboard.dispose();
            image.dispose();
        }
    }

    /** The context menu's entries, in order ("" for a separator). */
    List<String> menuLabels() {
        MenuManager manager = new MenuManager();
        fill(manager);
        List<String> labels = new ArrayList<>();
        for (var item : manager.getItems()) {
            labels.add(item instanceof org.eclipse.jface.action.ActionContributionItem action
                    ? action.getAction().getText() : "");
        }
        manager.dispose();
        return labels;
    }

    private void fill(org.eclipse.jface.action.IMenuManager manager) {
        manager.add(action("Reset Zoom", IAction.AS_PUSH_BUTTON, false, this::reset));
        manager.add(action("Copy", IAction.AS_PUSH_BUTTON, false, this::copy));
        manager.add(new Separator());
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            String title = axis.getTitle().getText();
            String name = title.isEmpty() ? axis.getDirection().name() : title;
            manager.add(action("Logarithmic " + name, IAction.AS_CHECK_BOX, axis.isLogScaleEnabled(),
                    () -> logScale(axis, !axis.isLogScaleEnabled())));
        }
        manager.add(action("Show Points", IAction.AS_CHECK_BOX, points, () -> showPoints(!points)));
        if (!exports.isEmpty()) {
            manager.add(new Separator());
            exports.forEach(manager::add);
        }
    }

    private static IAction action(String text, int style, boolean checked, Runnable run) {
        Action action = new Action(text, style) {
            @Override
            public void run() {
                run.run();
            }
        };
        if (style == IAction.AS_CHECK_BOX) {
            action.setChecked(checked);
        }
        return action;
    }
}
