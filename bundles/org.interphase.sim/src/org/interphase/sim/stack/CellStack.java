package org.interphase.sim.stack;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;

/**
 * A cell as the impedance model sees it, written like the cell notation {@code Li | LATP | Li}: two electrodes
 * and, between them, layers in order with the interfaces that have charge-transfer kinetics. Two neighbouring
 * layers without an interface between them are in ideal contact (no interfacial arc); an interface first or
 * last in {@link #parts()} is the contact of the left or right electrode. The binding layer builds stacks
 * from the compiled model.
 *
 * @param left        the electrode before the first part
 * @param parts       layers and interfaces, from left to right
 * @param right       the electrode after the last part
 * @param area        electrode area A, m²
 * @param temperature T, K
 */
public record CellStack(Electrode left, List<StackPart> parts, Electrode right, double area, double temperature) {

    /** @throws SimulationException if the stack cannot be a cell (see the messages for what to change) */
    public CellStack {
        Objects.requireNonNull(left, "left electrode");
        Objects.requireNonNull(right, "right electrode");
        parts = List.copyOf(parts);
        InputChecks.positive(area, "electrode area", "m²");
        InputChecks.temperature(temperature, "stack temperature");
        if (parts.stream().noneMatch(StackLayer.class::isInstance)) {
            throw new SimulationException("a cell stack needs at least one layer between " + left.name() + " and "
                    + right.name());
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            StackPart part = parts.get(i);
            if (!labels.add(part.label())) {
                throw new SimulationException("two parts of the stack are labelled '" + part.label()
                        + "'; give each its own label (e.g. 'coating, Li side') so that their arcs can be told apart");
            }
            if (part instanceof StackInterface contact) {
                checkInterface(contact, i, parts, left, right);
            }
        }
        checkBlockingContact(left, parts.get(0));
        checkBlockingContact(right, parts.get(parts.size() - 1));
        if (left.kind() == Electrode.Kind.INTERCALATING && right.kind() == Electrode.Kind.INTERCALATING
                && left.name().equals(right.name())) {
            throw new SimulationException("both intercalating electrodes are named " + left.name()
                    + "; name them apart (e.g. 'LFP left') so that their diffusion tails can be told apart");
        }
    }

    /** Static because the record's fields are not yet assigned while the compact constructor runs. */
    private static void checkInterface(StackInterface contact, int index, List<StackPart> parts, Electrode left,
            Electrode right) {
        int count = parts.size();
        if (index + 1 < count && parts.get(index + 1) instanceof StackInterface next) {
            throw new SimulationException("interfaces " + contact.label() + " and " + next.label()
                    + " follow each other without a layer between them; merge them or put the layer between");
        }
        if (!blockingContact(index, count, left, right) && contact.exchangeCurrentDensity().isEmpty()) {
            throw new SimulationException("interface " + contact.label() + " has no exchange current density;"
                    + " only the contact of a blocking electrode may go without one (give i0, or R_ct·A with"
                    + " StackInterface.withAreaSpecificResistance)");
        }
    }

    /** Whether part {@code index} of {@code count} is the contact of a blocking electrode. */
    private static boolean blockingContact(int index, int count, Electrode left, Electrode right) {
        return index == 0 && left.kind() == Electrode.Kind.BLOCKING
                || index == count - 1 && right.kind() == Electrode.Kind.BLOCKING;
    }

    private static void checkBlockingContact(Electrode electrode, StackPart next) {
        if (electrode.kind() == Electrode.Kind.BLOCKING && !(next instanceof StackInterface)) {
            throw new SimulationException("blocking electrode " + electrode.name() + " needs an interface with its"
                    + " double-layer capacitance next to it (StackInterface.blocking), which makes the low-frequency"
                    + " tail of the spectrum");
        }
    }

    /** Whether {@code parts().get(index)} is the contact of a blocking electrode, where no charge crosses. */
    boolean isBlockingContact(int index) {
        return blockingContact(index, parts.size(), left, right);
    }

    /** The layers, from left to right. */
    public List<StackLayer> layers() {
        return parts.stream().filter(StackLayer.class::isInstance).map(StackLayer.class::cast).toList();
    }

    /** The distance between the electrodes, the sum of the layer thicknesses, m. */
    public double totalThickness() {
        return layers().stream().mapToDouble(StackLayer::thickness).sum();
    }

    /** The same cell at another temperature, K: each value follows its own activation energy there. */
    public CellStack at(double otherTemperature) {
        return new CellStack(left, parts, right, area, otherTemperature);
    }
}
