package org.interphase.sim.impedance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads values by parameter name as users write them for a fit, {@code "R0=20, CPE1_alpha=0.9"}, with the column of
 * the first error so that an editor can mark it inside the string, as for circuit strings.
 */
public final class ParameterValues {

    private ParameterValues() {
    }

    /**
     * @param text name=value pairs separated by commas; spaces around names and values are ignored
     * @return the values in the order written
     * @throws CircuitSyntaxException naming the 1-based column of a pair without '=', an empty name, a value that is
     *                                not a finite number or a name given twice
     */
    public static Map<String, Double> parse(String text) {
        Map<String, Double> values = new LinkedHashMap<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(',', start);
            end = end < 0 ? text.length() : end;
            String item = text.substring(start, end);
            int equals = item.indexOf('=');
            int column = start + leadingSpaces(item) + 1;
            if (equals < 0) {
                throw new CircuitSyntaxException("'" + item.strip() + "' at column " + column + " is not name=value;"
                        + " write e.g. R0=20, CPE1_alpha=0.9", column);
            }
            String name = item.substring(0, equals).strip();
            if (name.isEmpty()) {
                throw new CircuitSyntaxException("a value without a parameter name at column " + column
                        + "; write e.g. R0=20", column);
            }
            String number = item.substring(equals + 1);
            int valueColumn = start + equals + 1 + leadingSpaces(number) + 1;
            double value;
            try {
                value = Double.parseDouble(number.strip());
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!Double.isFinite(value)) {
                throw new CircuitSyntaxException("'" + number.strip() + "' at column " + valueColumn
                        + " is not a number; write e.g. " + name + "=20 or " + name + "=1e-6", valueColumn);
            }
            if (values.put(name, value) != null) {
                throw new CircuitSyntaxException(name + " is given twice (again at column " + column
                        + "); keep one value", column);
            }
            start = end + 1;
        }
        return Collections.unmodifiableMap(values);
    }

    private static int leadingSpaces(String text) {
        int spaces = 0;
        while (spaces < text.length() && Character.isWhitespace(text.charAt(spaces))) {
            spaces++;
        }
        return spaces;
    }
}
