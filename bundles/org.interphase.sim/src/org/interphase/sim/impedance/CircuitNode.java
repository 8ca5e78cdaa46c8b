package org.interphase.sim.impedance;

/**
 * The structure of an equivalent circuit: a tree of {@link Element}s combined in {@link Series} and
 * {@link Parallel}. Nodes carry no parameter values (a {@link Circuit} pairs a tree with a parameter
 * vector), so one structure serves for simulation, fitting and display.
 * <p>
 * Any node may carry a label (e.g. "LATP bulk", "Li|LATP charge transfer") chosen by whoever builds the
 * circuit; labels name the contributions of {@link Circuit#seriesParts()} and are not part of the circuit
 * string. {@link #toString()} returns the canonical circuit string, e.g. {@code R0-p(R1,CPE1)-Wo1}.
 */
public sealed interface CircuitNode permits Element, Series, Parallel {

    /** @return the label given by the builder of the circuit, or "" when there is none */
    String label();

    /** @return the number of parameters of all elements in this sub-tree */
    int parameterCount();
}
