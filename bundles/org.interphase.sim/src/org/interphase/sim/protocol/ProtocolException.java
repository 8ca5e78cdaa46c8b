package org.interphase.sim.protocol;

import org.interphase.sim.SimulationException;

/**
 * A protocol text that cannot be read. It is a {@link SimulationException} like every other input
 * error of the engines; it adds where the problem is so that an editor can underline it. The
 * message counts lines and columns from 1 (as people read them); the accessors are 0-based.
 */
public class ProtocolException extends SimulationException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /**
     * @param message what is wrong and how to write it instead
     * @param line    0-based line of the experiment text (0 for a single sentence)
     * @param column  0-based column in that line
     */
    public ProtocolException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** 0-based line in the experiment text. */
    public int line() {
        return line;
    }

    /** 0-based column in that line. */
    public int column() {
        return column;
    }
}
