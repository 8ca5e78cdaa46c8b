package org.interphase.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hipparchus.complex.Complex;
import org.interphase.sim.impedance.DrtPeak;
import org.interphase.sim.impedance.DrtResult;
import org.interphase.sim.impedance.FitResult;
import org.interphase.sim.impedance.FittedParameter;
import org.interphase.sim.impedance.KramersKronigResult;
import org.interphase.sim.impedance.LinearKramersKronig;
import org.interphase.sim.impedance.Spectrum;

/**
 * Writes analyses as files: {@code <prefix>fit.csv} (measured and fitted Z with relative residuals),
 * {@code <prefix>kramers-kronig.csv} (the KK model and its residuals), {@code <prefix>drt.csv} (γ over τ), and the
 * report text with the parameters and their standard errors, χ², residual statistics, the KK M and μ, and the DRT
 * peaks with λ and the rule that chose it. Callers write into a folder they claimed (ResultFolder), so that no user
 * file is overwritten.
 */
public final class AnalysisFiles {

    public static final String FIT = "fit.csv";
    public static final String KRAMERS_KRONIG = "kramers-kronig.csv";
    public static final String DRT = "drt.csv";

    private AnalysisFiles() {
    }

    /**
     * Writes the CSV files of {@code results} into {@code folder} (which exists).
     *
     * @param prefix prepended to each file name, e.g. "1-impedance-" in a run's folder, or ""
     * @return the files written
     */
    public static List<Path> writeCsv(AnalysisResults results, Path folder, String prefix) throws IOException {
        List<Path> written = new ArrayList<>();
        if (results.fit().isPresent()) {
            written.add(write(folder.resolve(prefix + FIT), fitRows(results.fit().get())));
        }
        if (results.kramersKronig().isPresent()) {
            written.add(write(folder.resolve(prefix + KRAMERS_KRONIG), kkRows(results)));
        }
        if (results.drt().isPresent()) {
            written.add(write(folder.resolve(prefix + DRT), drtRows(results.drt().get())));
        }
        return written;
    }

    /** The report lines of {@code results}, each indented by {@code indent}. */
    public static List<String> report(AnalysisResults results, String indent) {
        List<String> lines = new ArrayList<>();
        lines.add("Analyses of " + results.source());
        results.fit().ifPresent(fit -> fitReport(fit, lines));
        results.kramersKronig().ifPresent(kk -> kkReport(kk, lines));
        results.drt().ifPresent(drt -> drtReport(drt, lines));
        return lines.stream().map(line -> line.isEmpty() ? line : indent + line).toList();
    }

    private static void fitReport(CircuitFitOutcome outcome, List<String> lines) {
        FitResult fit = outcome.fit();
        lines.add("");
        lines.add("Fit of " + outcome.circuitString() + " (" + outcome.data().size() + " points, "
                + fit.weighting().name().toLowerCase(Locale.ROOT) + " weighting, " + fit.iterations()
                + " iterations):");
        double[] start = outcome.start();
        for (int i = 0; i < fit.parameters().size(); i++) {
            FittedParameter parameter = fit.parameters().get(i);
            String error = parameter.fixed() ? "fixed"
                    : parameter.standardError().isPresent() ? "± " + number(parameter.standardError().getAsDouble())
                            + " (" + String.format(Locale.ROOT, "%.2g",
                                    100 * parameter.standardError().getAsDouble() / parameter.value()) + " %)"
                            : "± not determined (the data do not fix it)";
            lines.add(String.format(Locale.ROOT, "  %-12s = %s %s %s   (start %s)", parameter.name(),
                    number(parameter.value()), parameter.unit(), error, number(start[i])));
        }
        Residuals residuals = Residuals.of(outcome.data(), outcome.curve());
        lines.add("  χ² = " + number(fit.chiSquare()) + ", reduced χ² = " + number(fit.reducedChiSquare())
                + ", residual RMS = " + percent(fit.residualRms()));
        lines.add("  residuals (Z − Z_fit)/|Z|: mean real " + percent(residuals.meanReal) + ", mean imaginary "
                + percent(residuals.meanImaginary) + ", largest " + percent(residuals.largest) + " at "
                + number(residuals.largestAt) + " Hz");
    }

    private static void kkReport(KramersKronigResult kk, List<String> lines) {
        lines.add("");
        lines.add("Linear Kramers–Kronig test (Schönleber et al. 2014): M = " + kk.elementCount() + " RC elements, μ = "
                + String.format(Locale.ROOT, "%.3f", kk.mu()) + " (cut-off " + LinearKramersKronig.DEFAULT_MU_CUTOFF
                + ")" + (kk.seriesCapacitance() ? ", with a series capacitance for the capacitive tail" : ""));
        lines.add("  residual RMS " + percent(kk.residualRms()) + ", largest " + percent(kk.maxResidual())
                + " (threshold " + percent(kk.threshold()) + "): " + (kk.valid() ? "valid, the data are"
                        + " Kramers–Kronig consistent" : "NOT valid: drift, non-linearity or non-stationarity;"
                                + " see the residuals in " + KRAMERS_KRONIG));
    }

    private static void drtReport(DrtResult drt, List<String> lines) {
        lines.add("");
        lines.add("Distribution of relaxation times (Tikhonov, non-negative): λ = " + number(drt.lambda()) + " ("
                + drt.lambdaRule() + ")");
        lines.add("  R∞ = " + number(drt.highFrequencyResistance()) + " Ω, polarisation resistance "
                + number(drt.polarisationResistance()) + " Ω" + (Double.isInfinite(drt.seriesCapacitance()) ? ""
                        : ", series capacitance " + number(drt.seriesCapacitance()) + " F"));
        List<DrtPeak> peaks = drt.peaks();
        lines.add("  " + peaks.size() + (peaks.size() == 1 ? " peak" : " peaks") + ":");
        for (DrtPeak peak : peaks) {
            lines.add("    τ = " + number(peak.tau()) + " s (f = " + number(peak.frequency()) + " Hz), R = "
                    + number(peak.resistance()) + " Ω");
        }
    }

    private static List<String> fitRows(CircuitFitOutcome outcome) {
        List<String> rows = new ArrayList<>(List.of("frequency_Hz,Z_real_ohm,Z_imag_ohm,fit_Z_real_ohm,fit_Z_imag_ohm,"
                + "residual_real,residual_imag"));
        Spectrum data = outcome.data();
        for (int i = 0; i < data.size(); i++) {
            Complex z = data.impedance(i);
            Complex fit = outcome.curve().impedance(i);
            rows.add(join(data.frequency(i), z.getReal(), z.getImaginary(), fit.getReal(), fit.getImaginary(),
                    (z.getReal() - fit.getReal()) / z.norm(), (z.getImaginary() - fit.getImaginary()) / z.norm()));
        }
        return rows;
    }

    private static List<String> kkRows(AnalysisResults results) {
        KramersKronigResult kk = results.kramersKronig().orElseThrow();
        List<String> rows = new ArrayList<>(List.of("frequency_Hz,kk_Z_real_ohm,kk_Z_imag_ohm,residual_real,"
                + "residual_imag"));
        double[] real = kk.realResiduals();
        double[] imaginary = kk.imaginaryResiduals();
        for (int i = 0; i < kk.fit().size(); i++) {
            Complex z = kk.fit().impedance(i);
            rows.add(join(kk.fit().frequency(i), z.getReal(), z.getImaginary(), real[i], imaginary[i]));
        }
        return rows;
    }

    private static List<String> drtRows(DrtResult drt) {
        List<String> rows = new ArrayList<>(List.of("tau_s,frequency_Hz,gamma_ohm"));
        double[] tau = drt.timeConstants();
        double[] gamma = drt.gamma();
        for (int k = 0; k < tau.length; k++) {
            rows.add(join(tau[k], 1 / (2 * Math.PI * tau[k]), gamma[k]));
        }
        return rows;
    }

    private static Path write(Path file, List<String> rows) throws IOException {
        return Files.write(file, rows, StandardCharsets.UTF_8);
    }

    private static String join(double... values) {
        StringBuilder row = new StringBuilder();
        for (double value : values) {
            row.append(row.isEmpty() ? "" : ",").append(String.format(Locale.ROOT, "%.9g", value));
        }
        return row.toString();
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f %%", 100 * fraction);
    }

    /** Mean and largest relative residual of a fit. */
    private record Residuals(double meanReal, double meanImaginary, double largest, double largestAt) {

        static Residuals of(Spectrum data, Spectrum fit) {
            double real = 0;
            double imaginary = 0;
            double largest = 0;
            double at = data.frequency(0);
            for (int i = 0; i < data.size(); i++) {
                Complex z = data.impedance(i);
                Complex difference = z.subtract(fit.impedance(i));
                real += difference.getReal() / z.norm();
                imaginary += difference.getImaginary() / z.norm();
                double size = Math.max(Math.abs(difference.getReal()), Math.abs(difference.getImaginary())) / z.norm();
                if (size > largest) {
                    largest = size;
                    at = data.frequency(i);
                }
            }
            return new Residuals(real / data.size(), imaginary / data.size(), largest, at);
        }
    }
}
