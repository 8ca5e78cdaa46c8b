package org.interphase.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.dsl.library.Libraries;
import org.interphase.model.run.RunValue;
import org.interphase.model.run.VoltammetryResult;
import org.interphase.sim.electrochem.RunMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measurements of issue 13 run from the examples into a run, its CSV files and its report. */
class NewMeasurementsRunTest {

    @TempDir
    Path folder;

    private static Execution example(String folder, String experiment) {
        return new RunExecutor(Libraries.builtIn()).execute(
                Models.experiment(Models.examples().resolve(folder), experiment), RunMonitor.NONE);
    }

    private static double summary(List<RunValue> values, String name) {
        return values.stream().filter(value -> value.getName().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not among " + values.stream().map(RunValue::getName).toList()))
                .getValue();
    }

    @Test
    void lsvOfBareAndCoatedLatpSavesTwoDistinctOnsets() throws IOException {
        Execution bare = example("paa-peo-on-latp", "BareLatpStability");
        Execution coated = example("paa-peo-on-latp", "CoatedLatpStability");
        VoltammetryResult bareResult = assertInstanceOf(VoltammetryResult.class, bare.run().getResults().get(0));
        VoltammetryResult coatedResult = assertInstanceOf(VoltammetryResult.class, coated.run().getResults().get(0));
        double bareOnset = summary(bareResult.getSummary(), "onset potential");
        double coatedOnset = summary(coatedResult.getSummary(), "onset potential");
        assertEquals(bareResult.getOnsetPotential(), bareOnset);
        assertTrue(bareOnset > 4.4 && bareOnset < 4.6, "bare LATP: window 4.4 V, onset " + bareOnset);
        assertTrue(coatedOnset > 5.0 && coatedOnset < 5.2, "coated LATP: window 5.0 V, onset " + coatedOnset);

        Path saved = RunStore.save(bare, folder.resolve("results"), ResultFolder.Replace.NEVER).getParent();
        List<String> curve = Files.readAllLines(saved.resolve("1-lsv-voltammogram.csv"));
        assertEquals("time_s,potential_V,current_density_A_per_m2", curve.get(0));
        assertEquals(2500 + 2, curve.size(), "3 V to 5.5 V in 1 mV steps");
        String report = Files.readString(saved.resolve(RunStore.REPORT));
        assertTrue(report.contains(String.format(java.util.Locale.ROOT, "LATP oxidised beyond 4.400 V: onset at %.3f V",
                bareOnset)), report);
        assertTrue(report.contains("oxidationExchangeCurrentDensity of LATP"), report);
        assertTrue(Files.readString(saved.resolve(RunStore.SUMMARY)).contains("1-lsv,onset potential,"));
    }
}
