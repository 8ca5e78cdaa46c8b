package org.interphase.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.interphase.dsl.library.Libraries;
import org.interphase.sim.electrochem.RunMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plating/stripping run writes each half-cycle's current density, overpotential and plated Li to
 * {@code <measurement>-half-cycles.csv}: a ZnO-coated garnet cell's overpotential falls as the coating lithiates,
 * and a current ramp's half-cycles step up its current and the Li each one moves.
 */
class HalfCyclesCsvTest {

    @TempDir
    Path folder;

    /** The rows of the saved half-cycle file, header left out, as numbers. */
    private List<double[]> halfCycles(String example, String experiment) throws IOException {
        Execution execution = new RunExecutor(Libraries.builtIn()).execute(
                Models.experiment(Models.examples().resolve(example), experiment), RunMonitor.NONE);
        Path saved = RunStore.save(execution, folder.resolve(experiment), ResultFolder.Replace.NEVER).getParent();
        List<String> lines = Files.readAllLines(Models.savedFile(saved, "-half-cycles.csv"));
        assertEquals("half_cycle,start_s,end_s,current_density_mA_per_cm2,overpotential_mV,li_plated_um",
                lines.get(0));
        return lines.stream().skip(1).map(line -> Stream.of(line.split(",")).mapToDouble(Double::parseDouble)
                .toArray()).toList();
    }

    @Test
    void aLithiatingCoatingsOverpotentialFallsHalfCycleByHalfCycle() throws IOException {
        List<double[]> rows = halfCycles("oxides-on-garnet", "ZincOxideGarnetCycling");

        // 0.1 mA/cm2, half-cycles of 1 h for 50 h.
        assertEquals(50, rows.size());
        for (double[] row : rows) {
            assertEquals(0.1, row[3], 1e-9);
            // 0.1 mAh/cm2 at 4.89 µm per mAh/cm2 (facts §d16).
            assertEquals(0.489, row[5], 0.005);
            assertEquals(3600, row[2] - row[1], 3600 * 0.05);
        }
        assertTrue(rows.get(49)[4] < rows.get(0)[4], "overpotential " + rows.get(0)[4] + " mV, then "
                + rows.get(49)[4] + " mV after 50 h");
    }

    @Test
    void aRampsHalfCyclesStepUpTheirCurrentAndThePlatedLi() throws IOException {
        List<double[]> rows = halfCycles("oxides-on-garnet", "AluminaGarnetCcd");

        // 0.05 mA/cm2 for the first two half-cycles, then 0.05 mA/cm2 more every two.
        assertEquals(0.05, rows.get(0)[3], 1e-9);
        assertEquals(0.05, rows.get(1)[3], 1e-9);
        assertEquals(0.10, rows.get(2)[3], 1e-9);
        assertEquals(2 * rows.get(0)[5], rows.get(2)[5], 0.01 * rows.get(2)[5]);
    }
}
