package org.interphase.sim.symmetric;

import java.util.Objects;

/**
 * Something a user would mark on the voltage curve of a symmetric cell.
 *
 * @param kind    what happened
 * @param time    when, s from the start of the run
 * @param message what happened and where, in words (which interface, which layer, the numbers)
 */
public record SymmetricCellEvent(Kind kind, double time, String message) {

    /** The kinds of event the engine reports. */
    public enum Kind {
        /** A reduced interphase (MCI) is thick enough to count ({@link SymmetricCellModel#onsetThickness()}). */
        INTERPHASE_ONSET,
        /** Voids opened at a Li interface on stripping; its contact area fell below the reporting threshold. */
        CONTACT_LOSS,
        /** An electronic path bridged the electrodes (Li dendrite or percolating MCI); the voltage collapsed. */
        SHORT_CIRCUIT,
        /** The overpotential reached the cut-off: the cell counts as failed. */
        FAILURE,
        /** A coating against Li is lithiated through its whole thickness: its resistance has fallen to that of the
         * lithiated phase. */
        COATING_ACTIVATED
    }

    public SymmetricCellEvent {
        Objects.requireNonNull(kind, "event kind");
        Objects.requireNonNull(message, "event message");
    }

    /** Whether the run ends at this event. */
    public boolean endsRun() {
        return kind == Kind.SHORT_CIRCUIT || kind == Kind.FAILURE;
    }
}
