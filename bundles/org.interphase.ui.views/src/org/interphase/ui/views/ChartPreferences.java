package org.interphase.ui.views;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The user's chart colours and number formats (Window &gt; Preferences &gt; Interphase &gt; Chart Colours and Numeric
 * Formats), kept in the instance scope, and the one place where charts read them: {@link Charts#create} registers
 * every chart here, and a change of a preference is applied at once to every open chart (series in a palette colour
 * take the new colour of that slot, line widths move with the width preference, plot background and grid follow).
 */
public final class ChartPreferences {

    /** The preference store's qualifier: this bundle's symbolic name. */
    public static final String QUALIFIER = "org.interphase.ui.views";

    /** Key of palette colour {@code i} (0-based), an "r,g,b" string as {@link PreferenceConverter} writes it. */
    public static String paletteKey(int i) {
        return "chart.palette." + i;
    }

    public static final String BACKGROUND = "chart.background";
    public static final String GRID = "chart.grid";
    public static final String LINE_WIDTH = "chart.lineWidth";
    public static final String READOUT_DIGITS = "numbers.readoutDigits";
    public static final String AXIS_DIGITS = "numbers.axisDigits";
    /** Values at or above 10^this are written with an exponent. */
    public static final String SCIENTIFIC_ABOVE = "numbers.scientificAbove";
    /** Values (other than 0) below 10^-this are written with an exponent. */
    public static final String SCIENTIFIC_BELOW = "numbers.scientificBelow";

    /** Colour-blind-friendly qualitative colours (Okabe-Ito, then Tableau): the default palette. */
    static final RGB[] DEFAULT_PALETTE = {
        new RGB(0, 114, 178), new RGB(230, 159, 0), new RGB(0, 158, 115), new RGB(204, 121, 167),
        new RGB(86, 180, 233), new RGB(213, 94, 0), new RGB(240, 228, 66), new RGB(148, 103, 189),
        new RGB(140, 86, 75), new RGB(127, 127, 127), new RGB(188, 189, 34), new RGB(23, 190, 207),
    };

    /** The widths the open charts' series were drawn with before the line-width preference last changed. */
    private static int appliedWidth;
    private static RGB[] appliedPalette;
    private static ScopedPreferenceStore store;
    private static final Set<Chart> CHARTS = Collections.newSetFromMap(new WeakHashMap<>());

    private ChartPreferences() {
    }

    /** The store the preference pages edit; its defaults are the colours and formats charts had before. */
    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
            for (int i = 0; i < DEFAULT_PALETTE.length; i++) {
                PreferenceConverter.setDefault(store, paletteKey(i), DEFAULT_PALETTE[i]);
            }
            PreferenceConverter.setDefault(store, BACKGROUND, new RGB(255, 255, 255));
            PreferenceConverter.setDefault(store, GRID, new RGB(200, 200, 200));
            store.setDefault(LINE_WIDTH, 2);
            store.setDefault(READOUT_DIGITS, 4);
            store.setDefault(AXIS_DIGITS, 6);
            store.setDefault(SCIENTIFIC_ABOVE, 6);
            store.setDefault(SCIENTIFIC_BELOW, 4);
            appliedWidth = store.getInt(LINE_WIDTH);
            appliedPalette = palette();
            store.addPropertyChangeListener(event -> {
                Display display = Display.getCurrent();
                if (display != null) {
                    applyToOpenCharts();
                } else if (PlatformUI.isWorkbenchRunning()) {
                    PlatformUI.getWorkbench().getDisplay().asyncExec(ChartPreferences::applyToOpenCharts);
                }
            });
        }
        return store;
    }

    /** The palette, slot by slot. */
    static RGB[] palette() {
        IPreferenceStore prefs = store();
        RGB[] palette = new RGB[DEFAULT_PALETTE.length];
        for (int i = 0; i < palette.length; i++) {
            palette[i] = PreferenceConverter.getColor(prefs, paletteKey(i));
        }
        return palette;
    }

    /** The width of a data series' line, in pixels. */
    static int lineWidth() {
        return Math.max(1, store().getInt(LINE_WIDTH));
    }

    /** Registers a new chart for live changes and gives it the plot background and grid colour. */
    static void attach(Chart chart) {
        store();
        CHARTS.add(chart);
        chart.addDisposeListener(e -> CHARTS.remove(chart));
        applyFrame(chart);
    }

    private static void applyFrame(Chart chart) {
        chart.getPlotArea().setBackground(new Color(PreferenceConverter.getColor(store(), BACKGROUND)));
        Color grid = new Color(PreferenceConverter.getColor(store(), GRID));
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getGrid().setForeground(grid);
        }
    }

    /** Applies the preferences to every open chart; on the UI thread (the preference pages' OK and Apply run there). */
    private static void applyToOpenCharts() {
        RGB[] palette = palette();
        int width = lineWidth();
        for (Chart chart : Set.copyOf(CHARTS)) {
            if (chart.isDisposed()) {
                continue;
            }
            applyFrame(chart);
            for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
                if (series instanceof ILineSeries<?> line) {
                    recolour(line, palette);
                    // Emphasised series (the cell's total) stay as much wider than the others as they were.
                    line.setLineWidth(Math.max(1, line.getLineWidth() + width - appliedWidth));
                }
            }
            chart.updateLayout();
            chart.redraw();
        }
        appliedPalette = palette;
        appliedWidth = width;
    }

    /** Gives a series drawn in a palette colour the colour its slot has now. */
    private static void recolour(ILineSeries<?> line, RGB[] palette) {
        RGB shown = line.getLineColor().getRGB();
        for (int slot = 0; slot < appliedPalette.length; slot++) {
            if (appliedPalette[slot].equals(shown)) {
                Color colour = new Color(palette[slot]);
                line.setLineColor(colour);
                line.setSymbolColor(colour);
                return;
            }
        }
    }

    /** A value as the chart's cursor read-out writes it. */
    static String readout(double value) {
        return number(value, store().getInt(READOUT_DIGITS), false);
    }

    /** A tick label of a linear axis. */
    static String axisLabel(double value) {
        return number(value, store().getInt(AXIS_DIGITS), true);
    }

    /**
     * {@code value} to {@code digits} significant digits, with an exponent outside the range the scientific
     * notation preferences leave plain; {@code strip} drops trailing zeros of the mantissa too (axis labels).
     */
    static String number(double value, int digits, boolean strip) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        int significant = Math.max(1, digits);
        double size = Math.abs(value);
        if (value != 0 && (size < Math.pow(10, -store().getInt(SCIENTIFIC_BELOW))
                || size >= Math.pow(10, store().getInt(SCIENTIFIC_ABOVE)))) {
            if (!strip) {
                return String.format(Locale.ROOT, "%." + (significant - 1) + "e", value);
            }
            BigDecimal rounded = new BigDecimal(value).round(new MathContext(significant));
            int exponent = rounded.precision() - rounded.scale() - 1;
            return rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent;
        }
        return new BigDecimal(value).round(new MathContext(significant)).stripTrailingZeros().toPlainString();
    }
}
