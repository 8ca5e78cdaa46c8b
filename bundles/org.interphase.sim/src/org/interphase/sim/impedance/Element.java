package org.interphase.sim.impedance;

import java.util.Objects;

import org.interphase.sim.SimulationException;

/**
 * One circuit element, e.g. {@code CPE1}: a kind and an index that together form its unique name.
 *
 * @param type  the element kind
 * @param index digits distinguishing elements of the same kind (may be empty), e.g. "1" in {@code CPE1}
 * @param label optional display label, "" for none
 */
public record Element(ElementType type, String index, String label) implements CircuitNode {

    /**
     * @throws SimulationException if the index contains anything but digits (it would not survive the
     *                             round trip through a circuit string)
     */
    public Element {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(label, "label");
        if (!index.chars().allMatch(Character::isDigit)) {
            throw new SimulationException("element index '" + index + "' of " + type.prefix()
                    + " must consist of digits only, e.g. " + type.prefix() + "1");
        }
    }

    /** An unlabelled element. */
    public Element(ElementType type, String index) {
        this(type, index, "");
    }

    /** @return the same element with the given display label */
    public Element withLabel(String newLabel) {
        return new Element(type, index, newLabel);
    }

    /** @return the unique name, prefix plus index, e.g. {@code Wo1} */
    public String name() {
        return type.prefix() + index;
    }

    /**
     * @param parameter position within {@link ElementType#parameters()}
     * @return the circuit-wide parameter name, e.g. {@code R0}, {@code CPE1_alpha}, {@code Wo1_tau}
     */
    public String parameterName(int parameter) {
        String suffix = type.parameters().get(parameter).suffix();
        return suffix.isEmpty() ? name() : name() + "_" + suffix;
    }

    @Override
    public int parameterCount() {
        return type.parameters().size();
    }

    @Override
    public String toString() {
        return name();
    }
}
