package org.interphase.sim.impedance;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.interphase.sim.SimulationException;

/**
 * Branches connected in parallel: their admittances add. Written {@code p(a,b,...)} in a circuit string.
 *
 * @param branches at least two sub-circuits, in order
 * @param label    optional display label, "" for none
 */
public record Parallel(List<CircuitNode> branches, String label) implements CircuitNode {

    /** @throws SimulationException if fewer than two branches are given */
    public Parallel {
        branches = List.copyOf(branches);
        Objects.requireNonNull(label, "label");
        if (branches.size() < 2) {
            throw new SimulationException(
                    "a parallel connection needs at least two branches, got " + branches.size());
        }
    }

    /** An unlabelled parallel connection. */
    public Parallel(CircuitNode... branches) {
        this(List.of(branches), "");
    }

    /** @return the same parallel connection with the given display label */
    public Parallel withLabel(String newLabel) {
        return new Parallel(branches, newLabel);
    }

    @Override
    public int parameterCount() {
        return branches.stream().mapToInt(CircuitNode::parameterCount).sum();
    }

    @Override
    public String toString() {
        return branches.stream().map(CircuitNode::toString).collect(Collectors.joining(",", "p(", ")"));
    }
}
