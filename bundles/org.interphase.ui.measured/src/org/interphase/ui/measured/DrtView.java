package org.interphase.ui.measured;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.interphase.analysis.AnalysisException;
import org.interphase.analysis.ImpedanceAnalysis;
import org.interphase.sim.impedance.DrtPeak;
import org.interphase.sim.impedance.DrtResult;
import org.interphase.sim.impedance.Spectrum;

/**
 * The distribution of relaxation times of the measured spectrum: γ against τ on a log axis with its peaks marked,
 * each labelled with its τ and resistance, and a status line with λ and the rule that chose it. λ may be typed
 * instead; the DRT runs again with it.
 */
public final class DrtView extends MeasuredAnalysisView<DrtResult> {

    public static final String ID = "org.interphase.ui.measured.drt";
    static final String GAMMA = "γ(τ)";
    static final String PEAKS = "peaks";

    private Chart distribution;
    private Text lambdaText;
    private Label lambdaHint;
    /** λ as the control asks for it, read by the background job: empty for the discrepancy rule. */
    private volatile OptionalDouble lambda = OptionalDouble.empty();
    private List<DrtPeak> peaks = List.of();

    @Override
    protected String analysisName() {
        return "Distribution of Relaxation Times";
    }

    @Override
    protected String exportName() {
        return "distribution-of-relaxation-times";
    }

    /** λ: empty for the rule that chooses it, or a positive number; Enter runs the DRT again. */
    @Override
    protected void createControls(Composite parent) {
        Composite row = controlRow(parent, 3);
        new Label(row, SWT.NONE).setText("Regularisation λ (empty: chosen by the discrepancy rule), Enter to apply:");
        lambdaText = new Text(row, SWT.BORDER | SWT.SINGLE);
        GridData text = new GridData(SWT.FILL, SWT.CENTER, false, false);
        text.widthHint = 120;
        lambdaText.setLayoutData(text);
        lambdaText.addListener(SWT.DefaultSelection, e -> applyLambda());
        lambdaHint = new Label(row, SWT.NONE);
        lambdaHint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    /** Runs the DRT again with the λ typed, or says why it cannot be used. */
    private void applyLambda() {
        String typed = lambdaText.getText().strip();
        if (typed.isEmpty()) {
            lambda = OptionalDouble.empty();
        } else {
            double value;
            try {
                value = Double.parseDouble(typed);
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!(value > 0) || Double.isInfinite(value)) {
                lambdaHint.setText("λ must be a positive number, e.g. 1e-3; '" + typed + "' is not");
                lambdaHint.getParent().layout();
                return;
            }
            lambda = OptionalDouble.of(value);
        }
        lambdaHint.setText("");
        reanalyse();
    }

    @Override
    protected void createCharts(Composite column) {
        distribution = addChart(column, "Time constant τ / s", "γ / Ω");
        distribution.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent e) {
                labelPeaks(e.gc);
            }
        });
    }

    @Override
    protected DrtResult compute(Spectrum spectrum) throws AnalysisException {
        return ImpedanceAnalysis.drt(spectrum, lambda);
    }

    @Override
    protected void present(String label, DrtResult result) {
        peaks = result.peaks();
        startContent("Distribution of relaxation times of " + label, status(result));
        addLine(distribution, GAMMA, result.timeConstants(), result.gamma(), new RGB(0, 114, 178));
        ILineSeries<?> marked = addLine(distribution, PEAKS, peaks.stream().mapToDouble(DrtPeak::tau).toArray(),
                peaks.stream().mapToDouble(DrtPeak::gamma).toArray(), new RGB(213, 94, 0));
        marked.setLineStyle(LineStyle.NONE);
        marked.setSymbolType(PlotSymbolType.CIRCLE);
        marked.setSymbolSize(5);
        logX(distribution);
    }

    /** Leaves room above the highest peak for its label. */
    @Override
    protected void finishContent() {
        super.finishContent();
        IAxis y = distribution.getAxisSet().getYAxis(0);
        y.setRange(new Range(y.getRange().lower, y.getRange().upper * 1.2));
        distribution.redraw();
    }

    /** The λ field, for tests that type into it. */
    Text lambdaControl() {
        return lambdaText;
    }

    /** Why the λ typed was not used; empty when it was. */
    String lambdaHint() {
        return lambdaHint.getText();
    }

    /** The label drawn above each peak: its τ and resistance. */
    static String label(DrtPeak peak) {
        return String.format(Locale.ROOT, "τ = %.3g s, R = %.3g Ω", peak.tau(), peak.resistance());
    }

    /** The labels of the peaks shown, in ascending τ. */
    List<String> peakLabels() {
        return result() == null ? List.of() : peaks.stream().map(DrtView::label).toList();
    }

    static String status(DrtResult result) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "λ = %.3g (%s); R∞ = %.3g Ω, polarisation resistance %.3g Ω; ", result.lambda(),
                result.lambdaRule(), result.highFrequencyResistance(), result.polarisationResistance()));
        List<DrtPeak> found = result.peaks();
        text.append(found.size() == 1 ? "1 peak" : found.size() + " peaks");
        for (DrtPeak peak : found) {
            text.append(String.format(Locale.ROOT, "; τ = %.3g s (%.3g Hz), R = %.3g Ω", peak.tau(),
                    peak.frequency(), peak.resistance()));
        }
        return text.append('.').toString();
    }

    private void labelPeaks(GC gc) {
        if (result() == null) {
            return;
        }
        IAxis x = distribution.getAxisSet().getXAxis(0);
        IAxis y = distribution.getAxisSet().getYAxis(0);
        int width = distribution.getPlotArea().getSize().x;
        gc.setForeground(distribution.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        for (DrtPeak peak : peaks) {
            String text = label(peak);
            Point size = gc.textExtent(text);
            int px = x.getPixelCoordinate(peak.tau()) - size.x / 2;
            int py = y.getPixelCoordinate(peak.gamma()) - size.y - 6;
            gc.drawText(text, Math.max(0, Math.min(px, width - size.x)), Math.max(0, py), true);
        }
    }
}
