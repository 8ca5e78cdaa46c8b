package org.interphase.ui.measured;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.interphase.analysis.AnalysisException;
import org.interphase.analysis.ImpedanceAnalysis;
import org.interphase.sim.impedance.KramersKronigResult;
import org.interphase.sim.impedance.LinearKramersKronig;
import org.interphase.sim.impedance.Spectrum;

/**
 * The linear Kramers–Kronig test of the measured spectrum: real and imaginary residuals relative to |Z| in % against
 * frequency, and a status line with M, μ and whether the spectrum passes.
 */
public final class KramersKronigView extends MeasuredAnalysisView<KramersKronigResult> {

    public static final String ID = "org.interphase.ui.measured.kramersKronig";
    static final String REAL = "Z' residual";
    static final String IMAGINARY = "Z'' residual";

    private Chart residuals;

    @Override
    protected String analysisName() {
        return "Kramers–Kronig test";
    }

    @Override
    protected String exportName() {
        return "kramers-kronig-residuals";
    }

    @Override
    protected void createCharts(Composite column) {
        residuals = addChart(column, "Frequency / Hz", "Residual / % of |Z|");
    }

    @Override
    protected KramersKronigResult compute(Spectrum spectrum) throws AnalysisException {
        return ImpedanceAnalysis.kramersKronig(spectrum, OptionalInt.empty());
    }

    @Override
    protected void present(String label, KramersKronigResult result) {
        startContent("Kramers–Kronig residuals of " + label, status(result));
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

    private static double[] percent(double[] fractions) {
        return Arrays.stream(fractions).map(f -> 100 * f).toArray();
    }
}
