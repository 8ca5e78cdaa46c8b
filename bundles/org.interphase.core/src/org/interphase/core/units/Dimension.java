package org.interphase.core.units;

import java.util.Map;

/**
 * SI base-dimension exponents of a physical quantity (length, mass, time, electric current,
 * thermodynamic temperature, amount of substance). Luminous intensity is left out: nothing in
 * battery or thin-film modelling needs it.
 *
 * <p>The named constants cover the quantities that appear in deposition recipes and cell
 * descriptions; they carry a human-readable noun, the SI unit and a typical example so that
 * error messages can say what was expected in the words a materials scientist uses.
 */
public record Dimension(int length, int mass, int time, int current, int temperature, int amount) {

    public static final Dimension NONE = new Dimension(0, 0, 0, 0, 0, 0);
    public static final Dimension LENGTH = new Dimension(1, 0, 0, 0, 0, 0);
    public static final Dimension MASS = new Dimension(0, 1, 0, 0, 0, 0);
    public static final Dimension TIME = new Dimension(0, 0, 1, 0, 0, 0);
    public static final Dimension CURRENT = new Dimension(0, 0, 0, 1, 0, 0);
    public static final Dimension TEMPERATURE = new Dimension(0, 0, 0, 0, 1, 0);
    public static final Dimension AMOUNT = new Dimension(0, 0, 0, 0, 0, 1);

    public static final Dimension AREA = LENGTH.pow(2);
    public static final Dimension VOLUME = LENGTH.pow(3);
    public static final Dimension DENSITY = MASS.over(VOLUME);
    public static final Dimension FREQUENCY = NONE.over(TIME);
    public static final Dimension VELOCITY = LENGTH.over(TIME);
    public static final Dimension DIFFUSIVITY = AREA.over(TIME);
    public static final Dimension ENERGY = MASS.times(AREA).over(TIME.pow(2));
    public static final Dimension MOLAR_ENERGY = ENERGY.over(AMOUNT);
    public static final Dimension POWER = ENERGY.over(TIME);
    /** Power per area (W/m², e.g. sputter target power density). */
    public static final Dimension POWER_DENSITY = POWER.over(AREA);
    public static final Dimension PRESSURE = ENERGY.over(VOLUME);
    public static final Dimension CHARGE = CURRENT.times(TIME);
    public static final Dimension VOLTAGE = POWER.over(CURRENT);
    public static final Dimension RESISTANCE = VOLTAGE.over(CURRENT);
    public static final Dimension CONDUCTANCE = NONE.over(RESISTANCE);
    public static final Dimension AREAL_RESISTANCE = RESISTANCE.times(AREA);
    public static final Dimension CONDUCTIVITY = CONDUCTANCE.over(LENGTH);
    public static final Dimension CAPACITANCE = CHARGE.over(VOLTAGE);
    public static final Dimension AREAL_CAPACITANCE = CAPACITANCE.over(AREA);
    public static final Dimension CURRENT_DENSITY = CURRENT.over(AREA);
    /** Charge per mass (C/kg); scientists write it in mAh/g. */
    public static final Dimension SPECIFIC_CAPACITY = CHARGE.over(MASS);
    /** Charge per area (C/m²); scientists write it in mAh/cm². */
    public static final Dimension AREAL_CAPACITY = CHARGE.over(AREA);
    public static final Dimension CONCENTRATION = AMOUNT.over(VOLUME);
    public static final Dimension MOLAR_MASS = MASS.over(AMOUNT);
    /** Amount of substance per time (mol/s), e.g. a gas flow in sccm. */
    public static final Dimension AMOUNT_RATE = AMOUNT.over(TIME);
    /** Temperature change per time (K/s), e.g. an anneal ramp of 10 °C/s. */
    public static final Dimension HEATING_RATE = TEMPERATURE.over(TIME);
    /** Voltage change per time (V/s), e.g. a voltammetry sweep of 0.1 mV/s. */
    public static final Dimension SCAN_RATE = VOLTAGE.over(TIME);

    /** How a named dimension is spoken of: noun, SI unit and a typical value as scientists write it. */
    private record Naming(String noun, String siSymbol, String example) {
    }

    // Map.ofEntries rejects duplicate keys, so two constants with equal exponents fail at class load.
    private static final Map<Dimension, Naming> NAMES = Map.ofEntries(
            Map.entry(NONE, new Naming("dimensionless number", "1", "2 wt%")),
            Map.entry(LENGTH, new Naming("length", "m", "2.5 nm")),
            Map.entry(MASS, new Naming("mass", "kg", "1 mg")),
            Map.entry(TIME, new Naming("time", "s", "10 s")),
            Map.entry(CURRENT, new Naming("current", "A", "3 µA")),
            Map.entry(TEMPERATURE, new Naming("temperature", "K", "130 °C")),
            Map.entry(AMOUNT, new Naming("amount of substance", "mol", "1 mmol")),
            Map.entry(AREA, new Naming("area", "m²", "1 cm2")),
            Map.entry(VOLUME, new Naming("volume", "m³", "1 mL")),
            Map.entry(DENSITY, new Naming("density", "kg/m³", "1.5 g/cm3")),
            Map.entry(FREQUENCY, new Naming("frequency", "Hz", "100 kHz")),
            Map.entry(VELOCITY, new Naming("velocity", "m/s", "1 nm/s")),
            Map.entry(DIFFUSIVITY, new Naming("diffusivity", "m²/s", "1e-10 cm2/s")),
            Map.entry(ENERGY, new Naming("energy", "J", "0.42 eV")),
            Map.entry(MOLAR_ENERGY, new Naming("molar energy", "J/mol", "45 kJ/mol")),
            Map.entry(POWER, new Naming("power", "W", "150 W")),
            Map.entry(POWER_DENSITY, new Naming("power density", "W/m²", "2.63 W/cm2")),
            Map.entry(PRESSURE, new Naming("pressure", "Pa", "0.2 Torr")),
            Map.entry(CHARGE, new Naming("charge", "C", "1 mAh")),
            Map.entry(VOLTAGE, new Naming("voltage", "V", "3.8 V")),
            Map.entry(RESISTANCE, new Naming("resistance", "Ω", "100 Ω")),
            Map.entry(CONDUCTANCE, new Naming("conductance", "S", "1 mS")),
            Map.entry(AREAL_RESISTANCE, new Naming("areal resistance", "Ω·m²", "250 Ω cm2")),
            Map.entry(CONDUCTIVITY, new Naming("conductivity", "S/m", "1e-4 S/cm")),
            Map.entry(CAPACITANCE, new Naming("capacitance", "F", "10 µF")),
            Map.entry(AREAL_CAPACITANCE, new Naming("areal capacitance", "F/m²", "25 µF/cm2")),
            Map.entry(CURRENT_DENSITY, new Naming("current density", "A/m²", "0.1 mA/cm2")),
            Map.entry(SPECIFIC_CAPACITY, new Naming("specific capacity", "C/kg", "155 mAh/g")),
            Map.entry(AREAL_CAPACITY, new Naming("areal capacity", "C/m²", "1 mAh/cm2")),
            Map.entry(CONCENTRATION, new Naming("concentration", "mol/m³", "20 mM")),
            Map.entry(MOLAR_MASS, new Naming("molar mass", "kg/mol", "25.9 g/mol")),
            Map.entry(AMOUNT_RATE, new Naming("amount flow rate", "mol/s", "20 sccm")),
            Map.entry(HEATING_RATE, new Naming("heating rate", "K/s", "10 K/min")),
            Map.entry(SCAN_RATE, new Naming("scan rate", "V/s", "0.1 mV/s")));

    /** Product of two dimensions (exponents add). */
    public Dimension times(Dimension other) {
        return new Dimension(length + other.length, mass + other.mass, time + other.time,
                current + other.current, temperature + other.temperature, amount + other.amount);
    }

    /** Quotient of two dimensions (exponents subtract). */
    public Dimension over(Dimension other) {
        return times(other.pow(-1));
    }

    /** This dimension raised to an integer power (exponents multiply). */
    public Dimension pow(int n) {
        return new Dimension(length * n, mass * n, time * n, current * n, temperature * n, amount * n);
    }

    /**
     * The noun for this dimension, e.g. "conductivity"; for dimensions without a name the SI
     * expression, e.g. "quantity in m^2·kg·s^-3".
     */
    public String noun() {
        Naming naming = NAMES.get(this);
        return naming != null ? naming.noun() : "quantity in " + siExpression();
    }

    /**
     * The coherent SI unit, e.g. "S/m" or "Ω·m²", parseable by {@link Units#unit(String)}; "1" for
     * a dimensionless number (which is written without a unit).
     */
    public String siSymbol() {
        Naming naming = NAMES.get(this);
        return naming != null ? naming.siSymbol() : siExpression();
    }

    /** A typical value as a scientist would type it, e.g. "1e-4 S/cm"; parseable by {@link Units#parse(String)}. */
    public String example() {
        Naming naming = NAMES.get(this);
        return naming != null ? naming.example() : "1 " + siExpression();
    }

    /** E.g. "a length (m)", "a conductivity (S/m)", "a dimensionless number", or "a quantity in K·s^-2". */
    public String describe() {
        Naming naming = NAMES.get(this);
        return naming == null || equals(NONE) ? withArticle() : withArticle() + " (" + naming.siSymbol() + ")";
    }

    /**
     * What a value of this dimension looks like, for "expected ..." messages: "a conductivity
     * (S/m, e.g. 1e-4 S/cm)", "a dimensionless number (e.g. 2 wt%)".
     */
    String expectation() {
        boolean showSi = NAMES.containsKey(this) && !equals(NONE);
        return withArticle() + " (" + (showSi ? siSymbol() + ", " : "") + "e.g. " + example() + ")";
    }

    /** The noun with its indefinite article, e.g. "a length", "an areal resistance". */
    String withArticle() {
        String noun = noun();
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /** E.g. "m^2·kg·s^-3", in the conventional SI order m, kg, s, A, K, mol; "1" when dimensionless. */
    private String siExpression() {
        StringBuilder sb = new StringBuilder();
        appendFactor(sb, "m", length);
        appendFactor(sb, "kg", mass);
        appendFactor(sb, "s", time);
        appendFactor(sb, "A", current);
        appendFactor(sb, "K", temperature);
        appendFactor(sb, "mol", amount);
        return sb.isEmpty() ? "1" : sb.toString();
    }

    private static void appendFactor(StringBuilder sb, String symbol, int exponent) {
        if (exponent == 0) {
            return;
        }
        if (!sb.isEmpty()) {
            sb.append('·');
        }
        sb.append(symbol);
        if (exponent != 1) {
            sb.append('^').append(exponent);
        }
    }
}
