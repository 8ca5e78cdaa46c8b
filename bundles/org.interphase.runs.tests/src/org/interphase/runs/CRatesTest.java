package org.interphase.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.dsl.library.Libraries;
import org.interphase.model.run.RunValue;
import org.interphase.sim.electrochem.RunMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rate-capability run states the C-rate each discharge ran at twice: nominal, as the protocol wrote it, and
 * effective, over the capacity the discharge delivered; at a high rate the cell delivers less than its nominal
 * capacity, so its effective rate is the higher one.
 */
class CRatesTest {

    @TempDir
    Path folder;

    @Test
    void eachCycleHasItsNominalAndEffectiveCRateInTheSummaryAndItsCsv() throws IOException {
        Files.writeString(folder.resolve("rates.iph"), """
                stack Film {
                  area 0.459 cm2
                  temperature 25 °C
                  cathode NCM523 1 µm
                  electrolyte LLTO-film-annealed-300 350 nm
                  lithium Li 100 µm
                }
                experiment Rates on Film {
                  rate-capability { rates C/10, 1C, 10C window 3.2 V to 4.2 V }
                }
                """);
        Execution execution = new RunExecutor(Libraries.builtIn()).execute(Models.experiment(folder, "Rates"),
                RunMonitor.NONE);
        List<RunValue> summary = execution.run().getResults().get(0).getSummary();

        assertEquals(0.1, value(summary, "nominal discharge C-rate, cycle 1"), 0.005);
        assertEquals(10, value(summary, "nominal discharge C-rate, cycle 3"), 0.5);
        double effective = value(summary, "effective discharge C-rate, cycle 3");
        assertTrue(effective > 10, "10C delivers less than the nominal capacity: effective " + effective + "C");

        Path saved = RunStore.save(execution, folder.resolve("results"), ResultFolder.Replace.NEVER).getParent();
        List<String> lines = Files.readAllLines(Models.savedFile(saved, "-c-rates.csv"));
        assertEquals("cycle,nominal_charge_C,effective_charge_C,nominal_discharge_C,effective_discharge_C",
                lines.get(0));
        assertEquals(4, lines.size(), lines::toString);
        String[] fast = lines.get(3).split(",");
        assertEquals(effective, Double.parseDouble(fast[4]), 1e-9 * effective);
    }

    private static double value(List<RunValue> summary, String name) {
        return summary.stream().filter(value -> value.getName().equals(name)).mapToDouble(RunValue::getValue)
                .findFirst().orElseThrow(() -> new AssertionError(name + " not among "
                        + summary.stream().map(RunValue::getName).toList()));
    }
}
