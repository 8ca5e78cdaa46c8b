package org.interphase.runs;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.dsl.library.Libraries;
import org.interphase.model.run.ImpedanceContribution;
import org.interphase.model.run.ImpedanceResult;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.stack.CellCondition;
import org.interphase.sim.symmetric.SymmetricCellResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measurements of an experiment run in the order the file writes them, on one cell: an impedance after 600 h of
 * plating/stripping sees what the run left (the grown interphase on bare LATP, the lithiated Al2O3 films of the
 * coated cell), and the results folder keeps both spectra apart.
 */
class ExperimentStateTest {

    @TempDir
    Path folder;

    private static Execution run(String experiment) {
        return new RunExecutor(Libraries.builtIn()).execute(Models.experiment(Models.examples()
                .resolve("alumina-on-latp"), experiment), RunMonitor.NONE);
    }

    private static ImpedanceResult impedance(Execution execution, int index) {
        return assertInstanceOf(ImpedanceResult.class, execution.run().getResults().get(index));
    }

    private static double resistance(ImpedanceResult impedance, String label) {
        return impedance.getContributions().stream().filter(c -> c.getLabel().equals(label))
                .mapToDouble(ImpedanceContribution::getResistance).findFirst().orElseThrow(() -> new AssertionError(
                        "no " + label + " in " + impedance.getContributions().stream()
                                .map(ImpedanceContribution::getLabel).toList()));
    }

    @Test
    void theImpedanceAfterSixHundredHoursOnBareLatpShowsTheInterphaseThePlatingStrippingGrew() throws IOException {
        Execution execution = run("BareLatpAged");
        SymmetricCellResult cell = ((Measured.PlatingStripping) execution.measured().get(1)).result();
        String interphase = "Li|LATP interphase";
        double[] series = cell.resistance(interphase);
        ImpedanceResult before = impedance(execution, 0);
        ImpedanceResult after = impedance(execution, 2);
        Path results = folder.resolve("aged");
        RunStore.save(execution, results, ResultFolder.Replace.EARLIER_RESULT);

        assertAll(() -> assertEquals(series[0], resistance(before, interphase), 1e-9 * series[0]),
                () -> assertEquals(series[series.length - 1], resistance(after, interphase),
                        1e-9 * series[series.length - 1], "the impedance after sees the thickness the run reached"),
                () -> assertTrue(resistance(after, interphase) > resistance(before, interphase)),
                () -> assertNotEquals(Files.readString(results.resolve("1-impedance-spectrum.csv")),
                        Files.readString(results.resolve("3-impedance-spectrum.csv"))),
                () -> assertTrue(summary(results, "3-impedance,total resistance")
                        > summary(results, "1-impedance,total resistance")),
                () -> assertTrue(summary(results, "2-plating-stripping,thickness at the end, Li|LATP interphase")
                        > 0));
    }

    /** The value of the summary.csv row that starts with {@code key}. */
    private static double summary(Path results, String key) throws IOException {
        String row = Files.readAllLines(results.resolve(RunStore.SUMMARY)).stream()
                .filter(line -> line.replace("\"", "").startsWith(key.replace("\"", ""))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key));
        String[] cells = row.split(",");
        return Double.parseDouble(cells[cells.length - 2]);
    }

    @Test
    void theImpedanceAfterFiftyCyclesOfTheThinFilmCellShowsTheGrownInterlayerAndTheLostContact() throws IOException {
        Path project = folder.resolve("thin-film");
        Files.createDirectories(project);
        Files.writeString(project.resolve("cell.iph"), Files.readString(Models.examples()
                .resolve("ncm-llto-thin-film/ncm-llto-thin-film.iph")) + """

                experiment SampleAAged on SampleA {
                  impedance from 1 MHz to 0.1 Hz
                  cycling {
                    repeat 50 { "Charge at C/10 until 4.2 V", "Discharge at C/10 until 3.2 V" }
                  }
                  impedance from 1 MHz to 0.1 Hz
                }
                """);
        Execution execution = new RunExecutor(Libraries.builtIn()).execute(Models.experiment(project, "SampleAAged"),
                RunMonitor.NONE);
        CellCondition end = ((Measured.Cycling) execution.measured().get(1)).result().endState();
        String contact = "NCM523|LLTO-film-annealed-300";
        double grown = end.thickness().get(contact + " interphase");
        double kept = end.contact().get(contact);
        ImpedanceResult before = impedance(execution, 0);
        ImpedanceResult after = impedance(execution, 2);

        assertAll(() -> assertTrue(grown > 1e-10, grown + " m, from 0.1 nm"), () -> assertTrue(kept < 1, "" + kept),
                // R = t/(σA): the interlayer's arc grows with its thickness, from the 0.1 nm it was assembled with.
                () -> assertEquals(grown / 1e-10, resistance(after, contact + " interphase")
                        / resistance(before, contact + " interphase"), 1e-6 * grown / 1e-10),
                // The charge crosses only the area still in contact.
                () -> assertEquals(1 / kept, resistance(after, contact + " charge transfer")
                        / resistance(before, contact + " charge transfer"), 1e-9 / kept));
    }

    @Test
    void theImpedanceAfterTheCoatedRunShowsItsAluminaLithiated() {
        Execution execution = run("Alumina150Aged");
        ImpedanceResult before = impedance(execution, 0);
        ImpedanceResult after = impedance(execution, 2);
        String film = before.getContributions().stream().map(ImpedanceContribution::getLabel)
                .filter(label -> label.startsWith("Al2O3-ALD")).findFirst().orElseThrow();

        // 600 h is far beyond the 50 h the 15 nm films take to lithiate: each is all Li-Al-O, six times the
        // conductivity of the film as assembled (library Al2O3-ALD).
        assertEquals(resistance(before, film) / 6, resistance(after, film + ", lithiated"),
                1e-9 * resistance(before, film));
    }
}
