package org.interphase.core.units;

/**
 * The one exception type for bad quantities: syntax errors, unknown units, mismatched dimensions
 * and non-finite values. The message is written for the scientist who typed the value; the
 * column lets an editor underline the offending part.
 */
public class QuantityException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int column;

    /** A problem that concerns the whole value rather than one position in it. */
    public QuantityException(String message) {
        this(message, -1);
    }

    /** A problem at a 0-based offset in the parsed text. */
    public QuantityException(String message, int column) {
        super(message);
        this.column = column;
    }

    /**
     * Builds "{problem} at column {n} in '{text}'{advice}". The message counts columns from 1
     * because that is what people read in an editor; {@link #column()} stays 0-based for code.
     */
    static QuantityException at(String problem, int column, String text, String advice) {
        return new QuantityException(problem + " at column " + (column + 1) + " in '" + text + "'" + advice, column);
    }

    /** 0-based offset in the parsed text where the problem is, or -1 if it concerns the whole value. */
    public int column() {
        return column;
    }
}
