package org.interphase.core.units;

import java.util.List;
import java.util.Objects;

/**
 * Entry point for units and quantities as materials scientists type them: {@code 2.5 nm},
 * {@code 0.1 mA/cm2}, {@code 1.6e-4 S/cm}, {@code 7 × 10⁻⁴ S cm⁻¹}, {@code 130 °C},
 * {@code 1.1 Å/cycle}, {@code 155 mAh/g}, {@code 250 Ω cm2}, {@code 20 sccm}, {@code 2 wt%}.
 *
 * <p>This is a small table-driven implementation rather than a general units library such as
 * Indriya (JSR-385): those do not parse battery notation (mAh/g, Ω cm², S/cm, "Å/cycle" with
 * dimensionless cycle counts), cannot produce the messages with columns and suggestions our
 * editor shows, and are heavier than a parser that runs on every keystroke needs to be. Parsed
 * units are cached; the happy path allocates little and throws nothing.
 *
 * <p>A bare {@code C} in a quantity is the coulomb; battery C-rates ({@code C/10}, {@code 2C})
 * are parsed by {@link CRate}.
 */
public final class Units {

    private static final String VALUE = "value";
    private static final String GENERIC_EXAMPLE = "2.5 nm";

    private Units() {
    }

    /**
     * Parses a unit expression such as "mA/cm2", "S/cm", "Ω cm2", "Ω·cm²", "cm^2", "g/cm3",
     * "Å/cycle", "kJ/mol", "°C" or "1/s"; the empty string is the unit of a plain number.
     *
     * @throws QuantityException for an unknown unit (with the closest known one) or bad syntax
     */
    public static Unit unit(String text) {
        Objects.requireNonNull(text, "unit text");
        int start = NumberScanner.skipSpaces(text, 0, text.length());
        return UnitParser.resolve(text, start, NumberScanner.trimmedEnd(text, start));
    }

    /**
     * Parses a number with an optional unit: "2.5 nm", "2.5nm", "-0.2 V", "1.6e-4 S/cm",
     * "130 °C", "5" (dimensionless).
     *
     * @throws QuantityException if the text is empty, not a number, has an unknown unit or is not finite
     */
    public static Quantity parse(String text) {
        return parse(text, VALUE, GENERIC_EXAMPLE);
    }

    /**
     * Parses a quantity that must have the expected dimension; {@code what} names it in messages,
     * e.g. {@code parse("2.5 nm", Dimension.CONDUCTIVITY, "ionic conductivity")} fails with
     * "expected a conductivity (S/m, e.g. 1e-4 S/cm) for ionic conductivity but '2.5 nm' is a length".
     *
     * @throws QuantityException for any problem {@link #parse(String)} reports or a mismatched dimension
     */
    public static Quantity parse(String text, Dimension expected, String what) {
        return parse(text, what, expected.example()).requireDimension(expected, what);
    }

    /** The unit symbols users may write for a dimension, e.g. pm, nm, µm, mm, cm, m, km, Å for a length. */
    public static List<String> knownUnits(Dimension dimension) {
        return UnitTable.listedSymbols(dimension);
    }

    private static Quantity parse(String text, String what, String example) {
        Objects.requireNonNull(text, () -> "text of " + what);
        int start = NumberScanner.skipSpaces(text, 0, text.length());
        int end = NumberScanner.trimmedEnd(text, start);
        if (start == end) {
            throw new QuantityException("no " + what + " given; write a number and a unit, e.g. " + example);
        }
        NumberScanner.Scan number = NumberScanner.scan(text, start, end);
        if (number == null || number.end() < end && continuesNumber(text.charAt(number.end()))) {
            throw notANumber(text, start, end, example);
        }
        int unitStart = NumberScanner.skipSpaces(text, number.end(), end);
        Unit unit = UnitParser.resolve(text, unitStart, end);
        return Quantity.create(number.value(), text.substring(start, number.end()), unit,
                text.substring(start, end), start);
    }

    /** A decimal comma or a second point right after the number means the number itself is malformed. */
    private static boolean continuesNumber(char c) {
        return c == '.' || c == ',' || (c >= '0' && c <= '9');
    }

    private static QuantityException notANumber(String text, int start, int end, String example) {
        int tokenEnd = start;
        while (tokenEnd < end && !Character.isWhitespace(text.charAt(tokenEnd))) {
            tokenEnd++;
        }
        String token = text.substring(start, tokenEnd);
        String advice = token.indexOf(',') >= 0
                ? "; write decimals with a point, e.g. "
                : "; write a number and a unit, e.g. ";
        return new QuantityException("'" + token + "' is not a number" + advice + example, start);
    }
}
