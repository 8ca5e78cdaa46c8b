package org.interphase.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.part.ViewPart;
import org.interphase.ui.InterphaseIds;
import org.interphase.ui.views.ImpedanceInput.Curve;

/**
 * An impedance spectrum as a Nyquist plot with equal axes (Z' against −Z'') and as a Bode plot (|Z| and −phase
 * against frequency), with the cell's spectrum and one series per layer or interface contribution.
 */
public class ImpedanceView extends ViewPart {

    public static final String ID = InterphaseIds.IMPEDANCE_VIEW;

    private Composite stack;
    private StackLayout stackLayout;
    private Label message;
    private Composite content;
    private Label status;
    private CTabFolder tabs;
    private Chart nyquist;
    private SashForm bode;
    private Chart modulus;
    private Chart phase;
    private ImpedanceInput input;
    private ShownRun run;
    private boolean shifted = true;
    private final List<Curve> measured = new ArrayList<>();
    private org.eclipse.jface.action.IAction shiftAction;
    private String runName;
    private final PinnedRuns<Curve> pins = new PinnedRuns<>(() -> show(input));
    private ResultChooser<ImpedanceInput> chooser;
    private final RunMark mark = new RunMark(this::setContentDescription);

    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        message = new Label(stack, SWT.WRAP);
        message.setText("No impedance spectrum to show: run Simulate on an experiment with an impedance sweep.");

        content = new Composite(stack, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        content.setLayout(layout);
        status = new Label(content, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chooser = new ResultChooser<>(content, this::show);
        tabs = new CTabFolder(content, SWT.BOTTOM | SWT.BORDER);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        nyquist = Charts.create(tabs, "Z' (Ω)", "−Z'' (Ω)");
        CTabItem nyquistTab = new CTabItem(tabs, SWT.NONE);
        nyquistTab.setText("Nyquist");
        nyquistTab.setControl(nyquist);
        nyquist.addListener(SWT.Resize, e -> nyquist.getDisplay().asyncExec(this::equalAxes));

        bode = new SashForm(tabs, SWT.VERTICAL);
        modulus = Charts.create(bode, "Frequency (Hz)", "|Z| (Ω)");
        phase = Charts.create(bode, "Frequency (Hz)", "−Phase (°)");
        CTabItem bodeTab = new CTabItem(tabs, SWT.NONE);
        bodeTab.setText("Bode");
        bodeTab.setControl(bode);
        tabs.setSelection(nyquistTab);
        // A plot laid out while its tab was hidden has ranges and tick labels of another size: set them again.
        tabs.addListener(SWT.Selection, e -> tabs.getDisplay().asyncExec(this::equalAxes));

        stackLayout.topControl = message;
        shiftAction = new org.eclipse.jface.action.Action("Arcs along the total",
                org.eclipse.jface.action.IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                setArcsAlongTotal(isChecked());
            }
        };
        shiftAction.setToolTipText("Nyquist: move each contribution right by the resistance of the faster ones,"
                + " so its arc sits where it appears in the cell's spectrum (off: every arc starts at 0 Ω)");
        shiftAction.setChecked(shifted);
        getViewSite().getActionBars().getToolBarManager().add(shiftAction);
        pins.addActions(getViewSite().getActionBars().getToolBarManager());
        var exports = ExportActions.addForCharts(getViewSite().getActionBars().getToolBarManager(),
                parent.getShell(), "impedance", RunViews::resultsFolder, this::exportPng, this::exportSvg,
                this::exportCsv);
        charts().forEach(chart -> ChartInteraction.of(chart).exports(exports));
        ChartInteraction.of(nyquist).afterReset(this::equalAxes);
        ChartInteraction.of(nyquist).keepEqualAxes();
        getViewSite().getActionBars().updateActionBars();
        RunViews.adoptLater(this, stack);
    }

    /**
     * The run whose spectrum the view shows: measured spectra overlaid on it belong to it, and a fit of them starts
     * from its stack.
     *
     * @param experiment the experiment's name
     * @param stack      its stack's name
     * @param file       the .iph file the experiment is in: its workspace path, or its name ("cells.iph") where the
     *                   run names no more
     */
    public record ShownRun(String experiment, String stack, String file) {

        /** From a run's experiment, stack and source ("cells.iph:42"). */
        public static ShownRun of(String experiment, String stack, String source) {
            int colon = source == null ? -1 : source.lastIndexOf(':');
            return new ShownRun(experiment, stack, colon < 0 ? source : source.substring(0, colon));
        }
    }

    /**
     * Shows the spectrum of a run; {@code null} clears the view. The measured spectra overlaid on another run are
     * removed: they were compared with that run, not this one.
     */
    public void show(ShownRun shown, ImpedanceInput spectrum) {
        show(shown, null, spectrum);
    }

    /**
     * As {@link #show(ShownRun, ImpedanceInput)}, naming the run in the legend when runs are pinned.
     *
     * @param name experiment, stack and time; null to name it by the spectrum's title
     */
    public void show(ShownRun shown, String name, ImpedanceInput spectrum) {
        showRun(shown, name, spectrum == null ? List.of()
                : List.of(new ResultChooser.Choice<>(spectrum.title(), spectrum)));
    }

    /** As {@link #show(ShownRun, String, ImpedanceInput)}, listing every spectrum of the run; the first is drawn. */
    void showRun(ShownRun shown, String name, List<ResultChooser.Choice<ImpedanceInput>> spectra) {
        if (!java.util.Objects.equals(shown, run)) {
            measured.clear();
        }
        run = shown;
        runName = name;
        mark.stale(false);
        chooser.set(spectra);
        show(spectra.isEmpty() ? null : spectra.get(0).value());
    }

    /** The run's spectra the view lists under Result (empty while it shows one or none). */
    public List<String> resultChoices() {
        return chooser.isVisible() ? chooser.labels() : List.of();
    }

    /** Draws the run's spectrum of that label, as choosing it under Result does; false if the run has none. */
    public boolean selectResult(String label) {
        return chooser.select(label);
    }

    /** The label of the spectrum drawn, as Result names it; null if none is drawn. */
    public String shownResult() {
        return chooser.selected();
    }

    /** Marks the spectrum as made from an older version of its file, or not (see {@link RunMark}). */
    void markStale(boolean stale) {
        mark.stale(stale);
    }

    /** The description above the plots: what is shown, and whether its file changed since. */
    public String description() {
        return getContentDescription();
    }

    /** The runs pinned in this view; each is drawn by its cell's spectrum. */
    public PinnedRuns<Curve> pins() {
        return pins;
    }

    /** The run shown, or null when the view shows a spectrum of no run (or nothing). */
    public ShownRun run() {
        return run;
    }

    /**
     * Shows a spectrum of the run shown; {@code null} clears the view but for measured spectra, which are then shown
     * alone.
     */
    public void show(ImpedanceInput spectrum) {
        this.input = spectrum;
        boolean empty = spectrum == null || spectrum.total().size() == 0;
        String name = spectrum == null ? null : runName != null ? runName : spectrum.title();
        pins.show(name, empty ? null : new Curve(name, spectrum.total().frequency(), spectrum.total().real(),
                spectrum.total().imaginary()));
        if (empty && (spectrum != null || measured.isEmpty())) {
            message.setText(spectrum == null
                    ? "No impedance spectrum to show: run Simulate on an experiment with an impedance sweep."
                    : "The spectrum of " + spectrum.title() + " has no finite point to plot ("
                            + spectrum.droppedPoints() + " points are NaN or infinite); check the stack's inputs.");
            for (Chart chart : charts()) {
                Charts.clear(chart);
            }
            stackLayout.topControl = message;
            stack.layout(true, true);
            mark.describe("");
            return;
        }
        String title = spectrum == null ? "Measured" : spectrum.title();
        mark.describe(spectrum == null ? "Measured spectra; no run is shown" : title);
        String series = (measured.isEmpty() ? "" : ", measured spectra as crosses")
                + (pins.comparing() ? ", each pinned run's cell in its own line style" : "");
        status.setText(spectrum == null
                ? "Measured spectra alone: Simulate an experiment on the stack they were measured on to compare, or"
                        + " Fit… them and pick that stack."
                : spectrum.droppedPoints() == 0
                ? "Nyquist: equal axes (1 Ω is as long on both). Series: the cell (Total), each layer's or"
                        + " interface's contribution" + series + ". Maximise the view (double-click its tab) for the"
                        + " legend."
                : spectrum.droppedPoints() + " non-finite points (NaN or infinite) were left out of the plots.");
        for (Chart chart : charts()) {
            Charts.clear(chart);
        }
        nyquist.getTitle().setText(title + (shifted ? " — Nyquist (contributions placed along the total)"
                : " — Nyquist"));
        modulus.getTitle().setText(title + " — Bode");
        for (Chart chart : charts()) {
            Charts.fitToSize(chart);
        }
        Set<String> ids = new HashSet<>();
        List<Curve> curves = spectrum == null ? List.of() : spectrum.curves();
        double[] shifts = spectrum == null ? new double[0] : spectrum.nyquistShifts();
        for (int i = 0; i < curves.size(); i++) {
            boolean total = i == 0;
            plot(curves.get(i), ids,
                    total ? new org.eclipse.swt.graphics.RGB(0, 0, 0) : Palette.of(curves.get(i).label()),
                    total ? Style.TOTAL : Style.CONTRIBUTION, total || !shifted ? 0 : shifts[i - 1]);
        }
        for (int i = 0; i < measured.size(); i++) {
            plot(measured.get(i), ids, MEASURED_COLOURS[i % MEASURED_COLOURS.length], Style.MEASURED, 0);
        }
        if (pins.comparing() && !empty) {
            for (Chart chart : charts()) {
                chart.getSeriesSet().getSeries(ImpedanceInput.TOTAL).setDescription(name);
            }
        }
        for (PinnedRuns.Pin<Curve> pin : pins.others()) {
            String id = plot(pin.data(), ids, pins.colour(pin), Style.PINNED, 0);
            for (Chart chart : charts()) {
                if (chart.getSeriesSet().getSeries(id) instanceof ILineSeries<?> line) {
                    line.setLineStyle(pins.style(pin));
                }
            }
        }
        Charts.logScale(modulus.getAxisSet().getXAxis(0), true);
        Charts.logScale(modulus.getAxisSet().getYAxis(0), true);
        Charts.logScale(phase.getAxisSet().getXAxis(0), true);
        for (Chart chart : charts()) {
            Charts.fit(chart);
        }
        stackLayout.topControl = content;
        stack.layout(true, true);
        equalAxes();
        for (Chart chart : charts()) {
            chart.redraw();
        }
    }

    private static double[][] positive(double[] x, double[] y) {
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0 && y[i] > 0) {
                kept.add(new double[] {x[i], y[i]});
            }
        }
        double[][] result = new double[2][kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            result[0][i] = kept.get(i)[0];
            result[1][i] = kept.get(i)[1];
        }
        return result;
    }

    /**
     * How a curve is drawn: the cell bold, contributions dashed, measured spectra as markers without line, pinned runs'
     * cells as lines (each pin sets its own style).
     */
    private enum Style {
        TOTAL, CONTRIBUTION, MEASURED, PINNED
    }

    /** Measured spectra in dark colours that the palette of the contributions does not use. */
    private static final org.eclipse.swt.graphics.RGB[] MEASURED_COLOURS = {
        new org.eclipse.swt.graphics.RGB(200, 0, 0), new org.eclipse.swt.graphics.RGB(100, 0, 160),
        new org.eclipse.swt.graphics.RGB(0, 100, 0),
    };

    /**
     * Plots one curve in Nyquist (moved right by {@code shift} Ω) and both Bode charts, under a unique id, which it
     * returns (null for an empty curve).
     */
    private String plot(Curve curve, Set<String> ids, org.eclipse.swt.graphics.RGB rgb, Style style, double shift) {
        if (curve.size() == 0) {
            return null;
        }
        String id = curve.label();
        while (!ids.add(id)) {
            id = id + "'";
        }
        Color colour = new Color(rgb);
        double[] real = curve.real();
        for (int k = 0; k < real.length; k++) {
            real[k] += shift;
        }
        series(nyquist, id, real, curve.negativeImaginary(), colour, style);
        double[][] mod = positive(curve.frequency(), curve.modulus());
        series(modulus, id, mod[0], mod[1], colour, style);
        double[] minusPhase = curve.phaseDegrees();
        for (int k = 0; k < minusPhase.length; k++) {
            minusPhase[k] = -minusPhase[k];
        }
        series(phase, id, curve.frequency(), minusPhase, colour, style);
        return id;
    }

    private static void series(Chart chart, String id, double[] x, double[] y, Color colour, Style style) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setXSeries(x);
        series.setYSeries(y);
        series.setLineColor(colour);
        series.setSymbolColor(colour);
        series.setAntialias(SWT.ON);
        switch (style) {
            case TOTAL -> {
                series.setLineWidth(ChartPreferences.lineWidth() + 1);
                series.setLineStyle(LineStyle.SOLID);
                series.setSymbolType(PlotSymbolType.CIRCLE);
                series.setSymbolSize(2);
            }
            case CONTRIBUTION -> {
                series.setLineWidth(ChartPreferences.lineWidth());
                series.setLineStyle(LineStyle.DASH);
                series.setSymbolType(PlotSymbolType.NONE);
            }
            case PINNED -> {
                series.setLineWidth(ChartPreferences.lineWidth());
                series.setSymbolType(PlotSymbolType.NONE);
            }
            case MEASURED -> {
                series.setLineStyle(LineStyle.NONE);
                series.setSymbolType(PlotSymbolType.CROSS);
                series.setSymbolSize(4);
            }
        }
    }

    private List<Chart> charts() {
        return List.of(nyquist, modulus, phase);
    }

    /** Sets the Nyquist ranges so that one ohm is as many pixels on both axes, with the origin in view. */
    void equalAxes() {
        if (nyquist == null || nyquist.isDisposed()) {
            return;
        }
        double minX = 0;
        double maxX = 0;
        double minY = 0;
        double maxY = 0;
        boolean any = false;
        for (ISeries<?> series : nyquist.getSeriesSet().getSeries()) {
            double[] xs = series.getXSeries();
            double[] ys = series.getYSeries();
            for (int i = 0; i < xs.length; i++) {
                minX = Math.min(minX, xs[i]);
                maxX = Math.max(maxX, xs[i]);
                minY = Math.min(minY, ys[i]);
                maxY = Math.max(maxY, ys[i]);
                any = true;
            }
        }
        Point size = nyquist.getPlotArea().getSize();
        if (!any || size.x <= 10 || size.y <= 10) {
            return;
        }
        double spanX = Math.max(maxX - minX, 1e-12) * 1.05;
        double spanY = Math.max(maxY - minY, 1e-12) * 1.05;
        double perPixel = Math.max(spanX / size.x, spanY / size.y);
        double x0 = minX - 0.025 * (maxX - minX);
        double y0 = minY - 0.025 * (maxY - minY);
        nyquist.getAxisSet().getXAxis(0).setRange(new Range(x0, x0 + perPixel * size.x));
        nyquist.getAxisSet().getYAxis(0).setRange(new Range(y0, y0 + perPixel * size.y));
        nyquist.redraw();
    }

    /**
     * Overlays a measured spectrum (drawn as markers without line, never moved along the total) on the Nyquist and
     * Bode plots and adds it to the CSV export; a spectrum with the same label is replaced. Non-finite points and
     * non-positive frequencies are left out. Measured spectra stay until {@link #clearMeasured()}.
     *
     * @param frequency f, Hz
     * @param real      Z', Ω
     * @param imaginary Z'', Ω (negative for capacitive arcs)
     */
    public void showMeasured(String label, double[] frequency, double[] real, double[] imaginary) {
        Curve curve = ImpedanceInput.finite(label, frequency, real, imaginary, new int[1]);
        measured.removeIf(c -> c.label().equals(label));
        measured.add(curve);
        show(input);
    }

    /** Removes every measured spectrum. */
    public void clearMeasured() {
        measured.clear();
        show(input);
    }

    /** The measured spectra overlaid, in the order added. */
    public List<Curve> measured() {
        return List.copyOf(measured);
    }

    /** Whether the Nyquist contributions are moved right so their arcs sit along the total (the default). */
    public boolean isArcsAlongTotal() {
        return shifted;
    }

    public void setArcsAlongTotal(boolean along) {
        shifted = along;
        if (shiftAction != null) {
            shiftAction.setChecked(along);
        }
        if (input != null) {
            show(input);
        }
    }

    /** Ω per pixel on the Nyquist plot's x and y axes; equal when the axes are equal. */
    public double[] nyquistOhmsPerPixel() {
        Point size = nyquist.getPlotArea().getSize();
        Range x = nyquist.getAxisSet().getXAxis(0).getRange();
        Range y = nyquist.getAxisSet().getYAxis(0).getRange();
        return new double[] {(x.upper - x.lower) / size.x, (y.upper - y.lower) / size.y};
    }

    public ImpedanceInput input() {
        return input;
    }

    public Chart nyquistChart() {
        return nyquist;
    }

    public Chart modulusChart() {
        return modulus;
    }

    public Chart phaseChart() {
        return phase;
    }

    /** The Nyquist and Bode tabs. */
    CTabFolder tabs() {
        return tabs;
    }

    /** Selects the Nyquist (0) or Bode (1) tab. */
    public void selectTab(int index) {
        tabs.setSelection(index);
        tabs.getDisplay().asyncExec(this::equalAxes);
    }

    /** Writes the plot of the selected tab (Nyquist, or both Bode charts one above the other). */
    public void exportPng(Path target) throws IOException {
        Charts.png(selectedCharts(), target);
    }

    /** As {@link #exportPng(Path)}, at {@code dpi} dots per inch (96: the size on screen). */
    public void exportPng(Path target, int dpi) throws IOException {
        ChartPicture.png(selectedCharts(), dpi, target);
    }

    /** The plot of the selected tab as an SVG vector picture. */
    public void exportSvg(Path target) throws IOException {
        ChartPicture.svg(selectedCharts(), target);
    }

    private List<Chart> selectedCharts() {
        return tabs.getSelectionIndex() == 1 ? List.of(modulus, phase) : List.of(nyquist);
    }

    /** Writes every plotted point: series, f (Hz), Z' and Z'' (Ω), −Z'' (Ω), |Z| (Ω), phase (°). */
    public void exportCsv(Path target) throws IOException {
        StringBuilder csv = new StringBuilder("series,frequency_Hz,Z_real_ohm,Z_imag_ohm,minus_Z_imag_ohm,"
                + "Z_modulus_ohm,phase_deg,nyquist_shift_ohm\n");
        if (input != null) {
            double[] shifts = input.nyquistShifts();
            List<Curve> curves = input.curves();
            for (int c = 0; c < curves.size(); c++) {
                appendRows(csv, curves.get(c), c == 0 || !shifted ? 0 : shifts[c - 1]);
            }
            for (Curve curve : measured) {
                appendRows(csv, curve, 0);
            }
            for (PinnedRuns.Pin<Curve> pin : pins.others()) {
                appendRows(csv, pin.data(), 0);
            }
        }
        Exports.text(csv.toString(), target);
    }

    private static void appendRows(StringBuilder csv, Curve curve, double shift) {
        double[] f = curve.frequency();
        double[] re = curve.real();
        double[] im = curve.imaginary();
        double[] mod = curve.modulus();
        double[] ph = curve.phaseDegrees();
        for (int i = 0; i < f.length; i++) {
            csv.append(Exports.field(curve.label())).append(String.format(Locale.ROOT,
                    ",%.6e,%.9e,%.9e,%.9e,%.9e,%.6f,%.9e%n", f[i], re[i], im[i], -im[i], mod[i], ph[i], shift));
        }
    }

    @Override
    public void setFocus() {
        tabs.setFocus();
    }
}
