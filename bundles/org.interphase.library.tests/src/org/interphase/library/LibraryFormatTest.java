package org.interphase.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed library text is reported with the file name, the line number and what to do. */
class LibraryFormatTest {

    private static final String FILE = "user.lib";

    private static MaterialLibrary load(String text) throws IOException {
        return MaterialLibrary.load(new StringReader(text), FILE);
    }

    /** A one-material file whose line 3 is the given body line, indented. */
    private static String materialWith(String bodyLine) {
        return "# test\nmaterial X \"Li2O\" class=binary-oxide\n  " + bodyLine + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown unit    |  ionicConductivity = 1e-4 S/cmm source=[000] "Table 1"      | unknown unit 'cmm'
            bad number      |  ionicConductivity = 1.2.3 S/cm source=[000] "Table 1"      | '1.2.3' is not a number
            missing source  |  ionicConductivity = 1e-4 S/cm                              | every value needs a source
            unknown source  |  ionicConductivity = 1e-4 S/cm source=[999] "Table 1"      | unknown source [999]
            wrong dimension |  ionicConductivity = 2 nm source=[000] "Table 1"           | must be a conductivity
            misspelt name   |  ionicConductivty = 1e-4 S/cm source=[000] "Table 1"        | unknown property 'ionicConductivty'
            negative value  |  density = -2 g/cm3 source=[000] "Table 1"                 | must be positive
            flag not yes/no |  reducedByLi = maybe source=[000] "Table 1"                 | reducedByLi is true or false
            temperature     |  density = 2 g/cm3 @ 25 °C source=[000] "Table 1"          | density takes no temperature
            no equals sign  |  density 2 g/cm3 source=[000] "Table 1"                    | unexpected 'g/cm3'
            open quote      |  density = 2 g/cm3 source=[000] "Table 1                   | unterminated quote
            """)
    void malformedBodyLineIsReportedAtItsLine(String what, String line, String expected) {
        LibraryException e = assertThrows(LibraryException.class, () -> load(materialWith(line)));
        assertEquals(FILE, e.file(), what);
        assertEquals(3, e.line(), what);
        assertTrue(e.getMessage().contains(expected), () -> what + ": " + e.getMessage());
    }

    @Test
    void duplicateIdIsReportedAtTheSecondDefinition() {
        String text = """
                material X "Li2O" class=binary-oxide
                  density = 2 g/cm3 source=[external:CRC] "Li2O"
                material X "Li2O" class=binary-oxide
                """;
        LibraryException e = assertThrows(LibraryException.class, () -> load(text));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("material X is already defined at user.lib:1"), e.getMessage());
    }

    @Test
    void duplicatePropertyLineIsRejected() {
        String text = materialWith("density = 2 g/cm3 source=[000] \"a\"\n  density = 3 g/cm3 source=[000] \"b\"");
        LibraryException e = assertThrows(LibraryException.class, () -> load(text));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("duplicate density"), e.getMessage());
    }

    @Test
    void everyProblemOfAFileIsReportedInOneGo() {
        String text = """
                material A "Li" class=anode
                  density = 0.53 g/cm3 source=[004] "§a8"
                  meltingPoint = 180.5 K/s source=[004] "§a8"
                material B "Li" class=wizard
                ald P material=Unobtainium precursor="TMA" coreactant="H2O"
                  gpc = 1 Å/cycle source=[002] "B-ALD-19"
                """;
        LibraryException e = assertThrows(LibraryException.class, () -> load(text));
        List<Integer> lines = e.problems().stream().map(LibraryProblem::line).toList();
        // Line 3: wrong unit kind; line 4: unknown class; line 6: GPC without temperature, which also
        // leaves process P without a GPC (reported at its header, line 5).
        assertEquals(List.of(3, 4, 5, 6), lines, e.getMessage());
        assertTrue(e.getMessage().contains("class wizard is not a material class"), e.getMessage());
        assertTrue(e.getMessage().contains("gpc needs the temperature"), e.getMessage());
    }

    @Test
    void processMustReferToAnExistingMaterial() {
        String text = """
                ald P material=al2o3-ald precursor="TMA" coreactant="H2O"
                  gpc = 1 Å/cycle @ 250 °C source=[002] "B-ALD-19"
                """;
        LibraryException e = assertThrows(LibraryException.class, () -> load(text));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("material=al2o3-ald is not a material in the library; did you mean "
                + "Al2O3-ALD?"), e.getMessage());
    }

    @Test
    void bodyLineOutsideAnEntryAndUnknownHeaderAreReported() {
        LibraryException e = assertThrows(LibraryException.class,
                () -> load("  density = 2 g/cm3 source=[000] \"x\"\nwidget W\n"));
        assertEquals(List.of(1, 2), e.problems().stream().map(LibraryProblem::line).toList());
        assertTrue(e.problems().get(0).message().contains("outside an entry"), e.getMessage());
        assertTrue(e.problems().get(1).message().contains("unknown entry 'widget'"), e.getMessage());
    }

    @Test
    void unknownVocabularyWordsAreReportedWithTheKnownOnes() {
        String text = """
                lbl L material=PAA-PEO-LbL precursor="PEI" pair="PAA/PEO" regime=wavy
                  precursorThickness = 1.7 nm source=[000] "§d12"
                material X "Li2O" class=wizard
                gadget G
                """;
        LibraryException e = assertThrows(LibraryException.class, () -> load(text));
        assertEquals(List.of(1, 3, 4), e.problems().stream().map(LibraryProblem::line).toList(), e.getMessage());
        assertTrue(e.getMessage().contains("regime=wavy is not a regime; use one of: linear, exponential"),
                e.getMessage());
        assertTrue(e.getMessage().contains("class wizard is not a material class; use one of: NASICON, garnet,"),
                e.getMessage());
        assertTrue(e.getMessage().contains("unknown entry 'gadget'; a line at the start of the line begins with one"
                + " of: source, material, ald,"), e.getMessage());
    }

    @Test
    void linearLbLNeedsABilayerThickness() {
        String text = """
                lbl L material=PAA-PEO-LbL precursor="PEI" pair="PAA/PEO" regime=linear
                  precursorThickness = 1.7 nm source=[000] "§d12"
                """;
        LibraryException e = assertThrows(LibraryException.class, () -> load(text));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("a linear process gives bilayerThickness"), e.getMessage());
    }
}
