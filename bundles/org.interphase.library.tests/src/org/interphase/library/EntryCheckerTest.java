package org.interphase.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Entries as the language hands them over ({@link WrittenEntry}) are checked against the library's vocabulary, each
 * problem at its line; a material override changes single properties of its base.
 */
class EntryCheckerTest {

    private static final Origin FILE = new Origin("user.iph", 1);
    private static final List<WrittenEntry.Source> LAB = List.of(new WrittenEntry.Source("[Lab]",
            "Our lab notebook, 2026", FILE));

    private static WrittenEntry.Line line(String name, String value, String text, String temperature, int at) {
        return new WrittenEntry.Line(name, Map.of(), value, null, text, temperature, "[Lab]", "run 1", "", at);
    }

    private static MaterialLibrary read(MaterialLibrary base, WrittenEntry.Line... lines) {
        return base.read(LAB, List.of(new WrittenEntry("material", "X", "Li3N", Map.of("class", "nitride"),
                List.of(lines), FILE)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            unknown unit     | ionicConductivity | 1e-4 S/cmm | -     | 25 °C | unknown unit 'cmm'
            wrong dimension  | ionicConductivity | 2 nm       | -     | 25 °C | must be a conductivity
            misspelt name    | ionicConductivty  | 1e-4 S/cm  | -     | 25 °C | unknown property 'ionicConductivty'
            negative value   | density           | -2 g/cm3   | -     | -     | must be positive
            flag not a flag  | reducedByLi       | -          | maybe | -     | reducedByLi is true or false
            no temperature   | density           | 2 g/cm3    | -     | 25 °C | density takes no temperature
            word for number  | density           | -          | heavy | -     | not a word
            """)
    void aMalformedLineIsReportedAtItsLine(String what, String name, String value, String text, String temperature,
            String expected) {
        LibraryException e = assertThrows(LibraryException.class,
                () -> read(MaterialLibrary.empty(), line(name, value, text, temperature, 3)));

        assertEquals(3, e.line(), what);
        assertTrue(e.getMessage().contains(expected), () -> what + ": " + e.getMessage());
    }

    @Test
    void aValueWithoutAKnownSourceIsRefused() {
        WrittenEntry.Line uncited = new WrittenEntry.Line("density", Map.of(), "2 g/cm3", null, null, null, "[Nobody]",
                "", "", 4);

        LibraryException e = assertThrows(LibraryException.class, () -> read(MaterialLibrary.empty(), uncited));

        assertTrue(e.getMessage().contains("unknown source [Nobody]"), e.getMessage());
    }

    @Test
    void anOverrideChangesOnePropertyAndKeepsTheRest() {
        MaterialLibrary base = read(MaterialLibrary.empty(), line("density", "2 g/cm3", null, null, 2),
                line("ionicConductivity", "1e-4 S/cm", null, "25 °C", 3));

        MaterialLibrary override = base.read(LAB, List.of(new WrittenEntry("material", "X", "", Map.of(),
                List.of(line("density", "3 g/cm3", null, null, 7)), new Origin("mine.iph", 6))));
        Material merged = base.withOverrides(override).material("X").orElseThrow();

        assertEquals(3000, merged.require("density").value().si(), 1e-9);
        assertEquals(1e-2, merged.require("ionicConductivity").value().si(), 1e-12);
        assertEquals("Li3N", merged.formula());
        assertEquals(MaterialClass.NITRIDE, merged.materialClass());
    }
}
