package org.interphase.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.dsl.library.Libraries;
import org.interphase.model.run.ArrheniusResult;
import org.interphase.model.run.ImpedanceResult;
import org.interphase.model.run.RunValue;
import org.interphase.model.run.SymmetricCellResult;
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

    /**
     * A prediction: the activation energy comes back from spectra alone (the σ_eff each spectrum gives at its
     * temperature), within 5 % of the 0.33 eV that LLTO-film-annealed-300 declares (Tan et al. 2021, Fig. 1g).
     */
    @Test
    void aTemperatureSeriesGivesTheDeclaredActivationEnergyBack() throws IOException {
        Execution series = example("ncm-llto-thin-film", "LltoArrhenius");
        ArrheniusResult result = assertInstanceOf(ArrheniusResult.class, series.run().getResults().get(0));
        assertEquals(0.33, result.getActivationEnergy(), 0.05 * 0.33);
        assertEquals(result.getActivationEnergy(), summary(result.getSummary(), "activation energy"));
        assertEquals(6, result.getTemperature().size());
        assertEquals(9.56e-6, summary(result.getSummary(), "effective conductivity at 298.15 K"), 1e-9,
                "σ at 25 °C is the film's stated one");
        assertEquals(71, result.getFrequency().size(), "the spectrum at 25 °C, 1 MHz to 0.1 Hz");

        Path saved = RunStore.save(series, folder.resolve("results"), ResultFolder.Replace.NEVER).getParent();
        List<String> arrhenius = Files.readAllLines(saved.resolve("1-impedance-arrhenius.csv"));
        assertEquals(7, arrhenius.size());
        assertTrue(arrhenius.get(0).startsWith("temperature_K,temperature_C,1000_over_T_per_K,conductivity_S_per_cm"));
        assertTrue(Files.isRegularFile(saved.resolve("1-impedance-spectrum-393.15K.csv")));
        String report = Files.readString(saved.resolve(RunStore.REPORT));
        assertTrue(report.contains("activation energy " + String.format(java.util.Locale.ROOT, "%.4f",
                result.getActivationEnergy()) + " eV"), report);
    }

    @Test
    void aCcdRampOfTheCoatedGarnetReportsItsCriticalCurrentDensity() throws IOException {
        Execution ramp = example("oxides-on-garnet", "AluminaGarnetCcd");
        SymmetricCellResult result = assertInstanceOf(SymmetricCellResult.class, ramp.run().getResults().get(0));
        // The Li|Al2O3 contact (150 Ω cm²) reaches LLCZN's 77 mV penetration overpotential at 0.72 mA/cm²; voids
        // opened above 0.2 mA/cm² at the reference 3 MPa leave half the contact at 0.4 mA/cm², focusing it past that.
        assertEquals(0.40, summary(result.getSummary(), "critical current density"), 1e-9);
        assertEquals("SHORT_CIRCUIT", result.getEvents().get(result.getEvents().size() - 1).getKind());
        Path saved = RunStore.save(ramp, folder.resolve("results"), ResultFolder.Replace.NEVER).getParent();
        assertTrue(Files.isRegularFile(saved.resolve("1-ccd-ramp-timeseries.csv")));
        String report = Files.readString(saved.resolve(RunStore.REPORT));
        assertTrue(report.contains("shorted at 0.400 mA/cm2, step 8 of the ramp"), report);
        assertTrue(report.contains("current step = "), report);
    }

    @Test
    void platingStrippingReportsThePlatedLithiumAndImpedanceEachContactsAsr() {
        Execution cycling = example("oxides-on-garnet", "ZincOxideGarnetCycling");
        SymmetricCellResult cell = assertInstanceOf(SymmetricCellResult.class, cycling.run().getResults().get(1));
        // 0.1 mA/cm² for 1 h is 0.1 mAh/cm²: 0.489 µm of Li at 4.89 µm per mAh/cm² (facts §d16).
        assertEquals(0.489, summary(cell.getSummary(), "Li plated per half-cycle"), 0.001);
        Execution bare = example("paa-peo-on-latp", "BareLatpImpedance");
        ImpedanceResult impedance = assertInstanceOf(ImpedanceResult.class, bare.run().getResults().get(0));
        List<RunValue> contacts = impedance.getSummary().stream()
                .filter(value -> value.getName().startsWith("area-specific resistance of ")).toList();
        assertEquals(2, contacts.size(), "one per Li|LATP contact");
        double total = summary(impedance.getSummary(), "area-specific resistance");
        double ohmic = summary(impedance.getSummary(), "ohmic resistance") * 0.503;
        assertEquals(total, ohmic + contacts.stream().mapToDouble(RunValue::getValue).sum(), 1e-9 * total,
                "the cell's ASR is its layers' and its contacts' own");
    }
}
