package org.interphase.ui.views;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxis.Position;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.LineStyle;
import org.interphase.analysis.CRates;
import org.interphase.analysis.CycleCapacity;
import org.interphase.analysis.CyclingComparison;
import org.interphase.analysis.CyclingComparisons;
import org.interphase.analysis.CyclingCurves;
import org.interphase.analysis.GalvanostaticSeries;
import org.interphase.analysis.HalfCycle;
import org.interphase.model.run.CycleRecord;
import org.interphase.model.run.CyclingResult;
import org.interphase.ui.InterphaseIds;

/**
 * Galvanostatic cycling of a full cell as a cycler shows it: voltage against capacity for chosen cycles (charge
 * solid, discharge dashed, one colour per cycle, each half-cycle counted from zero), and discharge capacity and
 * coulombic efficiency against cycle number, and the nominal and effective C-rate of each cycle's charge and discharge
 * (as the run's -c-rates.csv lists them). Capacities are specific (mAh/g) when the cathode mass is known. A measured
 * cycler export the run names is overlaid as crosses and compared; pinned runs are drawn beside the run shown.
 */
public class CyclingView extends RunResultView<CyclingResult> {

    public static final String ID = InterphaseIds.CYCLING_VIEW;

    /** Series ids of the per-cycle chart. */
    public static final String DISCHARGE_CAPACITY = "discharge capacity";
    public static final String EFFICIENCY = "coulombic efficiency";

    /** Series ids of the C-rate chart. */
    public static final String NOMINAL_CHARGE = "nominal charge C-rate";
    public static final String EFFECTIVE_CHARGE = "effective charge C-rate";
    public static final String NOMINAL_DISCHARGE = "nominal discharge C-rate";
    public static final String EFFECTIVE_DISCHARGE = "effective discharge C-rate";

    private Chart voltage;
    private Chart perCycle;
    private Chart rates;
    private int efficiencyAxis;
    private Text cyclesText;
    private Label cyclesHint;
    private CyclingResult result;
    private String title = "";
    private List<Integer> chosen = List.of();
    private final PinnedRuns<CyclingResult> pins = new PinnedRuns<>(this::redraw);
    private MeasuredRunData measured;
    private CyclingComparison comparison;

    /** Colour of the measured overlay on the per-cycle chart, one the palette of the cycles does not use. */
    private static final RGB MEASURED = new RGB(200, 0, 0);

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        pins.addActions(getViewSite().getActionBars().getToolBarManager());
        getViewSite().getActionBars().updateActionBars();
    }

    @Override
    protected String emptyMessage() {
        return "No cycling to show: run Simulate on an experiment with a cycling measurement.";
    }

    @Override
    protected String exportName() {
        return "cycling";
    }

    @Override
    protected void createControls(Composite parent) {
        super.createControls(parent);
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        row.setLayout(new GridLayout(3, false));
        new Label(row, SWT.NONE).setText("Cycles to plot (e.g. 1,2,50,100 or 1-5), Enter to apply:");
        cyclesText = new Text(row, SWT.BORDER | SWT.SINGLE);
        GridData text = new GridData(SWT.FILL, SWT.CENTER, false, false);
        text.widthHint = 200;
        cyclesText.setLayoutData(text);
        cyclesText.addListener(SWT.DefaultSelection, e -> applyCyclesText());
        cyclesHint = new Label(row, SWT.NONE);
        cyclesHint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    @Override
    protected void createCharts(Composite column) {
        voltage = addChart(column, "Capacity (mAh)", "Voltage (V)");
        perCycle = addChart(column, "Cycle", "Discharge capacity (mAh)");
        efficiencyAxis = perCycle.getAxisSet().createYAxis();
        IAxis ce = perCycle.getAxisSet().getYAxis(efficiencyAxis);
        ce.setPosition(Position.Secondary);
        ce.getTitle().setText("Coulombic efficiency (%)");
        rates = addChart(column, "Cycle", "C-rate (C)");
    }

    /** Draws a cycling result with the default cycles. */
    @Override
    void draw(String runTitle, String runName, CyclingResult cycling) {
        if (cycling != result) {
            measured = null;
            comparison = null;
        }
        pins.show(runName, cycling);
        result = cycling;
        title = runTitle;
        if (cycling == null || cycling.getCycles().isEmpty()) {
            showMessage(cycling == null ? emptyMessage()
                    : "The cycling run " + cycling.getLabel() + " finished no cycle; check its protocol and limits.");
            return;
        }
        showCycles(HalfCycles.defaultCycles(cycling.getCycles().size()));
    }

    /**
     * Overlays the measured file the shown run names (drawn as crosses: discharge capacity per cycle, and the chosen
     * cycles' voltage curves) and compares the run with it; a file that could not be read is named in the status line.
     */
    @Override
    void showMeasured(MeasuredRunData data) {
        measured = data;
        comparison = data.series() == null ? null : CyclingComparisons.cycling(result.getLabel(), data.label(),
                HalfCycles.series(result), data.series());
        redraw();
    }

    /** The comparison with the measured file overlaid, or null if none is. */
    public CyclingComparison comparison() {
        return comparison;
    }

    /** The runs pinned in this view. */
    public PinnedRuns<CyclingResult> pins() {
        return pins;
    }

    /** The series id of the measured overlay's discharge capacity per cycle, e.g. "cell.csv (measured)". */
    public String measuredSeriesId() {
        return measured == null ? null : measured.label();
    }

    /** Plots the voltage curves of these cycles (1-based; others are ignored). */
    public void showCycles(List<Integer> cycles) {
        if (result == null) {
            return;
        }
        chosen = List.copyOf(cycles);
        cyclesText.setText(chosen.stream().map(String::valueOf).collect(Collectors.joining(",")));
        cyclesHint.setText("of " + result.getCycles().size() + " cycles");
        draw();
    }

    /** The cycles whose voltage curves are plotted. */
    public List<Integer> chosenCycles() {
        return chosen;
    }

    public CyclingResult result() {
        return result;
    }

    /** Whether capacities are per gram of cathode active material (mAh/g) rather than mAh. */
    public boolean isSpecific() {
        return result != null && result.getCathodeMass() > 0 && Double.isFinite(result.getCathodeMass());
    }

    /** The factor from A h to the plotted capacity unit (mAh/g or mAh). */
    public double capacityScale() {
        // A h / kg equals mAh / g
        return isSpecific() ? 1 / result.getCathodeMass() : 1000;
    }

    /** The series id of one half-cycle's voltage curve, e.g. "cycle 2 discharge". */
    public static String seriesId(int cycle, boolean charge) {
        return "cycle " + cycle + (charge ? " charge" : " discharge");
    }

    private void applyCyclesText() {
        try {
            showCycles(HalfCycles.parse(cyclesText.getText(), result == null ? 0 : result.getCycles().size()));
        } catch (IllegalArgumentException e) {
            cyclesHint.setText(e.getMessage());
            cyclesHint.getParent().layout();
        }
    }

    private void redraw() {
        if (result != null && !result.getCycles().isEmpty()) {
            draw();
        }
    }

    private void draw() {
        String unit = isSpecific() ? "mAh/g" : "mAh";
        double scale = capacityScale();
        startContent(title, result.getLabel() + " of " + result.getCell() + ": " + result.getCycles().size()
                + " cycles; top: charge (solid) and discharge (dashed) of the chosen cycles, each from zero capacity;"
                + " middle: discharge capacity and coulombic efficiency per cycle; bottom: nominal (solid) and"
                + " effective (dashed) C-rate of each charge and discharge."
                + (pins.comparing() ? " Pinned runs: discharge only, one line style each." : "")
                + (measured == null ? "" : measured.describe(comparison == null ? "" : comparison.summary())));
        voltage.getTitle().setText(title + " — voltage vs capacity");
        voltage.getAxisSet().getXAxis(0).getTitle().setText("Capacity (" + unit + ")");
        for (HalfCycle half : HalfCycles.of(result, chosen)) {
            String id = seriesId(half.cycle(), half.charge());
            if (voltage.getSeriesSet().getSeries(id) != null) {
                continue; // a second charge of the same cycle (after a rest) continues the first curve's colour
            }
            ILineSeries<?> series = Charts.envelopeLine(voltage, id, scaled(half.capacity(), scale), half.voltage(),
                    Palette.indexed(chosen.indexOf(half.cycle())));
            series.setLineStyle(half.charge() ? LineStyle.SOLID : LineStyle.DASH);
        }

        perCycle.getTitle().setText(title + " — capacity and coulombic efficiency per cycle");
        perCycle.getAxisSet().getYAxis(0).getTitle().setText("Discharge capacity (" + unit + ")");
        List<CycleRecord> cycles = result.getCycles();
        double[] number = new double[cycles.size()];
        double[] discharge = new double[cycles.size()];
        double[] efficiency = new double[cycles.size()];
        for (int i = 0; i < cycles.size(); i++) {
            CycleRecord cycle = cycles.get(i);
            number[i] = cycle.getNumber();
            discharge[i] = cycle.getDischargeCapacity() * scale;
            // a cycle without charge has CE 0 by the model's convention: not a measured efficiency
            efficiency[i] = cycle.getChargeCapacity() > 0 ? cycle.getCoulombicEfficiency() * 100 : Double.NaN;
        }
        ILineSeries<?> capacity = Charts.line(perCycle, DISCHARGE_CAPACITY, number, discharge, new RGB(0, 114, 178));
        capacity.setSymbolType(PlotSymbolType.CIRCLE);
        capacity.setSymbolSize(3);
        ILineSeries<?> ce = Charts.line(perCycle, EFFICIENCY, number, efficiency, new RGB(213, 94, 0));
        ce.setYAxisId(efficiencyAxis);
        ce.setSymbolType(PlotSymbolType.TRIANGLE);
        ce.setSymbolSize(3);
        ce.setLineStyle(LineStyle.DOT);
        if (pins.comparing()) {
            capacity.setDescription(pins.shownName() + " — " + DISCHARGE_CAPACITY);
        }
        drawCRates(number);
        drawMeasured(scale);
        for (PinnedRuns.Pin<CyclingResult> pin : pins.others()) {
            drawPinned(pin, unit);
        }
        finishContent();
    }

    /** Every cycle's nominal and effective C-rates of a run, as its -c-rates.csv lists them. */
    public static List<CRates> cRates(CyclingResult run) {
        GalvanostaticSeries series = HalfCycles.series(run);
        return CRates.of(series.time(), series.current(), series.cycle(), run.getCycles().stream()
                .map(c -> new CRates.Passed(c.getNumber(), c.getChargeCapacity(), c.getDischargeCapacity())).toList(),
                run.getNominalCapacity());
    }

    /** The C-rates per cycle; a cycle without charge or discharge has no point for it. */
    private void drawCRates(double[] number) {
        rates.getTitle().setText(title + " — C-rate per cycle");
        List<CRates> each = cRates(result);
        rate(NOMINAL_CHARGE, number, each, CRates::nominalCharge, new RGB(0, 158, 115), LineStyle.SOLID);
        rate(EFFECTIVE_CHARGE, number, each, CRates::effectiveCharge, new RGB(0, 158, 115), LineStyle.DASH);
        rate(NOMINAL_DISCHARGE, number, each, CRates::nominalDischarge, new RGB(0, 114, 178), LineStyle.SOLID);
        rate(EFFECTIVE_DISCHARGE, number, each, CRates::effectiveDischarge, new RGB(0, 114, 178), LineStyle.DASH);
    }

    private void rate(String id, double[] number, List<CRates> each, Function<CRates, OptionalDouble> rate,
            RGB colour, LineStyle style) {
        // NaN where a cycle has none: Charts.line leaves such points out
        double[] values = each.stream().mapToDouble(c -> rate.apply(c).orElse(Double.NaN)).toArray();
        ILineSeries<?> series = Charts.line(rates, id, number, values, colour);
        series.setLineStyle(style);
        series.setSymbolType(PlotSymbolType.CIRCLE);
        series.setSymbolSize(3);
    }

    /** The measured discharge capacity per cycle and the chosen cycles' curves, as crosses. */
    private void drawMeasured(double scale) {
        if (comparison == null) {
            return;
        }
        List<CycleCapacity> cycles = comparison.measuredCycles();
        double[] number = cycles.stream().mapToDouble(CycleCapacity::cycle).toArray();
        double[] discharge = cycles.stream().mapToDouble(c -> c.dischargeAh() * scale).toArray();
        crosses(Charts.line(perCycle, measured.label(), number, discharge, MEASURED));
        boolean legend = true;
        for (HalfCycle half : CyclingCurves.halfCycles(comparison.measured(), chosen)) {
            String id = seriesId(half.cycle(), half.charge()) + " (measured)";
            if (voltage.getSeriesSet().getSeries(id) == null) {
                ILineSeries<?> series = crosses(Charts.envelopeLine(voltage, id, scaled(half.capacity(), scale),
                        half.voltage(), Palette.indexed(chosen.indexOf(half.cycle()))));
                series.setVisibleInLegend(legend);
                series.setDescription(measured.label());
                legend = false;
            }
        }
    }

    /**
     * A pinned run: its discharge capacity per cycle, and the discharges of the chosen cycles it has, in its own
     * colour and line style; one legend entry per chart names it.
     */
    private void drawPinned(PinnedRuns.Pin<CyclingResult> pin, String unit) {
        CyclingResult other = pin.data();
        boolean specific = other.getCathodeMass() > 0 && Double.isFinite(other.getCathodeMass());
        if (specific != isSpecific() || other.getCycles().isEmpty()) {
            return; // mAh/g and mAh do not share an axis
        }
        double scale = specific ? 1 / other.getCathodeMass() : 1000;
        double[] number = other.getCycles().stream().mapToDouble(CycleRecord::getNumber).toArray();
        double[] discharge = other.getCycles().stream().mapToDouble(c -> c.getDischargeCapacity() * scale).toArray();
        ILineSeries<?> perRun = Charts.line(perCycle, pin.name() + " — " + DISCHARGE_CAPACITY, number, discharge,
                pins.colour(pin));
        perRun.setLineStyle(pins.style(pin));
        perRun.setDescription(pin.name() + " (" + unit + ")");
        boolean legend = true;
        for (HalfCycle half : HalfCycles.of(other, chosen)) {
            String id = pin.name() + " — " + seriesId(half.cycle(), half.charge());
            if (half.charge() || voltage.getSeriesSet().getSeries(id) != null) {
                continue;
            }
            ILineSeries<?> series = Charts.envelopeLine(voltage, id, scaled(half.capacity(), scale), half.voltage(),
                    pins.colour(pin));
            series.setLineStyle(pins.style(pin));
            series.setDescription(pin.name());
            series.setVisibleInLegend(legend);
            legend = false;
        }
    }

    private static ILineSeries<?> crosses(ILineSeries<?> series) {
        series.setLineStyle(LineStyle.NONE);
        series.setSymbolType(PlotSymbolType.CROSS);
        series.setSymbolSize(3);
        return series;
    }

    private static double[] scaled(double[] values, double scale) {
        double[] result = values.clone();
        for (int i = 0; i < result.length; i++) {
            result[i] *= scale;
        }
        return result;
    }
}
