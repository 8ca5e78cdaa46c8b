package org.interphase.ui.views;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;

import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;

/**
 * Tick labels of a logarithmic axis: decades only ("0.01", "0.1", "1", "10", "100", "1000", beyond that "10⁴",
 * "10⁻³"); the ticks between decades (2×, 3×, … 9×) keep their marks as minor ticks but get no label. When the
 * axis shows less than a decade (zoomed in), every tick is labelled with its value instead.
 * <p>
 * How SWTChart 1.1.0 uses a format, which this class works with: it ticks a log axis at every 1…9 × 10ⁿ, shows a
 * label only if it parses back to its tick and the previous shown label leaves room for it, writes "..." for a
 * label that does not parse back but has room, and always has room for the first tick. So minor ticks get
 * {@link #MINOR}, a text too large ever to have room; the first tick, when minor, gets "" which parses back to it.
 */
final class DecadeFormat extends Format {

    private static final long serialVersionUID = 1L;
    /**
     * The label of a minor tick: too wide and too tall ever to have room, so SWTChart hides it (keeping its tick
     * mark). No-break spaces, because SWTChart measures a blank label as empty.
     */
    private static final String MINOR = "\u00a0".repeat(4000) + "\n\u00a0".repeat(300);

    private final transient IAxis axis;

    DecadeFormat(IAxis axis) {
        this.axis = axis;
    }
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final char SUPERSCRIPT_MINUS = '⁻';

    /** The label of {@code value}: its decade when it is a power of ten, else "". */
    static String label(double value) {
        if (!(value > 0)) {
            return "";
        }
        double exponent = Math.log10(value);
        long n = Math.round(exponent);
        if (Math.abs(exponent - n) > 1e-9) {
            return "";
        }
        if (n >= -2 && n <= 3) {
            return n >= 0 ? String.valueOf((long) Math.pow(10, n)) : n == -1 ? "0.1" : "0.01";
        }
        StringBuilder text = new StringBuilder("10");
        if (n < 0) {
            text.append(SUPERSCRIPT_MINUS);
        }
        for (char digit : String.valueOf(Math.abs(n)).toCharArray()) {
            text.append(SUPERSCRIPTS.charAt(digit - '0'));
        }
        return text.toString();
    }

    /** The value of a label {@link #label} wrote, or NaN. */
    static double value(String label) {
        if (label.startsWith("10") && label.length() > 2 && !Character.isDigit(label.charAt(2))) {
            boolean negative = label.charAt(2) == SUPERSCRIPT_MINUS;
            int exponent = 0;
            for (int i = negative ? 3 : 2; i < label.length(); i++) {
                int digit = SUPERSCRIPTS.indexOf(label.charAt(i));
                if (digit < 0) {
                    return Double.NaN;
                }
                exponent = exponent * 10 + digit;
            }
            return Math.pow(10, negative ? -exponent : exponent);
        }
        try {
            return label.isEmpty() ? Double.NaN : Double.parseDouble(label);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Whether the axis shows at least two decades, so decade labels alone read the scale. */
    private boolean decades() {
        Range range = axis.getRange();
        return range.lower > 0 && Math.floor(Math.log10(range.upper)) - Math.ceil(Math.log10(range.lower)) >= 1;
    }

    /** The first tick SWTChart places: the smallest k × 10ⁿ (k = 1…9) at or above the axis' lower end. */
    private double firstTick() {
        double lower = axis.getRange().lower;
        double step = Math.pow(10, Math.floor(Math.log10(lower)));
        return Math.ceil(lower / step - 1e-9) * step;
    }

    @Override
    public StringBuffer format(Object number, StringBuffer target, FieldPosition position) {
        double value = ((Number) number).doubleValue();
        if (!decades()) {
            return target.append(BigDecimal.valueOf(value).round(new MathContext(3)).stripTrailingZeros()
                    .toPlainString());
        }
        String label = label(value);
        if (!label.isEmpty()) {
            return target.append(label);
        }
        return target.append(Math.abs(value / firstTick() - 1) < 1e-6 ? "" : MINOR);
    }

    @Override
    public Object parseObject(String source, ParsePosition position) {
        if (source.isEmpty()) {
            // Format.parseObject(String) takes an unmoved position for failure, so "" moves it
            position.setIndex(1);
            return firstTick();
        }
        double value = value(source.substring(position.getIndex()));
        if (Double.isNaN(value)) {
            position.setErrorIndex(position.getIndex());
            return null;
        }
        position.setIndex(source.length());
        return value;
    }
}
