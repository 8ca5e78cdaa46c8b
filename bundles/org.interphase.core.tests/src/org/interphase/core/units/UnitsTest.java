package org.interphase.core.units;

import static org.interphase.core.units.Dimension.AMOUNT;
import static org.interphase.core.units.Dimension.AMOUNT_RATE;
import static org.interphase.core.units.Dimension.AREA;
import static org.interphase.core.units.Dimension.AREAL_CAPACITANCE;
import static org.interphase.core.units.Dimension.AREAL_CAPACITY;
import static org.interphase.core.units.Dimension.AREAL_RESISTANCE;
import static org.interphase.core.units.Dimension.CAPACITANCE;
import static org.interphase.core.units.Dimension.CHARGE;
import static org.interphase.core.units.Dimension.CONCENTRATION;
import static org.interphase.core.units.Dimension.CONDUCTANCE;
import static org.interphase.core.units.Dimension.CONDUCTIVITY;
import static org.interphase.core.units.Dimension.CURRENT;
import static org.interphase.core.units.Dimension.CURRENT_DENSITY;
import static org.interphase.core.units.Dimension.DENSITY;
import static org.interphase.core.units.Dimension.DIFFUSIVITY;
import static org.interphase.core.units.Dimension.ENERGY;
import static org.interphase.core.units.Dimension.FREQUENCY;
import static org.interphase.core.units.Dimension.HEATING_RATE;
import static org.interphase.core.units.Dimension.LENGTH;
import static org.interphase.core.units.Dimension.MASS;
import static org.interphase.core.units.Dimension.MOLAR_ENERGY;
import static org.interphase.core.units.Dimension.MOLAR_MASS;
import static org.interphase.core.units.Dimension.NONE;
import static org.interphase.core.units.Dimension.POWER;
import static org.interphase.core.units.Dimension.POWER_DENSITY;
import static org.interphase.core.units.Dimension.PRESSURE;
import static org.interphase.core.units.Dimension.RESISTANCE;
import static org.interphase.core.units.Dimension.SCAN_RATE;
import static org.interphase.core.units.Dimension.TEMPERATURE;
import static org.interphase.core.units.Dimension.TIME;
import static org.interphase.core.units.Dimension.VELOCITY;
import static org.interphase.core.units.Dimension.VOLTAGE;
import static org.interphase.core.units.Dimension.VOLUME;
import static org.interphase.core.units.Tolerances.CONVERSION;
import static org.interphase.core.units.Tolerances.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing of every unit family scientists type, compound notation and SI conversion values. */
class UnitsTest {

    private static final double TORR = 101_325.0 / 760;
    private static final double EV = 1.602176634e-19;

    /** One value per unit family and spelling, with its SI value and dimension. */
    static Stream<Arguments> everyUnitFamily() {
        return Stream.of(
                // length, including ASCII/Greek micro and the angstrom sign U+212B
                Arguments.of("2.5 nm", 2.5e-9, LENGTH), Arguments.of("3 pm", 3e-12, LENGTH),
                Arguments.of("1 µm", 1e-6, LENGTH), Arguments.of("1 um", 1e-6, LENGTH),
                Arguments.of("1 \u03BCm", 1e-6, LENGTH), Arguments.of("4 mm", 4e-3, LENGTH),
                Arguments.of("2 cm", 0.02, LENGTH), Arguments.of("3 dm", 0.3, LENGTH),
                Arguments.of("1 m", 1.0, LENGTH), Arguments.of("1 km", 1000.0, LENGTH),
                Arguments.of("1.1 Å", 1.1e-10, LENGTH), Arguments.of("1 \u212B", 1e-10, LENGTH),
                Arguments.of("2 Angstrom", 2e-10, LENGTH), Arguments.of("1.1 Å/cycle", 1.1e-10, LENGTH),
                Arguments.of("0.7 Å/cyc", 0.7e-10, LENGTH), Arguments.of("4 nm/bilayer", 4e-9, LENGTH),
                // mass
                Arguments.of("1 g", 1e-3, MASS), Arguments.of("1 kg", 1.0, MASS),
                Arguments.of("5 mg", 5e-6, MASS), Arguments.of("2 µg", 2e-9, MASS),
                // time, including the words protocol sentences use
                Arguments.of("10 s", 10.0, TIME), Arguments.of("5 ms", 5e-3, TIME),
                Arguments.of("2 min", 120.0, TIME), Arguments.of("1 h", 3600.0, TIME),
                Arguments.of("2 d", 172_800.0, TIME), Arguments.of("1 second", 1.0, TIME),
                Arguments.of("30 seconds", 30.0, TIME), Arguments.of("1 minute", 60.0, TIME),
                Arguments.of("5 minutes", 300.0, TIME), Arguments.of("1 hour", 3600.0, TIME),
                Arguments.of("10 hours", 36_000.0, TIME), Arguments.of("3 days", 259_200.0, TIME),
                // current
                Arguments.of("3 µA", 3e-6, CURRENT), Arguments.of("40 uA", 4e-5, CURRENT),
                Arguments.of("1 mA", 1e-3, CURRENT), Arguments.of("2 A", 2.0, CURRENT),
                Arguments.of("5 nA", 5e-9, CURRENT),
                // temperature: a lone °C is absolute
                Arguments.of("130 °C", 403.15, TEMPERATURE), Arguments.of("25 degC", 298.15, TEMPERATURE),
                Arguments.of("-30 °C", 243.15, TEMPERATURE), Arguments.of("130 \u2103", 403.15, TEMPERATURE),
                Arguments.of("300 K", 300.0, TEMPERATURE),
                // amount and concentration (M = mol/L)
                Arguments.of("1 mol", 1.0, AMOUNT), Arguments.of("2 mmol", 2e-3, AMOUNT),
                Arguments.of("20 mM", 20.0, CONCENTRATION), Arguments.of("1 M", 1000.0, CONCENTRATION),
                Arguments.of("5 µM", 5e-3, CONCENTRATION), Arguments.of("1 mol/L", 1000.0, CONCENTRATION),
                // volume
                Arguments.of("1 L", 1e-3, VOLUME), Arguments.of("1 mL", 1e-6, VOLUME),
                Arguments.of("5 ml", 5e-6, VOLUME), Arguments.of("1 cm3", 1e-6, VOLUME),
                Arguments.of("2 cm2", 2e-4, AREA),
                // electrical
                Arguments.of("3.8 V", 3.8, VOLTAGE), Arguments.of("10 mV", 0.01, VOLTAGE),
                Arguments.of("-0.2 V", -0.2, VOLTAGE), Arguments.of("+4.2 V", 4.2, VOLTAGE),
                Arguments.of("250 Ω", 250.0, RESISTANCE), Arguments.of("1 kΩ", 1000.0, RESISTANCE),
                Arguments.of("2 ohm", 2.0, RESISTANCE), Arguments.of("3 Ohm", 3.0, RESISTANCE),
                Arguments.of("1 kohm", 1000.0, RESISTANCE), Arguments.of("1 MΩ", 1e6, RESISTANCE),
                Arguments.of("5 \u2126", 5.0, RESISTANCE), Arguments.of("1 mS", 1e-3, CONDUCTANCE),
                Arguments.of("1.6e-4 S/cm", 1.6e-2, CONDUCTIVITY), Arguments.of("0.1 mS/cm", 1e-2, CONDUCTIVITY),
                Arguments.of("1 S/m", 1.0, CONDUCTIVITY),
                Arguments.of("10 µF", 1e-5, CAPACITANCE), Arguments.of("2 nF", 2e-9, CAPACITANCE),
                Arguments.of("3 pF", 3e-12, CAPACITANCE), Arguments.of("25 µF/cm2", 0.25, AREAL_CAPACITANCE),
                Arguments.of("1 C", 1.0, CHARGE), Arguments.of("5 mC", 5e-3, CHARGE),
                Arguments.of("1 mAh", 3.6, CHARGE), Arguments.of("1 Ah", 3600.0, CHARGE),
                Arguments.of("155 mAh/g", 558_000.0, Dimension.SPECIFIC_CAPACITY),
                Arguments.of("1 mAh/cm2", 36_000.0, AREAL_CAPACITY),
                Arguments.of("0.1 mA/cm2", 1.0, CURRENT_DENSITY), Arguments.of("1 A/m2", 1.0, CURRENT_DENSITY),
                Arguments.of("250 Ω cm2", 0.025, AREAL_RESISTANCE),
                // energy and power
                Arguments.of("1 J", 1.0, ENERGY), Arguments.of("1 kJ", 1000.0, ENERGY),
                Arguments.of("0.42 eV", 0.42 * EV, ENERGY), Arguments.of("12 meV", 12e-3 * EV, ENERGY),
                Arguments.of("1 Wh", 3600.0, ENERGY), Arguments.of("45 kJ/mol", 45_000.0, MOLAR_ENERGY),
                Arguments.of("150 W", 150.0, POWER), Arguments.of("5 mW", 5e-3, POWER),
                Arguments.of("1 kW", 1000.0, POWER), Arguments.of("2.63 W/cm2", 26_300.0, POWER_DENSITY),
                // pressure
                Arguments.of("1 Pa", 1.0, PRESSURE), Arguments.of("126 kPa", 126_000.0, PRESSURE),
                Arguments.of("3 MPa", 3e6, PRESSURE), Arguments.of("4.25 GPa", 4.25e9, PRESSURE),
                Arguments.of("0.2 Torr", 0.2 * TORR, PRESSURE), Arguments.of("100 mTorr", 0.1 * TORR, PRESSURE),
                Arguments.of("1 bar", 1e5, PRESSURE), Arguments.of("10 mbar", 1000.0, PRESSURE),
                Arguments.of("1 atm", 101_325.0, PRESSURE),
                // frequency, also as 1/s and s-1
                Arguments.of("100 kHz", 1e5, FREQUENCY), Arguments.of("10 mHz", 0.01, FREQUENCY),
                Arguments.of("1 MHz", 1e6, FREQUENCY), Arguments.of("2 1/s", 2.0, FREQUENCY),
                Arguments.of("3 s-1", 3.0, FREQUENCY), Arguments.of("3 s^-1", 3.0, FREQUENCY),
                // densities, rates, transport
                Arguments.of("1.5 g/cm3", 1500.0, DENSITY), Arguments.of("25.94 g/mol", 0.02594, MOLAR_MASS),
                Arguments.of("1e-10 cm2/s", 1e-14, DIFFUSIVITY), Arguments.of("1 nm/s", 1e-9, VELOCITY),
                Arguments.of("6 nm/min", 1e-10, VELOCITY), Arguments.of("10 K/min", 10.0 / 60, HEATING_RATE),
                Arguments.of("0.1 mV/s", 1e-4, SCAN_RATE),
                // dimensionless: fractions and counts
                Arguments.of("5", 5.0, NONE), Arguments.of("2 %", 0.02, NONE), Arguments.of("2 wt%", 0.02, NONE),
                Arguments.of("5 at%", 0.05, NONE), Arguments.of("3 mol%", 0.03, NONE),
                Arguments.of("10 vol%", 0.1, NONE), Arguments.of("50 ppm", 5e-5, NONE),
                Arguments.of("1 cycle", 1.0, NONE), Arguments.of("300 cycles", 300.0, NONE),
                Arguments.of("1 bilayer", 1.0, NONE), Arguments.of("30 bilayers", 30.0, NONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyUnitFamily")
    void parsesEveryUnitFamilyToSi(String text, double si, Dimension dimension) {
        Quantity q = Units.parse(text);
        assertEquals(dimension, q.dimension(), () -> text + " should be " + dimension.describe());
        assertRelative(si, q.si(), CONVERSION, text);
        assertEquals(text.strip(), q.text());
    }

    /** The conversions the brief names, through {@link Quantity#in(String)}. */
    @ParameterizedTest(name = "{0} = {2} {1}")
    @CsvSource(delimiter = ';', value = {
        "1 mA/cm2;      A/m2;    10",
        "1.6e-4 S/cm;   S/m;     1.6e-2",
        "130 °C;        K;       403.15",
        "1 Å/cycle;     m;       1e-10",
        "1 mAh/g;       C/g;     3.6",
        "1 mAh/g;       C/kg;    3600",
        "250 Ω cm2;     Ω m2;    0.025",
        "20 mM;         mol/L;   0.02",
        "760 Torr;      atm;     1",
        "1 h;           min;     60",
        "1 S/m;         mS/cm;   10",
        "403.15 K;      °C;      130",
        "1 mA h g-1;    mAh/g;   1",
        "1 g/cm3;       kg/m3;   1000"})
    void convertsBetweenUnits(String text, String unit, double expected) {
        assertRelative(expected, Units.parse(text).in(unit), CONVERSION, text + " in " + unit);
    }

    @Test
    void torrIsOneSevenHundredSixtiethOfAnAtmosphere() {
        // 1 Torr = 133.322 Pa as usually quoted to three decimals.
        assertEquals(133.322, Units.parse("1 Torr").in("Pa"), 5e-4);
    }

    @Test
    void sccmIsOneCubicCentimetrePerMinuteOfIdealGasAtZeroCelsiusAndOneAtmosphere() {
        // Independent route: molar volume of an ideal gas at 273.15 K and 101.325 kPa is
        // 22.41396954 L/mol (CODATA 2018), so 1 sccm = 1e-3 L/min / 22.41396954 L/mol.
        double expected = 20 * 1e-3 / 22.41396954 / 60;
        assertRelative(expected, Units.parse("20 sccm").in("mol/s"), 1e-9, "20 sccm");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ω cm2", "Ω·cm²", "Ω*cm^2", "Ω cm^2", "ohm cm2", "Ohm·cm2", "Ω ⋅ cm2", "Ω∙cm2",
        "\u2126 cm2", "Ω*cm*cm", "Ω cm cm"})
    void writesCompoundUnitsWithAnySeparatorAndExponent(String unit) {
        assertRelative(0.025, Units.parse("250 " + unit).in("Ω m2"), CONVERSION, unit);
        assertEquals(AREAL_RESISTANCE, Units.unit(unit).dimension());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mAh/g", "mAh g-1", "mA h g-1", "mAh g⁻¹", "mA h/g", "mAh·g^-1", "mAh/ g", "mAh /g"})
    void writesSpecificCapacityInEveryNotationOfPapers(String unit) {
        assertRelative(3600, Units.parse("1 " + unit).si(), CONVERSION, unit);
    }

    @Test
    void dividesEverythingAfterTheSlashLikeScientistsRead() {
        // "W/m K" is thermal conductivity W/(m·K), and "J/mol/K" is J/(mol·K).
        assertEquals(POWER.over(LENGTH).over(TEMPERATURE), Units.unit("W/m K").dimension());
        assertEquals(MOLAR_ENERGY.over(TEMPERATURE), Units.unit("J/mol/K").dimension());
        assertEquals(FREQUENCY, Units.unit("1/s").dimension());
        assertEquals(FREQUENCY, Units.unit("1 / s").dimension());
    }

    @Test
    void degreesCelsiusInACompoundAreADifferenceWithoutOffset() {
        assertRelative(278.15, Units.parse("5 °C").si(), CONVERSION, "5 °C absolute");
        assertRelative(5, Units.parse("5 °C/s").si(), CONVERSION, "5 °C/s is 5 K/s");
        assertRelative(10.0 / 60, Units.parse("10 °C/min").in("K/s"), CONVERSION, "10 °C/min");
        assertEquals(Units.parse("10 K/min").si(), Units.parse("10 °C/min").si());
        // Temperature coefficients end in °C, which must still be a difference.
        assertRelative(-2e-3, Units.parse("-2 mV/°C").si(), CONVERSION, "-2 mV/°C");
        assertRelative(2, Units.parse("2 1/°C").si(), CONVERSION, "2 1/°C");
        assertRelative(4, Units.parse("4 °C^2").si(), CONVERSION, "4 °C^2");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.5nm", "2.5 nm", "  2.5   nm  ", "2.5\tnm", ".0025 µm", "2.5e0 nm", "25E-1 nm",
        "2.5 × 10^0 nm", "0.25 x 10^1 nm", "25 × 10⁻¹ nm"})
    void acceptsNumberNotationsOfKeyboardsAndPapers(String text) {
        assertRelative(2.5e-9, Units.parse(text).si(), CONVERSION, text);
    }

    @Test
    void readsTheElectronvoltRightAfterTheNumber() {
        // "2.5eV" must not be taken for a broken exponent "2.5e".
        assertRelative(2.5 * EV, Units.parse("2.5eV").si(), CONVERSION, "2.5eV");
    }

    @Test
    void acceptsTheTypographicMinusSign() {
        assertRelative(-0.5, Units.parse("\u22120.5 V").si(), CONVERSION, "−0.5 V");
    }

    /** Every unit of the facts.md glossary, §e "Units" row, written as it is printed there. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "1 S cm⁻¹;            100 S/m",
        "1 mS cm⁻¹;           1e-3 S cm⁻¹",
        "1 mA cm⁻²;           10 A/m2",
        "1 mAh cm⁻²;          3.6e4 C/m2",
        "1 µAh cm⁻² µm⁻¹;     36 C/cm3",
        "1 mAh g⁻¹;           3.6 C/g",
        "1 W cm⁻²;            1e4 W/m2",
        "1 g dm⁻³;            1 g L⁻¹",
        "1 eV nm⁻²;           1.602176634e-1 J/m2",
        "1 °C s⁻¹;            1 K/s",
        "1 kPa;               1000 Pa",
        "1 Å;                 0.1 nm",
        "1 mV s⁻¹;            1e-3 V/s"})
    void parsesEveryUnitOfTheFactsGlossary(String printed, String equivalent) {
        Quantity a = Units.parse(printed);
        Quantity b = Units.parse(equivalent);
        assertEquals(b.dimension(), a.dimension(), printed);
        assertRelative(b.si(), a.si(), CONVERSION, printed);
    }

    @Test
    void convertsPublishedConductivityWrittenWithTimesTenNotation() {
        // facts.md §a1: LATP Li1.3Al0.3Ti1.7(PO4)3, σ(RT) = 7 × 10⁻⁴ S cm⁻¹ ([001] Table 1).
        Quantity sigma = Units.parse("7 × 10⁻⁴ S cm⁻¹", CONDUCTIVITY, "ionic conductivity");
        assertRelative(7e-4, sigma.in("S/cm"), CONVERSION, "LATP σ");
        assertRelative(0.07, sigma.si(), CONVERSION, "LATP σ in S/m");
    }

    @Test
    void reproducesTheDerivedPlatedLithiumThicknessOfTheFacts() {
        // facts.md §a8: 1 mAh cm⁻² of Li metal ≈ 4.89 µm, derived from 3860 mAh g⁻¹ and 0.53 g cm⁻³ ([004]).
        Quantity areal = Units.parse("1 mAh cm⁻²", AREAL_CAPACITY, "areal capacity");
        Quantity specific = Units.parse("3860 mAh g⁻¹", Dimension.SPECIFIC_CAPACITY, "specific capacity");
        Quantity density = Units.parse("0.53 g cm⁻³", DENSITY, "density");
        Quantity thickness = Quantity.of(areal.si() / (specific.si() * density.si()), "m");
        // ±0.005 µm: the facts round to two decimals.
        assertEquals(4.89, thickness.in("µm"), 0.005);
    }

    @Test
    void reproducesTheDerivedAldFilmThicknessOfTheFacts() {
        // facts.md §b3, B-ALD-1: ~0.7 Å/cycle for 1200 cycles ≈ 84 nm [derived] ([002], Nisula/Karppinen).
        double gpc = Units.parse("0.7 Å/cycle", LENGTH, "growth per cycle").si();
        double cycles = Units.parse("1200 cycles", NONE, "cycle count").si();
        assertRelative(84, Quantity.of(gpc * cycles, "m").in("nm"), CONVERSION, "film thickness");
    }

    @Test
    void listsTheUnitsUsersMayWriteForADimension() {
        assertEquals(List.of("pm", "nm", "µm", "mm", "cm", "dm", "m", "km", "Å"), Units.knownUnits(LENGTH));
        assertEquals(List.of("K", "°C"), Units.knownUnits(TEMPERATURE));
        assertEquals(List.of(), Units.knownUnits(CONDUCTIVITY), "conductivity has only compound units");
        for (Dimension d : List.of(LENGTH, TIME, PRESSURE, NONE, CHARGE, ENERGY)) {
            for (String symbol : Units.knownUnits(d)) {
                assertEquals(d, Units.unit(symbol).dimension(), symbol);
            }
        }
    }

    @Test
    void returnsTheCachedUnitForRepeatedText() {
        assertSame(Units.unit("mA/cm2"), Units.unit("mA/cm2"));
        assertSame(Units.unit("Ω cm2"), Units.unit("  Ω cm2 "), "surrounding blanks do not make a new unit");
    }

    @Test
    void parsesConsistentlyFromManyThreads() {
        List<String> texts = List.of("2.5 nm", "0.1 mA/cm2", "1.6e-4 S/cm", "130 °C", "155 mAh/g", "250 Ω cm2",
                "20 sccm", "0.2 Torr", "45 kJ/mol", "25 µF/cm2");
        List<Double> sequential = texts.stream().map(t -> Units.parse(t).si()).toList();
        List<Double> parallel = IntStream.range(0, 2000).parallel()
                .mapToObj(i -> Units.parse(texts.get(i % texts.size())).si())
                .toList();
        for (int i = 0; i < parallel.size(); i++) {
            assertEquals(sequential.get(i % texts.size()), parallel.get(i));
        }
    }

    @Test
    void isFastEnoughToRunOnEveryKeystroke() {
        // 200 000 parses take well under a second on one core; the bound leaves room for a loaded CI machine.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < 20_000; i++) {
                Units.parse("2.5 nm");
                Units.parse("0.1 mA/cm2");
                Units.parse("1.6e-4 S/cm");
                Units.parse("130 °C");
                Units.parse("1.1 Å/cycle");
                Units.parse("155 mAh/g");
                Units.parse("250 Ω cm2");
                Units.parse("7 × 10⁻⁴ S cm⁻¹");
                Units.parse("20 sccm");
                Units.parse("2 wt%");
            }
        });
    }
}
