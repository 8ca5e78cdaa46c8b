package org.interphase.core.units;

/**
 * Reads the number at the start of a value: {@code 2.5}, {@code -0.2}, {@code .5}, {@code 1.6e-4},
 * and the notation papers print, {@code 7 × 10⁻⁴} or {@code 7x10^-4}. The syntax is checked by
 * hand before {@link Double#parseDouble} so that ordinary typing mistakes never cost an exception.
 * Also holds the character classes and blank skipping shared by the quantity, unit and C-rate parsers.
 */
final class NumberScanner {

    /** A number read from {@code text}: its value (infinite if it overflows) and where it ends. */
    record Scan(double value, int end) {
    }

    private static final char MINUS_SIGN = '\u2212';
    private static final char SUPERSCRIPT_MINUS = '⁻';
    private static final char SUPERSCRIPT_PLUS = '⁺';
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private NumberScanner() {
    }

    /** The number starting at {@code start} (before {@code end}), or null if no number starts there. */
    static Scan scan(String text, int start, int end) {
        StringBuilder literal = new StringBuilder(end - start + 2);
        int pos = appendSign(text, start, end, literal);
        int mantissaStart = pos;
        pos = appendDigits(text, pos, end, literal);
        boolean digitsBeforePoint = pos > mantissaStart;
        if (pos < end && text.charAt(pos) == '.') {
            literal.append('.');
            int fractionStart = pos + 1;
            pos = appendDigits(text, fractionStart, end, literal);
            if (!digitsBeforePoint && pos == fractionStart) {
                return null;
            }
        } else if (!digitsBeforePoint) {
            return null;
        }
        int exponentEnd = scientificExponent(text, pos, end, literal);
        if (exponentEnd < 0) {
            exponentEnd = timesTenExponent(text, pos, end, literal);
        }
        return new Scan(Double.parseDouble(literal.toString()), Math.max(pos, exponentEnd));
    }

    /** "e-4" / "E+3" at pos: appends it and returns its end, or -1 (appending nothing) if absent. */
    private static int scientificExponent(String text, int pos, int end, StringBuilder literal) {
        if (pos >= end || (text.charAt(pos) != 'e' && text.charAt(pos) != 'E')) {
            return -1;
        }
        int mark = literal.length();
        literal.append('e');
        int digitsStart = appendSign(text, pos + 1, end, literal);
        int after = appendDigits(text, digitsStart, end, literal);
        if (after == digitsStart) {
            // "2.5eV" is 2.5 electronvolt, not a broken exponent.
            literal.setLength(mark);
            return -1;
        }
        return after;
    }

    /** " × 10⁻⁴" or "x10^-4" at pos: appends it as "e-4" and returns its end, or -1 if absent. */
    private static int timesTenExponent(String text, int pos, int end, StringBuilder literal) {
        int p = skipSpaces(text, pos, end);
        if (p >= end || (text.charAt(p) != '×' && text.charAt(p) != 'x')) {
            return -1;
        }
        p = skipSpaces(text, p + 1, end);
        if (!text.startsWith("10", p) || p + 2 >= end) {
            return -1;
        }
        p += 2;
        int mark = literal.length();
        literal.append('e');
        int after;
        if (text.charAt(p) == '^') {
            int digitsStart = appendSign(text, p + 1, end, literal);
            after = appendDigits(text, digitsStart, end, literal);
            after = after == digitsStart ? -1 : after;
        } else {
            after = appendSuperscriptExponent(text, p, end, literal);
        }
        if (after < 0) {
            literal.setLength(mark);
        }
        return after;
    }

    private static int appendSuperscriptExponent(String text, int pos, int end, StringBuilder literal) {
        int p = pos;
        if (p < end && (text.charAt(p) == SUPERSCRIPT_MINUS || text.charAt(p) == SUPERSCRIPT_PLUS)) {
            literal.append(text.charAt(p) == SUPERSCRIPT_MINUS ? '-' : '+');
            p++;
        }
        int digitsStart = p;
        while (p < end && superscriptDigit(text.charAt(p)) >= 0) {
            literal.append((char) ('0' + superscriptDigit(text.charAt(p))));
            p++;
        }
        return p == digitsStart ? -1 : p;
    }

    /** The value of a superscript digit ⁰..⁹, or -1. */
    static int superscriptDigit(char c) {
        return SUPERSCRIPT_DIGITS.indexOf(c);
    }

    /** True for '-', '+' and the typographic minus sign U+2212 that papers and word processors use. */
    static boolean isSign(char c) {
        return c == '-' || c == '+' || c == MINUS_SIGN;
    }

    static int skipSpaces(String text, int pos, int end) {
        int p = pos;
        while (p < end && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    /** The end of {@code text} without trailing whitespace, but not before {@code start}. */
    static int trimmedEnd(String text, int start) {
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int appendSign(String text, int pos, int end, StringBuilder literal) {
        if (pos < end && isSign(text.charAt(pos))) {
            literal.append(text.charAt(pos) == '+' ? '+' : '-');
            return pos + 1;
        }
        return pos;
    }

    private static int appendDigits(String text, int pos, int end, StringBuilder literal) {
        int p = pos;
        while (p < end && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
            literal.append(text.charAt(p));
            p++;
        }
        return p;
    }
}
