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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad library input in a project's file keeps its experiment from being simulated: {@code simulate} exits 1 and
 * prints the error with its file and line, never a stack trace.
 */
class BadLibraryInputTest {

    /** An EIS of Li | 1 mm LATP | Li, preceded by the entry under test (lines 1-8). */
    private static final String EXPERIMENT = """
            stack Pellet {
              area 1 cm2
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong dimension | material LATP { ionicConductivity = 1e-4 V at 25 °C }\\n\\n\\n\\n\\n\\n\\n | 1 | conductivity
            window min > max | material T-Lab "TiO2" { class binary-oxide }\\nprocess ALD-T ald {\\n material = T-Lab\\n precursor = "TDMAT"\\n coreactant = "H2O"\\n gpc = 0.5 Å/cycle at 200 °C\\n window = 310 °C to 270 °C\\n}\\n | 7 | write the lower end first
            curve out of order | material N-Lab "LiNiO2" { class cathode }\\ncurve OCV-N {\\n material = N-Lab\\n of = "openCircuitPotential"\\n x = "lithiation"\\n point[x=0.6] = 3.8 V\\n point[x=0.4] = 3.9 V\\n}\\n | 7 | comes after x=0.6
            unknown interface material | interface IF-X {\\n between = Li\\n and = LATQ\\n chargeTransferResistance = 100 Ω cm2 at 25 °C\\n}\\n\\n\\n\\n | 1 | and=LATQ is not a material
            interphase naming itself | interface IF-X {\\n between = Li\\n and = LLZO-Lab\\n interphase = LLZO-Lab\\n interphaseThickness = 5 nm\\n}\\nmaterial LLZO-Lab "Li7La3Zr2O12" { class garnet }\\n\\n | 1 | would form itself
            """)
    void anExperimentBesideBadInputIsNotSimulated(String concern, String entry, int line, String says)
            throws IOException {
        Path file = folder.resolve("cell.iph");
        Files.writeString(file, entry.replace("\\n", "\n") + EXPERIMENT);

        int code = Main.run(new String[] {"simulate", file.toString(), "--out", folder.resolve("out").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, errors);
        assertTrue(errors.contains("cell.iph:" + line + ":"), errors);
        assertTrue(errors.contains(says), errors);
        assertTrue(errors.contains("fix the errors above before simulating"), errors);
        assertFalse(errors.contains("Exception") || errors.contains("\tat "), errors);
        assertFalse(Files.exists(folder.resolve("out")), "nothing is written");
    }

    @Test
    void aMaterialDeclaredInTwoFilesOfTheProjectIsNotSimulated() throws IOException {
        Files.writeString(folder.resolve("a.iph"), "material LATP { ionicConductivity = 1e-4 S/cm at 25 °C }\n");
        Files.writeString(folder.resolve("b.iph"), "material LATP { ionicConductivity = 3e-4 S/cm at 25 °C }\n");
        Path file = folder.resolve("cell.iph");
        Files.writeString(file, EXPERIMENT);

        int code = Main.run(new String[] {"simulate", file.toString(), "--out", folder.resolve("out").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, errors);
        assertTrue(errors.contains("a.iph:1:") && errors.contains("b.iph:1:"), errors);
        assertTrue(errors.contains("material LATP is also declared at"), errors);
    }
}
