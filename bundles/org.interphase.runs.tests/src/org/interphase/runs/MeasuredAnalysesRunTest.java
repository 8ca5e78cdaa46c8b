package org.interphase.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.interphase.dsl.library.Libraries;
import org.interphase.sim.SimulationException;
import org.interphase.sim.electrochem.RunCancelledException;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.impedance.Circuit;
import org.interphase.sim.impedance.FrequencySweep;
import org.interphase.sim.impedance.Spectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An impedance measurement that asks for analyses of its measured spectrum: the run makes them after the simulation,
 * saves their files beside the spectrum and their lines in the report, fails at the clause of an analysis that fails
 * and stops between analyses when cancelled.
 */
class MeasuredAnalysesRunTest {

    /** Li | 1 mm LATP | Li, measured as R0 = 20 Ω in series with one 100 Ω ∥ 10 nF arc; line 10 names the file. */
    private static final String CELL = """
            stack Pellet {
              area 1 cm2
              temperature 25 °C
              lithium Li
              electrolyte LATP 1 mm
              lithium Li
            }
            experiment Eis on Pellet {
              impedance from 1 MHz to 1 Hz
                measured "data/eis.csv"
                %s
            }
            """;
    private static final int ANALYSIS_LINE = 11;

    @TempDir
    Path folder;

    @Test
    void theAnalysesAreSavedWithTheRunAndReported() throws IOException {
        Execution execution = execute("fit \"R0-p(R1,C1)\" kramers-kronig drt", RunMonitor.NONE);
        Path saved = RunStore.save(execution, folder.resolve("results"), ResultFolder.Replace.NEVER).getParent();

        assertEquals(41 + 1, Files.readAllLines(saved.resolve("1-impedance-fit.csv")).size(), "the measured points");
        assertTrue(Files.isRegularFile(saved.resolve("1-impedance-kramers-kronig.csv")));
        assertTrue(Files.isRegularFile(saved.resolve("1-impedance-drt.csv")));
        String report = Files.readString(saved.resolve(RunStore.REPORT));
        String analyses = report.substring(report.indexOf("Measurement 1-impedance"));
        assertTrue(analyses.contains("\n  Analyses of data/eis.csv\n"), report);
        assertTrue(analyses.contains("Fit of R0-p(R1,C1) (41 points"), report);
        assertTrue(analyses.matches("(?s).*\n    R1 += 100\\.0 .*"), report);
        assertTrue(analyses.contains("valid, the data are Kramers–Kronig consistent"), report);
        assertTrue(analyses.contains("Distribution of relaxation times"), report);
    }

    @Test
    void aFailedAnalysisFailsTheRunAtItsClause() throws IOException {
        SimulationException e = assertThrows(SimulationException.class,
                () -> execute("kramers-kronig 90 elements", RunMonitor.NONE));
        assertTrue(e.getMessage().endsWith("cell.iph:" + ANALYSIS_LINE + ": 1-impedance: a Kramers–Kronig test of 41"
                + " points takes 2 to 41 RC elements, got M = 90"), e.getMessage());
        assertTrue(e.getMessage().startsWith("file:"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aCancelledRunStopsBeforeTheNextAnalysis() {
        // The first question is at the start of the measurement; the next one is before the fit.
        RunMonitor cancelAfterTheSimulation = new RunMonitor() {
            private int asked;

            @Override
            public void progress(double fraction, String message) {
                // not watched
            }

            @Override
            public boolean isCancelled() {
                return ++asked > 1;
            }
        };
        RunCancelledException e = assertThrows(RunCancelledException.class,
                () -> execute("fit \"R0-p(R1,C1)\"", cancelAfterTheSimulation));
        assertTrue(e.getMessage().contains("the fit of data/eis.csv"), e.getMessage());
    }

    private Execution execute(String analyses, RunMonitor monitor) throws IOException {
        Path cell = Files.createDirectories(folder.resolve("cell"));
        Spectrum measured = Circuit.parse("R0-p(R1,C1)", 20, 100, 1e-8)
                .spectrum(FrequencySweep.logarithmic(1e6, 0.01, 5));
        List<String> lines = new ArrayList<>(List.of("frequency_Hz,Z_real_ohm,Z_imag_ohm"));
        for (int i = 0; i < measured.size(); i++) {
            lines.add(String.format(Locale.ROOT, "%.12g,%.12g,%.12g", measured.frequency(i), measured.realParts()[i],
                    measured.imaginaryParts()[i]));
        }
        Files.write(Files.createDirectories(cell.resolve("data")).resolve("eis.csv"), lines);
        Files.writeString(cell.resolve("cell.iph"), CELL.formatted(analyses));
        return new RunExecutor(Libraries.builtIn()).execute(Models.experiment(cell, "Eis"), monitor);
    }
}
