package org.interphase.core.units;

import java.util.Objects;

/**
 * A battery C-rate: the current that would (dis)charge the nominal capacity in 1/rate hours.
 * Written "C/10", "0.1C", "0.1 C", "2C", "1C" or "C" as in PyBaMM experiment strings;
 * current = rate × nominal capacity.
 *
 * @param perHour the rate in 1/h, positive and finite (C/10 is 0.1)
 */
public record CRate(double perHour) {

    private static final String HOW_TO_WRITE = "; write e.g. C/10, 0.5C or 2C";
    private static final double SECONDS_PER_HOUR = 3600;

    public CRate {
        if (!positiveFinite(perHour)) {
            throw new QuantityException("a C-rate must be positive and finite, got " + perHour + " per hour");
        }
    }

    /**
     * Parses "C/10", "C / 2.5", "0.1C", "0.1 C", "2C", "1C" or "C".
     *
     * @throws QuantityException for anything else, or a rate that is not positive and finite (C/0, -1C)
     */
    public static CRate parse(String text) {
        Objects.requireNonNull(text, "C-rate text");
        int start = NumberScanner.skipSpaces(text, 0, text.length());
        int end = NumberScanner.trimmedEnd(text, start);
        if (start == end) {
            throw new QuantityException("no C-rate given" + HOW_TO_WRITE);
        }
        double perHour;
        int pos;
        if (text.charAt(start) == 'C') {
            pos = NumberScanner.skipSpaces(text, start + 1, end);
            if (pos == end) {
                return new CRate(1);
            }
            if (text.charAt(pos) != '/') {
                throw QuantityException.at("unexpected '" + text.charAt(pos) + "'", pos, text, HOW_TO_WRITE);
            }
            pos = NumberScanner.skipSpaces(text, pos + 1, end);
            NumberScanner.Scan hours = NumberScanner.scan(text, pos, end);
            if (hours == null) {
                throw QuantityException.at("missing number of hours after 'C/'", pos, text, HOW_TO_WRITE);
            }
            perHour = 1 / hours.value();
            pos = NumberScanner.skipSpaces(text, hours.end(), end);
        } else {
            NumberScanner.Scan rate = NumberScanner.scan(text, start, end);
            if (rate == null) {
                throw new QuantityException("'" + text.strip() + "' is not a C-rate" + HOW_TO_WRITE, start);
            }
            perHour = rate.value();
            pos = NumberScanner.skipSpaces(text, rate.end(), end);
            if (pos == end || text.charAt(pos) != 'C') {
                throw QuantityException.at("missing 'C'", pos, text, HOW_TO_WRITE);
            }
            pos = NumberScanner.skipSpaces(text, pos + 1, end);
        }
        if (pos < end) {
            throw QuantityException.at("unexpected '" + text.charAt(pos) + "'", pos, text, HOW_TO_WRITE);
        }
        if (!positiveFinite(perHour)) {
            throw new QuantityException(
                    "C-rate '" + text.strip() + "' is not a positive finite rate" + HOW_TO_WRITE, start);
        }
        return new CRate(perHour);
    }

    /**
     * The current in amperes for a cell of the given nominal capacity in ampere-hours.
     *
     * @throws QuantityException if the capacity is not positive and finite
     */
    public double currentA(double capacityAh) {
        if (!positiveFinite(capacityAh)) {
            throw new QuantityException("nominal capacity must be positive and finite, got " + capacityAh + " Ah");
        }
        return perHour * capacityAh;
    }

    /**
     * The current for a nominal capacity given as a charge, e.g. {@code current(Units.parse("1.5 mAh"))}.
     *
     * @throws QuantityException if the capacity is not a charge or not positive
     */
    public Quantity current(Quantity capacity) {
        capacity.requireDimension(Dimension.CHARGE, "nominal capacity");
        double amperes = currentA(capacity.si() / SECONDS_PER_HOUR);
        return Quantity.of(amperes, "A");
    }

    /**
     * "C/10" when the rate is one over a whole number of hours, else e.g. "2C" or "0.4C";
     * parseable by {@link #parse}.
     */
    @Override
    public String toString() {
        double hours = 1 / perHour;
        long wholeHours = Math.round(hours);
        if (perHour < 1 && wholeHours > 1 && Math.abs(hours - wholeHours) <= 1e-9 * hours) {
            return "C/" + wholeHours;
        }
        return Quantity.format(perHour) + "C";
    }

    /** False for zero, negative, infinite and NaN values. */
    private static boolean positiveFinite(double value) {
        return value > 0 && value < Double.POSITIVE_INFINITY;
    }
}
