package org.interphase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.sim.impedance.Circuit;
import org.interphase.sim.impedance.FrequencySweep;
import org.interphase.sim.impedance.Spectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code interphase fit}, {@code kk} and {@code drt} on issue 15's synthetic spectrum (R0 + R1∥CPE1 + R2∥CPE2 + Wo1,
 * 1 % seeded noise) written as a BioLogic .mpt file, as a user would run them.
 */
class AnalysisCommandsTest {

    private static final String CIRCUIT = "R0-p(R1,CPE1)-p(R2,CPE2)-Wo1";
    /** R0, R1, CPE1_Q, CPE1_alpha, R2, CPE2_Q, CPE2_alpha, Wo1_Z0, Wo1_tau: arcs at 10 µs and 1 ms, diffusion 10 s. */
    private static final double[] TRUTH = {20, 100, Math.pow(1e-5, 0.9) / 100, 0.9, 400, Math.pow(1e-3, 0.85) / 400,
            0.85, 200, 10};
    private static final String[] NAMES = {"R0", "R1", "CPE1_Q", "CPE1_alpha", "R2", "CPE2_Q", "CPE2_alpha", "Wo1_Z0",
            "Wo1_tau"};

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void fitRecoversEveryParameterWithinTwoPercentAndWritesCurveAndReport() throws Exception {
        Path mpt = mpt(spectrum(0));
        StringBuilder start = new StringBuilder();
        for (int i = 0; i < TRUTH.length; i++) {
            start.append(start.isEmpty() ? "" : ",").append(offStart(i));
        }
        Path results = folder.resolve("fit");
        assertEquals(0, run("fit", mpt.toString(), "--circuit", CIRCUIT, "--initial", start.toString(), "--out",
                results.toString()), err());
        String report = Files.readString(results.resolve("report.txt"));
        assertFitted(report, "  ");
        assertTrue(report.contains("reduced χ² = "), report);
        List<String> curve = Files.readAllLines(results.resolve("fit.csv"));
        assertEquals("frequency_Hz,Z_real_ohm,Z_imag_ohm,fit_Z_real_ohm,fit_Z_imag_ohm,residual_real,residual_imag",
                curve.get(0));
        assertEquals(91 + 1, curve.size());
    }

    @Test
    void anExperimentThatAsksForTheAnalysesWritesThemWithItsRun() throws Exception {
        Path cell = experiment("kramers-kronig\n    drt");
        Path results = folder.resolve("results");

        assertEquals(0, run("simulate", cell.toString(), "--out", results.toString()), err());

        List<String> fit = Files.readAllLines(results.resolve("1-impedance-fit.csv"));
        assertEquals(91 + 1, fit.size(), "the measured points, not the simulated ones");
        assertTrue(Files.readAllLines(results.resolve("1-impedance-kramers-kronig.csv")).get(0)
                .startsWith("frequency_Hz,"));
        assertTrue(Files.readAllLines(results.resolve("1-impedance-drt.csv")).get(0).startsWith("tau_s,"));
        String report = Files.readString(results.resolve("report.txt"));
        assertTrue(report.contains("  Analyses of data/eis.csv"), report);
        assertFitted(report, "    ");
        assertTrue(report.contains("valid, the data are Kramers–Kronig consistent"), report);
        assertTrue(peakNear(report, 1e-5, 100) && peakNear(report, 1e-3, 400), report);
    }

    @Test
    void theAnalysisCommandsTakeTheSettingsOfTheExperimentsClauses() throws Exception {
        String cell = experiment("kramers-kronig 25 elements\n    drt lambda 0.001").toString();

        Path fit = folder.resolve("fit");
        assertEquals(0, run("fit", cell, "--experiment", "Eis", "--out", fit.toString()), err());
        assertFitted(Files.readString(fit.resolve("report.txt")), "  ");
        assertEquals(0, run("kk", cell, "--experiment", "Eis", "--out", folder.resolve("kk").toString()), err());
        assertTrue(out().contains("M = 25 RC elements"), out());
        assertEquals(0, run("kk", cell, "--experiment", "Eis", "--m", "30", "--out", folder.resolve("kk30")
                .toString()), err());
        assertTrue(out().contains("M = 30 RC elements"), "the command line wins: " + out());
        assertEquals(0, run("drt", cell, "--experiment", "Eis", "--out", folder.resolve("drt").toString()), err());
        assertTrue(out().contains("λ = 0.001000 (given)"), out());
    }

    @Test
    void theGarnetExampleRecoversTheValuesItsSyntheticSpectrumWasMadeWith() throws Exception {
        Path results = folder.resolve("garnet");
        assertEquals(0, run("simulate", Path.of(System.getProperty("interphase.examples"))
                .resolve("oxides-on-garnet/oxides-on-garnet.iph").toString(), "--experiment",
                "BareGarnetSpectrumAnalyses", "--out", results.toString()), err());
        // The values of the data file's header, the same circuit as TRUTH.
        assertFitted(Files.readString(results.resolve("report.txt")), "    ");
        assertTrue(Files.isRegularFile(results.resolve("1-impedance-drt.csv")));
    }

    @Test
    void kkPassesTheSpectrumAndFailsItWithDrift() throws Exception {
        assertEquals(0, run("kk", mpt(spectrum(0)).toString(), "--out", folder.resolve("clean").toString()), err());
        assertTrue(out().contains("valid, the data are Kramers–Kronig consistent"), out());
        assertEquals(1, run("kk", mpt(spectrum(0.2)).toString(), "--out", folder.resolve("drift").toString()), err());
        assertTrue(out().contains("NOT valid"), out());
        assertTrue(Files.readAllLines(folder.resolve("drift").resolve("kramers-kronig.csv")).get(0)
                .startsWith("frequency_Hz,"));
    }

    @Test
    void drtReportsTwoArcsAndTheRuleOfItsLambda() throws Exception {
        Path results = folder.resolve("drt");
        assertEquals(0, run("drt", mpt(spectrum(0)).toString(), "--out", results.toString()), err());
        String report = Files.readString(results.resolve("report.txt"));
        assertTrue(report.contains("(discrepancy: "), report);
        assertTrue(peakNear(report, 1e-5, 100), report);
        assertTrue(peakNear(report, 1e-3, 400), report);
    }

    @Test
    void aCircuitErrorNamesItsColumnAndExitsWithOne() throws Exception {
        assertEquals(1, run("fit", mpt(spectrum(0)).toString(), "--circuit", "R0-p(R1,CPE1", "--out",
                folder.resolve("bad").toString()), err());
        assertTrue(err().contains("column 4"), err());
        assertTrue(!Files.exists(folder.resolve("bad")), "nothing is written");
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertEquals(2, run("drt", folder.resolve("nowhere.mpt").toString()), err());
        assertTrue(err().contains("nowhere.mpt is not a file"), err());
    }

    /** Every parameter of TRUTH in the report's fit lines (indented by {@code indent}) within 2 %, with its error. */
    private static void assertFitted(String report, String indent) {
        for (int i = 0; i < TRUTH.length; i++) {
            Matcher value = Pattern.compile("(?m)^" + indent + NAMES[i] + " +=\\s+(\\S+) \\S+ ± \\S+")
                    .matcher(report);
            assertTrue(value.find(), NAMES[i] + " with its standard error in\n" + report);
            assertEquals(TRUTH[i], Double.parseDouble(value.group(1)), 0.02 * TRUTH[i], NAMES[i]);
        }
    }

    /** A DRT peak line "τ = … s (…), R = … Ω" within 10 % of τ and R. */
    private static boolean peakNear(String report, double tau, double resistance) {
        Matcher peak = Pattern.compile("τ = (\\S+) s \\(f = \\S+ Hz\\), R = (\\S+) Ω").matcher(report);
        while (peak.find()) {
            if (Math.abs(Double.parseDouble(peak.group(1)) / tau - 1) <= 0.1
                    && Math.abs(Double.parseDouble(peak.group(2)) / resistance - 1) <= 0.1) {
                return true;
            }
        }
        return false;
    }

    /** The spectrum with 1 % noise (seed 15), and its impedance grown by {@code drift} over the sweep. */
    private static Spectrum spectrum(double drift) {
        Spectrum clean = Circuit.parse(CIRCUIT, TRUTH).spectrum(FrequencySweep.logarithmic(1e6, 1e-3, 10));
        Random random = new Random(15);
        double component = 0.01 / Math.sqrt(2);
        double[] f = clean.frequencies();
        double total = 0;
        for (double frequency : f) {
            total += 1 / frequency;
        }
        double[] real = clean.realParts();
        double[] imaginary = clean.imaginaryParts();
        double elapsed = 0;
        for (int i = 0; i < f.length; i++) {
            elapsed += 1 / f[i];
            // Z (1 + ε) with ε = a + jb, then the drift factor.
            double a = component * random.nextGaussian();
            double b = component * random.nextGaussian();
            double grown = 1 + drift * elapsed / total;
            double re = real[i] * (1 + a) - imaginary[i] * b;
            double im = real[i] * b + imaginary[i] * (1 + a);
            real[i] = re * grown;
            imaginary[i] = im * grown;
        }
        return Spectrum.of(f, real, imaginary);
    }

    /**
     * cell/cell.iph with experiment Eis, whose impedance measurement fits {@link #CIRCUIT} from {@link #offStart}
     * to the noisy spectrum in cell/data/eis.csv and asks for {@code analyses} besides.
     */
    private Path experiment(String analyses) throws IOException {
        Path data = Files.createDirectories(folder.resolve("cell/data"));
        csv(spectrum(0), data.resolve("eis.csv"));
        StringBuilder start = new StringBuilder();
        for (int i = 0; i < TRUTH.length; i++) {
            start.append(start.isEmpty() ? "" : ", ").append(NAMES[i]).append('=').append(offStart(i));
        }
        return Files.writeString(folder.resolve("cell/cell.iph"), """
                stack Pellet {
                  area 1 cm2
                  temperature 25 °C
                  lithium Li
                  electrolyte LATP 1 mm
                  lithium Li
                }
                experiment Eis on Pellet {
                  impedance from 1 MHz to 1 Hz measured "data/eis.csv"
                    fit "%s" initial "%s"
                    %s
                }
                """.formatted(CIRCUIT, start, analyses));
    }

    /** The spectrum as Interphase writes spectra: frequency_Hz,Z_real_ohm,Z_imag_ohm. */
    private static void csv(Spectrum spectrum, Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of("frequency_Hz,Z_real_ohm,Z_imag_ohm"));
        for (int i = 0; i < spectrum.size(); i++) {
            lines.add(String.format(Locale.ROOT, "%.9e,%.9e,%.9e", spectrum.frequency(i), spectrum.realParts()[i],
                    spectrum.imaginaryParts()[i]));
        }
        Files.write(file, lines);
    }

    /** A start a user reads off a Nyquist plot: the true value ×1.3 or ×0.8 alternately, both α 0.8. */
    private static double offStart(int i) {
        return i == 3 || i == 6 ? 0.8 : TRUTH[i] * (i % 2 == 0 ? 1.3 : 0.8);
    }

    /** The spectrum in BioLogic's EC-Lab text layout (frequency, Re Z, −Im Z). */
    private Path mpt(Spectrum spectrum) throws IOException {
        List<String> lines = new ArrayList<>(List.of("EC-Lab ASCII FILE", "Nb header lines : 4", "",
                "freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm"));
        for (int i = 0; i < spectrum.size(); i++) {
            lines.add(String.format(Locale.ROOT, "%.9e\t%.9e\t%.9e", spectrum.frequency(i),
                    spectrum.realParts()[i], -spectrum.imaginaryParts()[i]));
        }
        return Files.write(Files.createTempFile(folder, "synthetic", ".mpt"), lines);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
