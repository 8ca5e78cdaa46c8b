package org.interphase.io;

import java.util.Map;

import org.interphase.core.units.Dimension;
import org.interphase.core.units.QuantityException;
import org.interphase.core.units.Unit;
import org.interphase.core.units.Units;

/**
 * A quantity an importer reads from one column of a measurement file, with the dimension the column's unit must have.
 * Spectra need {@link #FREQUENCY}, {@link #REAL} and {@link #IMAGINARY}; cycling data needs {@link #TIME},
 * {@link #CURRENT} and {@link #VOLTAGE} and may have {@link #CAPACITY} and {@link #CYCLE}.
 */
public enum Channel {
    FREQUENCY("frequency", Dimension.FREQUENCY, false),
    REAL("Re Z", Dimension.RESISTANCE, false),
    IMAGINARY("Im Z", Dimension.RESISTANCE, false),
    TIME("time", Dimension.TIME, false),
    CURRENT("current", Dimension.CURRENT, false),
    VOLTAGE("voltage", Dimension.VOLTAGE, false),
    CAPACITY("capacity", Dimension.CHARGE, false),
    CYCLE("cycle", Dimension.NONE, true);

    /**
     * Beyond this magnitude in SI units no measured value is physical; the bound keeps the sums and differences the
     * importers compute (net charge, time from the first point) finite.
     */
    static final double MAX_MAGNITUDE = 1e100;

    /** Units as instruments spell them (Parstat's "ohms", Maccor's "sec") and their symbols. */
    private static final Map<String, String> SPELLINGS = Map.of("ohms", "ohm", "Ohms", "ohm", "sec", "s", "Sec", "s");

    private final String noun;
    private final Dimension dimension;
    private final boolean wholeNumber;

    Channel(String noun, Dimension dimension, boolean wholeNumber) {
        this.noun = noun;
        this.dimension = dimension;
        this.wholeNumber = wholeNumber;
    }

    /** How messages and dialogs name it, e.g. "Re Z". */
    public String noun() {
        return noun;
    }

    public Dimension dimension() {
        return dimension;
    }

    /**
     * What is wrong with a value of this channel in SI units and Interphase's sign, e.g. "a frequency must be above
     * 0 Hz", or null if it can be read.
     */
    String rangeProblem(double si) {
        if (!(Math.abs(si) <= MAX_MAGNITUDE)) {
            return "too large to be a " + noun + " (more than 1e100 in SI units)";
        }
        if (this == FREQUENCY && si <= 0) {
            return "but a frequency must be above 0 Hz";
        }
        if (wholeNumber && (si < 0 || si != Math.rint(si) || si > Integer.MAX_VALUE - 1)) {
            return "but a " + noun + " number is a whole number from 0 up to " + (Integer.MAX_VALUE - 1);
        }
        return null;
    }

    /**
     * Parses the unit a column of this channel is written in. Instruments write "mA.h" for mA h, "1" for counts,
     * "ohms" and "sec", so these are accepted.
     *
     * @throws IllegalArgumentException with a message naming the unit, its dimension and what this channel needs
     */
    public Unit unit(String text) {
        String symbol = SPELLINGS.getOrDefault(text.strip(), text.strip());
        if (symbol.isEmpty() && !dimension.equals(Dimension.NONE)) {
            throw new IllegalArgumentException("the " + noun + " column has no unit; give one of "
                    + String.join(", ", Units.knownUnits(dimension)));
        }
        Unit unit;
        try {
            unit = Units.unit(symbol.equals("1") ? "" : symbol.replace('.', '·'));
        } catch (QuantityException e) {
            throw new IllegalArgumentException("the unit '" + symbol + "' of the " + noun + " column is not known: "
                    + e.getMessage(), e);
        }
        if (!unit.dimension().equals(dimension)) {
            throw new IllegalArgumentException("the " + noun + " column is in '" + symbol + "', "
                    + unit.dimension().describe() + ", but " + noun + " needs " + dimension.describe()
                    + (dimension.equals(Dimension.NONE) ? ""
                            : ": " + String.join(", ", Units.knownUnits(dimension))));
        }
        return unit;
    }
}
