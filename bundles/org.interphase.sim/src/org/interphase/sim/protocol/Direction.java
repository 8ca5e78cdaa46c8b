package org.interphase.sim.protocol;

/**
 * Which way a constant-current step drives the cell. The engines and exports use the Battery
 * Data Format convention: current is positive while the cell charges and negative while it
 * discharges (PyBaMM uses the opposite sign; see anchors.md §4).
 */
public enum Direction {
    CHARGE(+1, "Charge"),
    DISCHARGE(-1, "Discharge");

    private final int sign;
    private final String verb;

    Direction(int sign, String verb) {
        this.sign = sign;
        this.verb = verb;
    }

    /** +1 for charge, −1 for discharge (BDF: positive current charges the cell). */
    public int sign() {
        return sign;
    }

    /** The word that starts a protocol sentence, e.g. "Discharge". */
    public String verb() {
        return verb;
    }
}
