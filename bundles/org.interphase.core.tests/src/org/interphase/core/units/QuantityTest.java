package org.interphase.core.units;

import static org.interphase.core.units.Tolerances.CONVERSION;
import static org.interphase.core.units.Tolerances.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Building, converting and checking quantities. */
class QuantityTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
        "2.5;      nm",
        "0.1;      mA/cm2",
        "1.6e-4;   S/cm",
        "130;      °C",
        "-30;      °C",
        "1.1;      Å/cycle",
        "155;      mAh/g",
        "250;      Ω cm2",
        "0.2;      Torr",
        "20;       sccm",
        "25;       µF/cm2",
        "45;       kJ/mol",
        "2;        wt%",
        "10;       °C/min",
        "0.42;     eV"})
    void roundTripsThroughSi(double value, String unit) {
        Quantity q = Quantity.of(value, unit);
        assertRelative(value, q.in(unit), CONVERSION, value + " " + unit);
        assertRelative(value, Units.parse(q.text()).in(unit), CONVERSION, "re-parsed " + q.text());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "2.5;     nm;       2.5 nm",
        "100;     nm;       100 nm",
        "1e-4;    S/cm;     1e-4 S/cm",
        "1.6e-4;  S/cm;     1.6e-4 S/cm",
        "5;       '';       5",
        "-0.2;    V;        -0.2 V"})
    void writesItsTextTheWayAScientistWould(double value, String unit, String text) {
        assertEquals(text, Quantity.of(value, unit).text());
    }

    @Test
    void convertsOnlyToTheSameDimension() {
        QuantityException e = assertThrows(QuantityException.class, () -> Units.parse("2 nm").in("S/cm"));
        assertEquals("cannot convert '2 nm' (a length) to S/cm (a conductivity)", e.getMessage());
        QuantityException plain = assertThrows(QuantityException.class, () -> Units.parse("2 nm").in(""));
        assertEquals("cannot convert '2 nm' (a length) to a plain number", plain.getMessage());
    }

    @Test
    void reportsAnUnknownTargetUnit() {
        QuantityException e = assertThrows(QuantityException.class, () -> Units.parse("2 nm").in("nmm"));
        assertTrue(e.getMessage().startsWith("unknown unit 'nmm' at column 1 in 'nmm'; did you mean 'nm'?"), e.getMessage());
    }

    @Test
    void requireDimensionReturnsTheSameQuantityWhenItFits() {
        Quantity q = Units.parse("0.1 mA/cm2");
        assertSame(q, q.requireDimension(Dimension.CURRENT_DENSITY, "current density"));
    }

    @Test
    void knowsPlainNumbersAndCountsAreDimensionless() {
        assertTrue(Units.parse("5").isDimensionless());
        assertTrue(Units.parse("30 bilayers").isDimensionless());
        assertTrue(Units.parse("2 wt%").isDimensionless());
        assertFalse(Units.parse("1.1 Å/cycle").isDimensionless());
    }

    @Test
    void refusesNonFiniteValues() {
        assertEquals("value NaN is not finite; check the exponent",
                assertThrows(QuantityException.class, () -> Quantity.of(Double.NaN, "nm")).getMessage());
        assertEquals("value Infinity is not finite; check the exponent",
                assertThrows(QuantityException.class, () -> Quantity.of(Double.POSITIVE_INFINITY, "V")).getMessage());
        assertEquals("value 1e300 GPa is not finite in SI units; check the exponent",
                assertThrows(QuantityException.class, () -> Quantity.of(1e300, "GPa")).getMessage());
        assertThrows(QuantityException.class, () -> new Quantity(Double.NaN, Dimension.LENGTH, "x"));
    }
}
