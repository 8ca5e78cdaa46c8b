package org.interphase.sim.impedance;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.interphase.sim.SimulationException;

/**
 * Parts connected in series: their impedances add. Written {@code a-b-c} in a circuit string.
 * <p>
 * A series may contain a series (e.g. a labelled layer {@code R1-p(R2,CPE2)} inside a cell); the
 * circuit string does not show that grouping, which has no effect on the impedance.
 *
 * @param parts at least two sub-circuits, in order
 * @param label optional display label, "" for none
 */
public record Series(List<CircuitNode> parts, String label) implements CircuitNode {

    /** @throws SimulationException if fewer than two parts are given */
    public Series {
        parts = List.copyOf(parts);
        Objects.requireNonNull(label, "label");
        if (parts.size() < 2) {
            throw new SimulationException("a series connection needs at least two parts, got " + parts.size());
        }
    }

    /** An unlabelled series connection. */
    public Series(CircuitNode... parts) {
        this(List.of(parts), "");
    }

    /** @return the same series connection with the given display label */
    public Series withLabel(String newLabel) {
        return new Series(parts, newLabel);
    }

    @Override
    public int parameterCount() {
        return parts.stream().mapToInt(CircuitNode::parameterCount).sum();
    }

    @Override
    public String toString() {
        return parts.stream().map(CircuitNode::toString).collect(Collectors.joining("-"));
    }
}
