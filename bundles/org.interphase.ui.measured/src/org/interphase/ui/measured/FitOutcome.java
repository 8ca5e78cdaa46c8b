package org.interphase.ui.measured;

import org.interphase.analysis.StackFitOutcome;
import org.interphase.sim.stack.StackFitResult;

/**
 * A finished fit shown in the IDE: the stack the fit started from (its file receives fitted values), the circuit
 * fitted and the headless outcome.
 */
public record FitOutcome(FitTarget target, String circuit, StackFitOutcome fit) {

    /** The overlaid spectrum that was fitted. */
    public String measuredLabel() {
        return fit.measuredLabel();
    }

    /** How many measured points were fitted. */
    public int points() {
        return fit.points();
    }

    /** The fitted arcs and conductivities. */
    public StackFitResult result() {
        return fit.result();
    }
}
