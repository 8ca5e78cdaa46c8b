package org.interphase.sim.impedance;

import org.interphase.sim.SimulationException;

/**
 * A malformed circuit string, with the 1-based column of the character at fault so that an editor can mark that
 * character inside the string (the message names the column too).
 */
public final class CircuitSyntaxException extends SimulationException {

    private static final long serialVersionUID = 1L;

    private final int column;

    /**
     * @param message what is wrong and what to write instead, naming the column
     * @param column  1-based column in the circuit string; one past its end for a string that ends too early
     */
    public CircuitSyntaxException(String message, int column) {
        super(message);
        this.column = column;
    }

    /** The 1-based column of the error in the circuit string. */
    public int column() {
        return column;
    }
}
