package org.interphase.core.units;

import static org.interphase.core.units.Tolerances.CONVERSION;
import static org.interphase.core.units.Tolerances.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** C-rates as written in cycling protocols. */
class CRateTest {

    @ParameterizedTest(name = "{0} = {1}/h")
    @CsvSource(delimiter = '|', value = {
        "C/10|      0.1",
        "C / 10|    0.1",
        "C/2.5|     0.4",
        "0.1C|      0.1",
        "0.1 C|     0.1",
        "2C|        2",
        "C|         1",
        "1C|        1",
        "0.08C|     0.08",
        "  C/20  |  0.05"})
    void parsesEveryWrittenForm(String text, double perHour) {
        assertRelative(perHour, CRate.parse(text).perHour(), CONVERSION, text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"C/10", "C/3", "2C", "1C", "0.4C", "0.08C"})
    void printsAFormThatParsesBack(String text) {
        assertEquals(text, CRate.parse(text).toString());
        assertEquals(CRate.parse(text), CRate.parse(CRate.parse(text).toString()));
    }

    @Test
    void printsRatesBelowOnePerHourAsAFractionOfC() {
        assertEquals("C/10", new CRate(0.1).toString());
        assertEquals("C/2", CRate.parse("0.5C").toString());
    }

    @Test
    void givesTheCurrentForANominalCapacity() {
        assertRelative(0.2, CRate.parse("C/10").currentA(2.0), CONVERSION, "C/10 of 2 Ah");
        assertRelative(4.0, CRate.parse("2C").currentA(2.0), CONVERSION, "2C of 2 Ah");
        // facts.md §0 ([003]): the text says 3 µA ≡ 0.1 C, i.e. a 30 µAh thin-film cell.
        assertRelative(3.0, CRate.parse("0.1C").current(Units.parse("30 µAh")).in("µA"), CONVERSION, "0.1C of 30 µAh");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "C/0|      C-rate 'C/0' is not a positive finite rate; write e.g. C/10, 0.5C or 2C",
        "-1C|      C-rate '-1C' is not a positive finite rate; write e.g. C/10, 0.5C or 2C",
        "0C|       C-rate '0C' is not a positive finite rate; write e.g. C/10, 0.5C or 2C",
        "C/-2|     C-rate 'C/-2' is not a positive finite rate; write e.g. C/10, 0.5C or 2C",
        "C/|       missing number of hours after 'C/' at column 3 in 'C/'; write e.g. C/10, 0.5C or 2C",
        "C/ten|    missing number of hours after 'C/' at column 3 in 'C/ten'; write e.g. C/10, 0.5C or 2C",
        "C10|      unexpected '1' at column 2 in 'C10'; write e.g. C/10, 0.5C or 2C",
        "0.1|      missing 'C' at column 4 in '0.1'; write e.g. C/10, 0.5C or 2C",
        "2 C foo|  unexpected 'f' at column 5 in '2 C foo'; write e.g. C/10, 0.5C or 2C",
        "fast|     'fast' is not a C-rate; write e.g. C/10, 0.5C or 2C",
        "\"\"|     no C-rate given; write e.g. C/10, 0.5C or 2C"})
    void explainsBadRates(String text, String message) {
        assertEquals(message, assertThrows(QuantityException.class, () -> CRate.parse(text)).getMessage());
    }

    @Test
    void refusesImpossibleRatesAndCapacities() {
        assertThrows(QuantityException.class, () -> new CRate(0));
        assertThrows(QuantityException.class, () -> new CRate(Double.NaN));
        assertEquals("nominal capacity must be positive and finite, got -1.0 Ah",
                assertThrows(QuantityException.class, () -> CRate.parse("1C").currentA(-1)).getMessage());
        assertThrows(QuantityException.class, () -> CRate.parse("1C").current(Units.parse("1 V")));
    }
}
