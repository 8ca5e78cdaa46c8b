package org.interphase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.interphase.runs.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Drives {@link Main#run} as a shell would, on temporary files and on the repository's examples. */
class CommandsTest {

    private static final String MATERIALS = """
            material LATP "Li1.3Al0.3Ti1.7(PO4)3"
            material Li "Li"
            """;

    /** EIS of a 1 mm LATP pellet; {@code %s} is the stack's temperature line or nothing. */
    private static final String PELLET_EIS = """
            stack Pellet {
              area 1 cm2%s
              lithium Li
              electrolyte LATP 1 mm
              lithium Li
            }
            experiment Eis on Pellet {
              impedance from 1 MHz to 0.1 Hz
            }
            """;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theExamplesValidateWithoutErrors() {
        int code = run("validate", examples().toString());

        assertEquals(0, code, out() + err());
        assertTrue(out().contains(" checked: 0 errors"), out());
        // Notes (a documentation-only technique step) are counted apart from warnings.
        long notes = out().lines().filter(line -> line.contains(": info: ")).count();
        long warnings = out().lines().filter(line -> line.contains(": warning: ")).count();
        assertTrue(out().contains(", " + warnings + " warning" + (warnings == 1 ? "" : "s")
                + (notes > 0 ? ", " + notes + " note" + (notes == 1 ? "" : "s") : "")), out());
    }

    @Test
    void anErrorIsPrintedWithFileLineAndColumnAndFailsTheRun() throws IOException {
        Path file = write("bad.iph", MATERIALS + "stack S {\n  lithium Lithium\n}\n");

        int code = run("validate", folder.toString());

        assertEquals(1, code, out());
        String expected = file + ":4:11: error: ";
        assertTrue(out().lines().anyMatch(line -> line.startsWith(expected)), out());
        assertTrue(out().contains("1 file checked: 1 error, "), out());
    }

    @Test
    void buildOutputAndHiddenFoldersAreNotCheckedAsCopiesOfTheFiles() throws IOException {
        String cell = PELLET_EIS.formatted("\n  temperature 25 °C");
        Path file = write("cell.iph", cell);
        write("pom.xml", "<project/>");
        // A Maven build and an editor's backup leave copies, which would clash with the file they copy.
        Files.createDirectories(folder.resolve("target/classes"));
        Files.writeString(folder.resolve("target/classes/cell.iph"), cell);
        Files.createDirectories(folder.resolve(".backup"));
        Files.writeString(folder.resolve(".backup/cell.iph"), cell);

        int code = run("validate", folder.toString());

        assertEquals(0, code, out());
        assertTrue(out().contains("1 file checked: 0 errors"), out());
        assertEquals(0, run("validate", folder.resolve("target/classes/cell.iph").toString()),
                "a file named on the command line is checked wherever it is: " + out());
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void aMeasuredFileThatCannotBeImportedFailsValidateAndSimulateOnItsLine() throws IOException {
        String measurement = "  impedance from 1 MHz to 0.1 Hz measured \"data/eis.mpt\"";
        Path file = write("pellet.iph", MATERIALS + PELLET_EIS.formatted("\n  temperature 25 °C")
                .replace("  impedance from 1 MHz to 0.1 Hz", measurement));
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve("data/eis.mpt"), "EC-Lab ASCII FILE\nNb header lines : 3\n"
                + "freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\n1000\t12.5\n");

        int code = run("validate", file.toString());

        assertEquals(1, code, out());
        String expected = file + ":11:" + (measurement.indexOf('"') + 1) + ": error: The measured data file "
                + "\"data/eis.mpt\" cannot be imported: eis.mpt:4: the row has 2 cells but the header has 3";
        assertTrue(out().lines().anyMatch(line -> line.startsWith(expected)), out());

        Path results = folder.resolve("results");
        assertEquals(1, run("simulate", file.toString(), "--out", results.toString()), err());
        assertFalse(Files.exists(results));
    }

    @Test
    void aMissingPathIsAUsageError() {
        int code = run("validate", folder.resolve("nowhere").toString());

        assertEquals(2, code);
        assertTrue(err().contains("nowhere does not exist"), err());
    }

    @Test
    void aFileThatImportsIsLinkedAgainstItsFolderWithoutCheckingTheOtherFiles() {
        int code = run("validate", examples().resolve("paa-peo-on-latp/paa-peo-on-latp.iph").toString());

        assertEquals(0, code, out());
        assertTrue(out().contains("1 file checked: 0 errors"), out());
        assertFalse(out().contains("chemicals.iph"), "only the file asked for is reported: " + out());
    }

    @ParameterizedTest
    @ValueSource(strings = { "validate", "simulate", "lsp" })
    void everyCommandExplainsItselfAndTheExitCodes(String command) {
        int code = run(command, "--help");

        assertEquals(0, code, err());
        assertTrue(out().startsWith("Usage: interphase " + command), out());
        assertTrue(out().contains("130   cancelled (Ctrl+C)"), out());
    }

    @Test
    void simulateHelpListsItsOptions() {
        run("simulate", "--help");

        for (String option : List.of("--experiment=<name>", "--out=<dir>", "--force")) {
            assertTrue(out().contains(option), option + " in " + out());
        }
    }

    @Test
    void versionNamesInterphaseAndTheJavaRunningIt() {
        int code = run("--version");

        assertEquals(0, code, err());
        assertTrue(out().startsWith("Interphase "), out());
        assertTrue(out().contains("Java " + Runtime.version()), out());
    }

    @Test
    void noCommandOrAnUnknownOneIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err().contains("Usage: interphase"), err());
        assertEquals(2, run("simulat", "x.iph"));
        assertTrue(err().contains("simulate"), "picocli suggests the closest command: " + err());
    }

    @Test
    void anOptionWithoutItsValueIsAUsageError() {
        int code = run("simulate", "a.iph", "--experiment");

        assertEquals(2, code);
        assertTrue(err().contains("Missing required parameter for option '--experiment'"), err());
    }

    @Test
    void anImpedanceRunWritesTheSpectrumAndTheBulkResistanceOfThePellet() throws IOException {
        Path file = write("pellet.iph", MATERIALS + PELLET_EIS.formatted("\n  temperature 25 °C"));
        Path results = folder.resolve("results");

        int code = run("simulate", file.toString(), "--out", results.toString());

        assertEquals(0, code, err());
        assertTrue(Files.isRegularFile(results.resolve("1-impedance-spectrum.csv")));
        // Bulk: L / (σ A) = 1e-3 m / (0.07 S/m × 1e-4 m²) = 142.9 Ω, with σ = 7e-4 S/cm of library LATP ([001]).
        double bulk = summaryValue(results, "R LATP bulk");
        assertEquals(142.857, bulk, 0.01 * 142.857);
        String report = Files.readString(results.resolve(RunStore.REPORT));
        assertTrue(report.contains("thickness of LATP = 0.001 m (written 1 mm), from file:"), report);
        assertTrue(report.contains("pellet.iph:7"), report);
    }

    @Test
    void theAluminaExampleSimulatesIntoItsOutputFolder() throws IOException {
        Path results = folder.resolve("alumina");

        int code = run("simulate", examples().resolve("alumina-on-latp/alumina-on-latp.iph").toString(),
                "--experiment", "Alumina150Lifetime", "--out", results.toString());

        assertEquals(0, code, err());
        assertTrue(Files.isRegularFile(results.resolve("1-plating-stripping-timeseries.csv")));
        assertTrue(Files.isRegularFile(results.resolve("Alumina150Lifetime.iphrun")), "the saved run");
        assertTrue(summaryValue(results, "lifetime") > 0);
        assertTrue(Files.readString(results.resolve(RunStore.REPORT)).contains("Alumina150Lifetime"));
        assertEquals(List.of(results), leftovers(), "no temporary folder may stay behind");
    }

    @Test
    void whatTheRunWouldRefuseIsAValidationErrorOnTheExperimentAndNothingIsWritten() throws IOException {
        Path file = write("cold.iph", MATERIALS + PELLET_EIS.formatted(""));
        Path results = folder.resolve("results");

        int code = run("simulate", file.toString(), "--out", results.toString());

        assertEquals(1, code);
        // Validation compiles the experiment as the run would, so the refusal comes before anything runs.
        assertTrue(err().lines().anyMatch(line -> line.contains("cold.iph:9:") && line.contains(
                "Eis cannot be simulated: give the stack's 'temperature'")), err());
        assertFalse(Files.exists(results));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aPropertyTheSimulationNeedsAndTheMaterialLacksIsAnErrorNamingBoth() throws IOException {
        // A garnet of the user's own that states nothing the impedance model needs.
        Path file = write("garnet.iph", PELLET_EIS.formatted("\n  temperature 25 °C").replace("LATP 1 mm",
                "Garnet-X 1 mm") + "material Garnet-X \"Li6.4La3Zr1.4Ta0.6O12\" { class garnet }\n");

        int code = run("validate", file.toString());

        assertEquals(1, code, out());
        assertTrue(out().lines().anyMatch(line -> line.startsWith(file + ":8:12: error: Eis cannot be simulated: "
                + "Garnet-X has no ")), out());
        assertTrue(out().contains("1 file checked: 1 error, "), out());
    }

    @Test
    void theFilesOwnFolderIsRefusedAsOutputAndNothingIsDeleted() throws IOException {
        Path file = write("pellet.iph", MATERIALS + PELLET_EIS.formatted("\n  temperature 25 °C"));
        Path data = write("eis.mpt", "measured");

        for (String force : List.of("--out", "--force")) {
            List<String> args = new ArrayList<>(List.of("simulate", file.toString(), "--out",
                    folder.toString()));
            if (force.equals("--force")) {
                args.add(force);
            }
            int code = run(args.toArray(String[]::new));

            assertEquals(2, code, err());
            assertTrue(err().contains(folder + " is not an Interphase results folder"), err());
            assertTrue(Files.isRegularFile(file) && Files.readString(data).equals("measured"));
        }
        assertEquals(List.of(), leftovers(), "nothing was written beside the files");
        assertFalse(err().contains("Eis ["), "the run was refused before its progress bar started: " + err());
    }

    @Test
    void aFileAsOutputIsRefusedAndKept() throws IOException {
        Path file = write("pellet.iph", MATERIALS + PELLET_EIS.formatted("\n  temperature 25 °C"));
        Path notes = write("notes.txt", "my notes");

        int code = run("simulate", file.toString(), "--out", notes.toString(), "--force");

        assertEquals(2, code);
        assertTrue(err().contains("notes.txt is a file, not a results folder"), err());
        assertEquals("my notes", Files.readString(notes));
    }

    @Test
    void anEarlierResultIsReplacedOnlyWithForce() throws IOException {
        Path file = write("pellet.iph", MATERIALS + PELLET_EIS.formatted("\n  temperature 25 °C"));
        Path results = folder.resolve("results");
        assertEquals(0, run("simulate", file.toString(), "--out", results.toString()), err());
        Files.writeString(results.resolve(RunStore.SUMMARY), "earlier");

        assertEquals(2, run("simulate", file.toString(), "--out", results.toString()));
        assertTrue(err().contains("holds an earlier Interphase result; nothing was written. Use --force"), err());
        assertEquals("earlier", Files.readString(results.resolve(RunStore.SUMMARY)));

        assertEquals(0, run("simulate", file.toString(), "--out", results.toString(), "--force"), err());
        assertTrue(summaryValue(results, "R LATP bulk") > 0);
        assertEquals(List.of(results), leftovers());
    }

    @Test
    void anUnknownExperimentIsAUsageError() {
        int code = run("simulate", examples().resolve("alumina-on-latp/alumina-on-latp.iph").toString(),
                "--experiment", "Nope");

        assertEquals(2, code);
        assertTrue(err().contains("has no experiment 'Nope'; it has [Alumina150Lifetime, Alumina25Lifetime"), err());
    }

    @Test
    void extremeInputsGiveOneLocatedLinePerProblemAndNoNonFiniteNumbers() throws IOException {
        Path file = write("extremes.iph", MATERIALS + """
                stack S {
                  temperature 25 °C
                  lithium Li
                  electrolyte LATP 1 mm
                  lithium Li
                }
                stack S { }
                experiment E on S {
                  impedance from 1e300 Hz to 1 Hz, 1000000 points per decade
                  impedance from 1e400 Hz to 1 Hz
                  plating-stripping 0.1 mA/cm2 half-cycle 1 s for 1000000 h
                }
                recipe Hot { ald Al2O3-ALD at 2000 °C { purge 1 s } x 10 }
                recipe Cold { ald Al2O3-ALD at -100 °C { purge 1 s } x 10 }
                material Odd\u001b[31m\r\u2028 "x"
                """);

        int code = run("validate", file.toString());

        assertEquals(1, code, out());
        List<String> problems = out().lines().filter(line -> !line.contains(" checked: ")).toList();
        assertTrue(problems.size() >= 8, out());
        String located = "\\Q" + file + "\\E:\\d+:\\d+: (error|warning|info): \\S.*";
        for (String line : problems) {
            assertTrue(line.matches(located), "not one located line: " + line);
            assertTrue(line.chars().noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028), line);
            assertFalse(line.matches(".*\\b(NaN|Infinity)\\b.*"), line);
        }
        assertTrue(out().contains(":9:7: error: stack S is already declared on line 3"), out());
        assertTrue(out().contains(":15:31: warning: 2000 °C is outside the temperatures"), out());
        assertTrue(out().contains(":16:32: warning: -100 °C is outside the temperatures"), out());
    }

    @Test
    void aDeadCellEndsItsRunWithACellFailedEvent() throws IOException {
        Path project = folder.resolve("project");
        Path example = examples().resolve("paa-peo-on-latp");
        try (Stream<Path> files = Files.walk(example)) {
            for (Path source : files.toList()) {
                Files.copy(source, project.resolve(example.relativize(source).toString()));
            }
        }
        Path file = project.resolve("paa-peo-on-latp.iph");
        // Under current the cell's voltage is above 2.0 V and below 3.8 V, so both steps end as they start.
        Files.writeString(file, Files.readString(file).replaceAll("(?s)(experiment PaaPeoLfpCycling on PaaPeoLfpCell"
                + " \\{\\s*cycling \\{).*?\\n  \\}\\n\\}", "$1 repeat 100000 { \"Charge at C/10 until 2.0 V\","
                + " \"Discharge at C/10 until 3.8 V\" } }\n}"));
        Path results = folder.resolve("dead");

        int code = run("simulate", file.toString(), "--experiment", "PaaPeoLfpCycling", "--out", results.toString());

        assertEquals(0, code, err());
        String report = Files.readString(results.resolve(RunStore.REPORT));
        assertTrue(report.contains("CELL_FAILED") && report.contains("cell failed in cycle 1: it took and gave"),
                report);
        assertEquals(1, summaryValue(results, "failed"));
        assertEquals(1, summaryValue(results, "cycles"));
        assertFalse(report.matches("(?s).*\\b(NaN|Infinity)\\b.*"), report);
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    /** Folders in the temporary folder besides the input files. */
    private List<Path> leftovers() throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory).toList();
        }
    }

    private static double summaryValue(Path results, String quantity) throws IOException {
        return Files.readAllLines(results.resolve(RunStore.SUMMARY)).stream()
                .map(line -> line.split(",")).filter(cells -> cells[1].equals(quantity))
                .mapToDouble(cells -> Double.parseDouble(cells[2])).findFirst()
                .orElseThrow(() -> new AssertionError("no " + quantity + " in the summary"));
    }

    private static Path examples() {
        return Path.of(System.getProperty("interphase.examples"));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
