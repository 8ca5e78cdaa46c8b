package org.interphase.ui.measured;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swtchart.Chart;
import org.interphase.analysis.AnalysisException;
import org.interphase.analysis.ImpedanceAnalysis;
import org.interphase.sim.impedance.KramersKronigResult;
import org.interphase.sim.impedance.LinearKramersKronig;
import org.interphase.sim.impedance.Spectrum;

/**
 * The linear Kramers–Kronig test of the measured spectrum: real and imaginary residuals relative to |Z| in % against
 * frequency, and a status line with M, μ and whether the spectrum passes. M is found automatically, or chosen; the test
 * runs again when it changes.
 */
public final class KramersKronigView extends MeasuredAnalysisView<KramersKronigResult> {

    public static final String ID = "org.interphase.ui.measured.kramersKronig";
    static final String REAL = "Z' residual";
    static final String IMAGINARY = "Z'' residual";

    private Chart residuals;
    private Button automatic;
    private Spinner elements;
    /** M as the controls ask for it, read by the background job: empty for the first M whose μ is at the cut-off. */
    private volatile OptionalInt asked = OptionalInt.empty();

    @Override
    protected String analysisName() {
        return "Kramers–Kronig test";
    }

    @Override
    protected String exportName() {
        return "kramers-kronig-residuals";
    }

    /** M: automatic (the first M whose μ is at or below the cut-off), or the number of RC elements chosen. */
    @Override
    protected void createControls(Composite parent) {
        Composite row = controlRow(parent, 3);
        automatic = new Button(row, SWT.CHECK);
        automatic.setText(String.format(Locale.ROOT, "M automatic (the first with μ ≤ %.2f)",
                LinearKramersKronig.DEFAULT_MU_CUTOFF));
        automatic.setSelection(true);
        new Label(row, SWT.NONE).setText("RC elements M:");
        elements = new Spinner(row, SWT.BORDER);
        elements.setValues(1, 1, LinearKramersKronig.DEFAULT_MAX_ELEMENTS, 0, 1, 5);
        elements.setEnabled(false);
        automatic.addListener(SWT.Selection, e -> changed());
        elements.addListener(SWT.Selection, e -> changed());
    }

    /** Runs the test again with the M the controls now ask for. */
    private void changed() {
        elements.setEnabled(!automatic.getSelection());
        asked = automatic.getSelection() ? OptionalInt.empty() : OptionalInt.of(elements.getSelection());
        reanalyse();
    }

    @Override
    protected void createCharts(Composite column) {
        residuals = addChart(column, "Frequency / Hz", "Residual / % of |Z|");
    }

    @Override
    protected KramersKronigResult compute(Spectrum spectrum) throws AnalysisException {
        return ImpedanceAnalysis.kramersKronig(spectrum, asked);
    }

    @Override
    protected void present(String label, KramersKronigResult result) {
        startContent("Kramers–Kronig residuals of " + label, status(result));
        // The M found automatically is where a manual choice starts from.
        if (automatic.getSelection()) {
            elements.setSelection(result.elementCount());
        }
        double[] frequency = result.fit().frequencies();
        addLine(residuals, REAL, frequency, percent(result.realResiduals()), new RGB(0, 114, 178));
        addLine(residuals, IMAGINARY, frequency, percent(result.imaginaryResiduals()), new RGB(213, 94, 0));
        logX(residuals);
    }

    /** M, μ against its cut-off, the residuals against their threshold and the verdict, in one line. */
    static String status(KramersKronigResult result) {
        double cutoff = LinearKramersKronig.DEFAULT_MU_CUTOFF;
        String mu = result.mu() <= cutoff
                ? String.format(Locale.ROOT, "μ = %.3f at or below the cut-off %.2f", result.mu(), cutoff)
                : String.format(Locale.ROOT, "μ = %.3f above the cut-off %.2f (M is at its limit: the fit may"
                        + " over-fit the noise)", result.mu(), cutoff);
        String verdict = result.valid()
                ? "passes: the spectrum is consistent with Kramers–Kronig (linear, causal, stable)"
                : "fails: residuals above the threshold point to drift, non-linearity or an instrument artefact;"
                        + " look at where in frequency they leave the band";
        return String.format(Locale.ROOT, "M = %d RC elements%s, %s; largest residual %.2f %% (threshold %.1f %%),"
                + " RMS %.2f %%. The test %s.", result.elementCount(),
                result.seriesCapacitance() ? " and a series capacitance" : "", mu, 100 * result.maxResidual(),
                100 * result.threshold(), 100 * result.residualRms(), verdict);
    }

    /** The check box for an automatic M, for tests that click it. */
    Button automaticControl() {
        return automatic;
    }

    /** The spinner for M, for tests that set it. */
    Spinner elementsControl() {
        return elements;
    }

    private static double[] percent(double[] fractions) {
        return Arrays.stream(fractions).map(f -> 100 * f).toArray();
    }
}
