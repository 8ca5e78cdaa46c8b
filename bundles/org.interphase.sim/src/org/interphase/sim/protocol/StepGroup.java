package org.interphase.sim.protocol;

import java.util.List;

import org.interphase.sim.SimulationException;

/**
 * Steps run in order as one cycle, the whole repeated {@code repeats} times; each repetition is
 * one cycle of the run's cycle count (PyBaMM: a tuple of steps is one cycle, {@code * n} repeats it).
 *
 * @param steps   the steps of one cycle, in order (at least one)
 * @param repeats how many cycles the group makes (at least one)
 */
public record StepGroup(List<Step> steps, int repeats) {

    public StepGroup {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new SimulationException("a cycle needs at least one step, e.g. " + ProtocolParser.EXAMPLE);
        }
        if (repeats < 1) {
            throw new SimulationException("a cycle is repeated at least once, got " + repeats + " repeats");
        }
    }

    /** The group as experiment text, e.g. "(Charge at C/10 until 4.2 V, Discharge at C/10 until 3.2 V) × 100". */
    public String text() {
        String body = steps.size() == 1
                ? steps.get(0).text()
                : "(" + String.join(", ", steps.stream().map(Step::text).toList()) + ")";
        return repeats == 1 ? body : body + " × " + repeats;
    }
}
