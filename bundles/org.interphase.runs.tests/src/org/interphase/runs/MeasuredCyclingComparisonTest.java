package org.interphase.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.interphase.analysis.CyclingComparison;
import org.interphase.analysis.MeasuredComparison;
import org.interphase.analysis.MeasuredComparisons;
import org.interphase.analysis.SymmetricComparison;
import org.interphase.dsl.library.Libraries;
import org.interphase.model.Experiment;
import org.interphase.sim.cycling.TimeSeries;
import org.interphase.sim.electrochem.RunMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless comparison of an .iph experiment with the cycler exports its measurements name, as the command line
 * and the IDE make it: the lab's cell is the simulated one with a known change, and the deviations are that change.
 */
class MeasuredCyclingComparisonTest {

    /** Li | 1 mm LATP | Li cycled at 0.1 mA/cm² in 1 h half-cycles for 6 h. */
    private static final String CELL = """
            stack Pellet {
              area 1 cm2
              temperature 25 °C
              lithium Li
              electrolyte LATP 1 mm
              lithium Li
            }
            experiment Cycled on Pellet {
              plating-stripping 0.1 mA/cm2 half-cycle 1 h for 6 h%s
            }
            """;

    @TempDir
    Path folder;

    @Test
    void aSymmetricCellMeasured5mVHigherDeviatesBy5mV() throws Exception {
        Path cell = Files.createDirectories(folder.resolve("cell"));
        Files.writeString(cell.resolve("cell.iph"), CELL.formatted(""));
        Measured.PlatingStripping simulated = (Measured.PlatingStripping) new RunExecutor(Libraries.builtIn())
                .execute(Models.experiment(cell, "Cycled"), RunMonitor.NONE).measured().get(0);
        double[] time = simulated.result().time();
        double[] current = simulated.result().current();
        double[] voltage = simulated.result().voltage();
        StringBuilder csv = new StringBuilder("test_time_second,current_ampere,voltage_volt\n");
        for (int i = 0; i < time.length; i++) {
            // a cycler logs one point per time: at a current reversal it keeps the new half-cycle's
            if (i + 1 < time.length && time[i + 1] == time[i]) {
                continue;
            }
            double shift = Math.signum(voltage[i]) * 0.005;
            csv.append(String.format(Locale.ROOT, "%.6f,%.9g,%.9g%n", time[i], current[i], voltage[i] + shift));
        }
        Files.writeString(Files.createDirectories(cell.resolve("data")).resolve("li-li.csv"), csv);
        Files.writeString(cell.resolve("cell.iph"), CELL.formatted(" measured \"data/li-li.csv\""));

        MeasuredComparison comparison = MeasuredComparisons.compare(Models.experiment(cell, "Cycled"), cell,
                Libraries.builtIn());
        assertEquals(1, comparison.symmetric().size());
        SymmetricComparison symmetric = comparison.symmetric().get(0);
        assertEquals("data/li-li.csv", symmetric.measuredPath());
        assertTrue(symmetric.voltage().points() > 10, symmetric.summary());
        assertEquals(0.005, symmetric.voltage().rms(), 2e-4, "the polarisation the lab's cell has in excess");
        assertEquals(0.005, symmetric.voltage().maxAbs(), 1e-6);
        assertEquals(0, symmetric.voltage().bias(), 5e-4, "as much too low stripping as plating");
    }

    @Test
    void theExamplesLfpCellMeasuredWithFivePercentLessChargeDeviatesByThat() throws Exception {
        Path example = Files.createDirectories(folder.resolve("example"));
        try (var files = Files.list(Models.examples().resolve("paa-peo-on-latp"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".iph")).toList()) {
                Files.copy(file, example.resolve(file.getFileName()));
            }
        }
        Experiment experiment = Models.experiment(example, "PaaPeoLfpCycling");
        TimeSeries series = ((Measured.Cycling) new RunExecutor(Libraries.builtIn()).execute(experiment,
                RunMonitor.NONE).measured().get(0)).result().series();
        StringBuilder csv = new StringBuilder("test_time_second,current_ampere,voltage_volt,net_capacity_ah,"
                + "cycle_count\n");
        for (int i = 0; i < series.size(); i++) {
            csv.append(String.format(Locale.ROOT, "%.6f,%.9g,%.9g,%.9g,%d%n", series.time()[i],
                    0.95 * series.current()[i], series.voltage()[i], 0.95 * series.capacity()[i],
                    series.cycleIndex()[i]));
        }
        Files.writeString(Files.createDirectories(example.resolve("data")).resolve("lfp.csv"), csv);
        Path iph = example.resolve("paa-peo-on-latp.iph");
        String text = Files.readString(iph);
        int end = text.indexOf("\n  }\n}", text.indexOf("experiment PaaPeoLfpCycling")) + "\n  }".length();
        Files.writeString(iph, text.substring(0, end) + " measured \"data/lfp.csv\"" + text.substring(end));

        MeasuredComparison comparison = MeasuredComparisons.compare(Models.experiment(example, "PaaPeoLfpCycling"),
                example, Libraries.builtIn());
        assertEquals(1, comparison.cycling().size());
        CyclingComparison cycling = comparison.cycling().get(0);
        assertEquals(20, cycling.dischargeCapacity().points(), "every cycle of the protocol");
        assertEquals(0.05 / 0.95, cycling.dischargeCapacity().relativeRms(), 1e-3,
                "5 % less charge measured: the simulation is 5.3 % high");
        assertTrue(cycling.dischargeCapacity().bias() > 0, cycling.summary());
        assertTrue(cycling.summary().startsWith("discharge capacity vs cycle: RMS "), cycling.summary());
    }
}
