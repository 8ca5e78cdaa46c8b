package org.interphase.core.units;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The messages a scientist reads when a value is wrong, and the columns an editor underlines. */
class UnitErrorsTest {

    private static QuantityException parseFails(String text) {
        return assertThrows(QuantityException.class, () -> Units.parse(text), text);
    }

    @Test
    void suggestsTheClosestUnitAndListsItsFamily() {
        QuantityException e = parseFails("2.5 nmm");
        assertEquals("unknown unit 'nmm' at column 5 in '2.5 nmm'; did you mean 'nm'? "
                + "(known length units: pm, nm, µm, mm, cm, dm, m, km, Å)", e.getMessage());
        assertEquals(4, e.column());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "5 pa,        Pa",
        "100 khz,     kHz",
        "0.42 ev,     eV",
        "0.2 torr,    Torr",
        "155 mAH/g,   mAh",
        "20 sccms,    sccm",
        "3 Ohms,      Ohm",
        "130 °,       °C",
        "2 wt,        wt%",
        "3 V/sec,     s",
        "1 mA/cn2,    cm"})
    void suggestsWhatWasMostLikelyMeant(String text, String suggestion) {
        assertTrue(parseFails(text).getMessage().contains("did you mean '" + suggestion + "'?"),
                () -> text + ": " + parseFails(text).getMessage());
    }

    @Test
    void locatesAnUnknownUnitInsideACompound() {
        QuantityException e = parseFails("0.1 mA/cn2");
        assertEquals(7, e.column());
        assertTrue(e.getMessage().startsWith("unknown unit 'cn' at column 8 in '0.1 mA/cn2'; did you mean 'cm'?"),
                e.getMessage());
    }

    @Test
    void listsAllUnitsWhenNothingIsClose() {
        QuantityException e = parseFails("2 qq");
        assertAll(
                () -> assertTrue(e.getMessage().startsWith("unknown unit 'qq' at column 3 in '2 qq' (known units: m, Å, g, s"),
                        e.getMessage()),
                () -> assertTrue(e.getMessage().contains(", Ah, "), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("SI prefixes p n µ m c d k M G"), e.getMessage()),
                () -> assertFalse(e.getMessage().contains("did you mean"), e.getMessage()));
    }

    @Test
    void reportsAnUnknownUnitGivenOnItsOwn() {
        QuantityException e = assertThrows(QuantityException.class, () -> Units.unit("mA/cm2/xyz"));
        assertTrue(e.getMessage().startsWith("unknown unit 'xyz' at column 8 in 'mA/cm2/xyz'"), e.getMessage());
        assertEquals(7, e.column());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "abc|       'abc' is not a number; write a number and a unit, e.g. 2.5 nm|  0",
        "nm 2.5|    'nm' is not a number; write a number and a unit, e.g. 2.5 nm|   0",
        "2.5.3 nm|  '2.5.3' is not a number; write a number and a unit, e.g. 2.5 nm| 0",
        "2,5 nm|    '2,5' is not a number; write decimals with a point, e.g. 2.5 nm| 0",
        "\" - 3 V\"|  '-' is not a number; write a number and a unit, e.g. 2.5 nm|    1",
        "e5 V|      'e5' is not a number; write a number and a unit, e.g. 2.5 nm|   0",
        ". nm|      '.' is not a number; write a number and a unit, e.g. 2.5 nm|    0"})
    void saysWhenTheNumberIsNotANumber(String text, String message, int column) {
        QuantityException e = parseFails(text);
        assertEquals(message, e.getMessage());
        assertEquals(column, e.column());
    }

    @Test
    void usesTheExpectedKindInTheExampleOfANumberError() {
        QuantityException e = assertThrows(QuantityException.class,
                () -> Units.parse("high", Dimension.CONDUCTIVITY, "ionic conductivity"));
        assertEquals("'high' is not a number; write a number and a unit, e.g. 1e-4 S/cm", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void saysWhenNothingWasWritten(String text) {
        assertEquals("no value given; write a number and a unit, e.g. 2.5 nm", parseFails(text).getMessage());
        QuantityException named = assertThrows(QuantityException.class,
                () -> Units.parse(text, Dimension.CONDUCTIVITY, "ionic conductivity"));
        assertEquals("no ionic conductivity given; write a number and a unit, e.g. 1e-4 S/cm", named.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1e999|         value 1e999 is not finite; check the exponent",
        "-1e999 nm|     value -1e999 is not finite; check the exponent",
        "1e300 GPa|     value 1e300 GPa is not finite in SI units; check the exponent",
        "2 × 10^999 V|  value 2 × 10^999 is not finite; check the exponent"})
    void refusesValuesThatAreNotFinite(String text, String message) {
        assertEquals(message, parseFails(text).getMessage());
    }

    @Test
    void namesBothDimensionsWhenTheKindIsWrong() {
        QuantityException e = assertThrows(QuantityException.class,
                () -> Units.parse("2.5 nm", Dimension.CONDUCTIVITY, "ionic conductivity"));
        assertEquals("expected a conductivity (S/m, e.g. 1e-4 S/cm) for ionic conductivity but '2.5 nm' is a length",
                e.getMessage());
        assertEquals(-1, e.column());
    }

    static Stream<Arguments> mismatches() {
        return Stream.of(
                Arguments.of("5", Dimension.LENGTH, "thickness",
                        "expected a length (m, e.g. 2.5 nm) for thickness but '5' is a dimensionless number"),
                Arguments.of("3 nm", Dimension.NONE, "Li fraction",
                        "expected a dimensionless number (e.g. 2 wt%) for Li fraction but '3 nm' is a length"),
                Arguments.of("130 °C", Dimension.TIME, "anneal time",
                        "expected a time (s, e.g. 10 s) for anneal time but '130 °C' is a temperature"),
                Arguments.of("0.1 mA", Dimension.CURRENT_DENSITY, "current density",
                        "expected a current density (A/m², e.g. 0.1 mA/cm2) for current density but '0.1 mA' is a current"),
                Arguments.of("250 Ω", Dimension.AREAL_RESISTANCE, "ASR",
                        "expected an areal resistance (Ω·m², e.g. 250 Ω cm2) for ASR but '250 Ω' is a resistance"),
                Arguments.of("1 W/m K", Dimension.CONDUCTIVITY, "σ",
                        "expected a conductivity (S/m, e.g. 1e-4 S/cm) for σ but '1 W/m K' is a quantity in m·kg·s^-3·K^-1"));
    }

    @ParameterizedTest(name = "{0} for {2}")
    @MethodSource("mismatches")
    void explainsDimensionMismatchesInWordsOfTheField(String text, Dimension expected, String what, String message) {
        assertEquals(message, assertThrows(QuantityException.class, () -> Units.parse(text, expected, what)).getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "2.5 nm/|     missing unit at column 8 in '2.5 nm/'; write units like mA/cm2, S cm-1 or Ω·cm²|   7",
        "2.5 cm2g|    unexpected 'g' at column 8 in '2.5 cm2g'; write units like mA/cm2, S cm-1 or Ω·cm²| 7",
        "2 W/(m K)|   unexpected '(' at column 5 in '2 W/(m K)'; write units like mA/cm2, S cm-1 or Ω·cm²| 4",
        "2 nm, 3 nm|  unexpected ',' at column 5 in '2 nm, 3 nm'; write units like mA/cm2, S cm-1 or Ω·cm²| 4",
        "2 m^|        bad exponent '^' at column 4 in '2 m^'; write a whole number from 1 to 99 with an optional sign, e.g. cm2, cm^2 or s-1| 3",
        "2 m0|        bad exponent '0' at column 4 in '2 m0'; write a whole number from 1 to 99 with an optional sign, e.g. cm2, cm^2 or s-1| 3",
        "2 m123|      bad exponent '123' at column 4 in '2 m123'; write a whole number from 1 to 99 with an optional sign, e.g. cm2, cm^2 or s-1| 3",
        "2 mA-cm|     bad exponent '-' at column 5 in '2 mA-cm'; write a whole number from 1 to 99 with an optional sign, e.g. cm2, cm^2 or s-1| 4"})
    void pointsAtTheColumnOfASyntaxError(String text, String message, int column) {
        QuantityException e = parseFails(text);
        assertEquals(message, e.getMessage());
        assertEquals(column, e.column());
    }

    @Test
    void isAnIllegalArgumentSoCallersNeedNoSpecialCatch() {
        assertThrows(IllegalArgumentException.class, () -> Units.parse("2.5 nmm"));
    }
}
