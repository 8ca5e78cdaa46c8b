package org.interphase.ui.measured;

import org.interphase.analysis.StackFitOutcome;
import org.interphase.sim.stack.StackFitResult;

/**
 * A finished fit shown in the IDE: the comparison whose stack model the fit started from (its file receives fitted
 * values) and the headless outcome.
 */
public record FitOutcome(Comparison comparison, StackFitOutcome fit) {

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
