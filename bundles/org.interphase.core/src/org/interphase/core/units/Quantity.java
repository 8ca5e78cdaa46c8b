package org.interphase.core.units;

import java.util.Objects;

/**
 * A physical value in coherent SI units with its dimension, and the text it came from so that
 * messages can quote what the user wrote. Temperatures are absolute, in kelvin.
 *
 * @param si        the value in SI units (finite)
 * @param dimension its dimension
 * @param text      the value as written, e.g. "0.1 mA/cm2"
 */
public record Quantity(double si, Dimension dimension, String text) {

    public Quantity {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(text, "text");
        if (!Double.isFinite(si)) {
            throw new QuantityException("value " + si + " of '" + text + "' is not finite");
        }
    }

    /**
     * A quantity from a number and a unit expression, e.g. {@code of(0.1, "mA/cm2")}.
     *
     * @throws QuantityException if the unit is unknown or the value is not finite
     */
    public static Quantity of(double value, String unit) {
        Unit parsed = Units.unit(unit);
        String number = format(value);
        return create(value, number, parsed, parsed.symbol().isEmpty() ? number : number + " " + parsed.symbol(), -1);
    }

    /**
     * Converts a value to SI, refusing values that are or become non-finite (1e999, 1e300 GPa) so
     * that no infinity reaches an engine. {@code column} locates the number in the parsed text.
     */
    static Quantity create(double value, String number, Unit unit, String written, int column) {
        if (!Double.isFinite(value)) {
            throw new QuantityException("value " + number + " is not finite; check the exponent", column);
        }
        double si = unit.toSi(value);
        if (!Double.isFinite(si)) {
            throw new QuantityException("value " + written + " is not finite in SI units; check the exponent", column);
        }
        return new Quantity(si, unit.dimension(), written);
    }

    /**
     * This value expressed in a unit, e.g. {@code parse("1 mA/cm2").in("A/m2") == 10}.
     *
     * @throws QuantityException if the unit is unknown or has another dimension
     */
    public double in(String unit) {
        return in(Units.unit(unit));
    }

    /**
     * This value expressed in a unit.
     *
     * @throws QuantityException if the unit has another dimension
     */
    public double in(Unit unit) {
        if (!unit.dimension().equals(dimension)) {
            String target = unit.symbol().isEmpty()
                    ? "a plain number"
                    : unit.symbol() + " (" + unit.dimension().withArticle() + ")";
            throw new QuantityException("cannot convert '" + text + "' (" + dimension.withArticle() + ") to " + target);
        }
        return unit.fromSi(si);
    }

    /**
     * Returns this quantity if it has the expected dimension, otherwise fails with e.g.
     * "expected a conductivity (S/m, e.g. 1e-4 S/cm) for ionic conductivity but '2.5 nm' is a length".
     *
     * @param what the name of the parameter, as the user knows it
     */
    public Quantity requireDimension(Dimension expected, String what) {
        if (!dimension.equals(expected)) {
            throw new QuantityException("expected " + expected.expectation() + " for " + what + " but '" + text
                    + "' is " + dimension.withArticle());
        }
        return this;
    }

    public boolean isDimensionless() {
        return dimension.equals(Dimension.NONE);
    }

    /** Shortest form that reads back to the same double: 2.5, 100, 1e-4 (not 100.0 or 1.0E-4). */
    static String format(double value) {
        String s = Double.toString(value).replace("E", "e");
        int exponent = s.indexOf('e');
        String mantissa = exponent < 0 ? s : s.substring(0, exponent);
        String rest = exponent < 0 ? "" : s.substring(exponent);
        return (mantissa.endsWith(".0") ? mantissa.substring(0, mantissa.length() - 2) : mantissa) + rest;
    }
}
