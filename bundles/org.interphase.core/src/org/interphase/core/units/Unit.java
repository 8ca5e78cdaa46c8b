package org.interphase.core.units;

/**
 * A unit of measurement: the symbol as written, its dimension and an affine map to SI,
 * {@code si = value × factor + offset}. The offset is non-zero only for absolute temperature
 * scales written on their own (°C); inside a compound such as {@code °C/min} a degree is a
 * temperature difference and has no offset. Obtain units from {@link Units#unit(String)}.
 */
public final class Unit {

    private final String symbol;
    private final Dimension dimension;
    private final double factor;
    private final double offset;

    Unit(String symbol, Dimension dimension, double factor, double offset) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.factor = factor;
        this.offset = offset;
    }

    /** The symbol as written, e.g. "mA/cm2" or "Ω·cm²"; empty for a plain number. */
    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** Converts a value in this unit to SI. */
    public double toSi(double value) {
        return value * factor + offset;
    }

    /** Converts an SI value to this unit. */
    public double fromSi(double si) {
        return (si - offset) / factor;
    }

    double factor() {
        return factor;
    }

    double offset() {
        return offset;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
