package org.interphase.core.units;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses compound unit expressions such as {@code mA/cm2}, {@code Ω·cm²}, {@code S cm⁻¹},
 * {@code mA h g-1}, {@code cm^2}, {@code 1/s} or {@code °C/min}, and caches the results.
 *
 * <p>Grammar: atoms from {@link UnitTable} joined by a space, {@code ·}, {@code ⋅}, {@code ∙} or
 * {@code *} (multiply) or {@code /}; each atom may carry an integer exponent written as trailing
 * digits ({@code cm2}, {@code m-1}), {@code ^n} or superscripts ({@code cm²}, {@code s⁻¹}).
 * Everything after a {@code /} is in the denominator, which is how scientists read
 * {@code W/m K} and {@code J/mol/K}. An absolute-temperature offset (°C) applies only when the
 * degree stands alone; in any compound ({@code °C/min}, {@code K/°C}) it is a temperature difference.
 */
final class UnitParser {

    /** The unit of a plain number. */
    private static final Unit DIMENSIONLESS = new Unit("", Dimension.NONE, 1, 0);

    /**
     * Parsed units by their text. Only successes are cached and the size is capped, so an editor
     * sending every half-typed keystroke cannot grow it without bound.
     */
    private static final Map<String, Unit> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 4096;
    private static final int MAX_EXPONENT_DIGITS = 2;
    /** Returned by {@link #separator()} at the end of the unit. */
    private static final char END = '\0';
    private static final String HOW_TO_WRITE = "; write units like mA/cm2, S cm-1 or Ω·cm²";

    private final String text;
    private final int end;
    private int pos;

    private UnitParser(String text, int start, int end) {
        this.text = text;
        this.pos = start;
        this.end = end;
    }

    /**
     * The unit written in {@code text[start, end)}, which has no surrounding whitespace. Errors
     * quote the whole {@code text} and give columns in it, so a unit inside a value is located
     * correctly.
     */
    static Unit resolve(String text, int start, int end) {
        if (start == end) {
            return DIMENSIONLESS;
        }
        String symbol = text.substring(start, end);
        Unit cached = CACHE.get(symbol);
        if (cached != null) {
            return cached;
        }
        Unit unit = new UnitParser(text, start, end).parse(symbol);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.putIfAbsent(symbol, unit);
        }
        return unit;
    }

    private Unit parse(String symbol) {
        boolean denominator = numeratorOfOne();
        Dimension dimension = Dimension.NONE;
        double mantissa = 1;
        int decade = 0;
        int atoms = 0;
        UnitTable.Atom last = null;
        int lastExponent = 0;
        while (true) {
            int atomStart = pos;
            while (pos < end && isAtomChar(text.charAt(pos))) {
                pos++;
            }
            if (pos == atomStart) {
                throw pos == end
                        ? QuantityException.at("missing unit", pos, text, HOW_TO_WRITE)
                        : unexpected();
            }
            String written = text.substring(atomStart, pos);
            UnitTable.Atom atom = UnitTable.find(written);
            if (atom == null) {
                throw UnitTable.unknown(written, atomStart, text);
            }
            int exponent = denominator ? -exponent() : exponent();
            dimension = dimension.times(atom.dimension().pow(exponent));
            mantissa *= Math.pow(atom.mantissa(), exponent);
            decade += atom.decade() * exponent;
            atoms++;
            last = atom;
            lastExponent = exponent;
            char separator = separator();
            if (separator == END) {
                break;
            }
            denominator |= separator == '/';
        }
        double offset = atoms == 1 && lastExponent == 1 ? last.offset() : 0;
        // "1e" + decade is parsed to the correctly rounded power of ten (Math.pow(10, n) need not be).
        double factor = mantissa * Double.parseDouble("1e" + decade);
        return new Unit(symbol, dimension, factor, offset);
    }

    /** Consumes a leading "1/" as in "1/s"; true if it was there. */
    private boolean numeratorOfOne() {
        if (text.charAt(pos) != '1') {
            return false;
        }
        int slash = NumberScanner.skipSpaces(text, pos + 1, end);
        if (slash == end || text.charAt(slash) != '/') {
            return false;
        }
        pos = NumberScanner.skipSpaces(text, slash + 1, end);
        return true;
    }

    /**
     * Consumes what separates two atoms and returns it: '/', a multiplication sign, ' ' for plain
     * whitespace, or {@link #END} at the end of the unit. Throws if the next character cannot
     * follow an atom (e.g. "cm2g" or "nm,").
     */
    private char separator() {
        int afterAtom = pos;
        pos = NumberScanner.skipSpaces(text, pos, end);
        if (pos == end) {
            return END;
        }
        char c = text.charAt(pos);
        if (c == '/' || isMultiply(c)) {
            pos = NumberScanner.skipSpaces(text, pos + 1, end);
            return c;
        }
        if (pos == afterAtom) {
            throw unexpected();
        }
        return ' ';
    }

    /** The exponent after an atom: trailing digits, ^n or superscripts; 1 if none is written. */
    private int exponent() {
        if (pos == end) {
            return 1;
        }
        int start = pos;
        char c = text.charAt(pos);
        boolean superscript = c == '⁻' || c == '⁺' || NumberScanner.superscriptDigit(c) >= 0;
        if (c == '^') {
            pos++;
        } else if (!superscript && !NumberScanner.isSign(c) && !isDigit(c)) {
            return 1;
        }
        int value = signedInteger(superscript);
        if (value == 0) {
            throw QuantityException.at("bad exponent '" + text.substring(start, Math.max(pos, start + 1)) + "'",
                    start, text, "; write a whole number from 1 to 99 with an optional sign, e.g. cm2, cm^2 or s-1");
        }
        return value;
    }

    /**
     * Reads an optionally signed integer of at most two digits in ASCII or superscript form.
     * Returns 0 (never a valid exponent) if there are no digits, too many, or the value is 0.
     */
    private int signedInteger(boolean superscript) {
        int sign = 1;
        if (pos < end) {
            char c = text.charAt(pos);
            boolean minus = superscript ? c == '⁻' : NumberScanner.isSign(c) && c != '+';
            boolean plus = superscript ? c == '⁺' : c == '+';
            if (minus || plus) {
                sign = minus ? -1 : 1;
                pos++;
            }
        }
        int value = 0;
        int digits = 0;
        while (pos < end) {
            char c = text.charAt(pos);
            int digit = superscript ? NumberScanner.superscriptDigit(c) : (isDigit(c) ? c - '0' : -1);
            if (digit < 0) {
                break;
            }
            value = value * 10 + digit;
            digits++;
            pos++;
        }
        return digits == 0 || digits > MAX_EXPONENT_DIGITS ? 0 : sign * value;
    }

    private QuantityException unexpected() {
        return QuantityException.at("unexpected '" + text.charAt(pos) + "'", pos, text, HOW_TO_WRITE);
    }

    /** Characters that make up unit symbols: letters (µ, Ω, Å included), %, ° and ℃. */
    private static boolean isAtomChar(char c) {
        return Character.isLetter(c) || c == '%' || c == '°' || c == '\u2103';
    }

    private static boolean isMultiply(char c) {
        return c == '·' || c == '⋅' || c == '∙' || c == '*';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
