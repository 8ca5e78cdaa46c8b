package org.interphase.dsl.binding;

import java.util.List;

import org.interphase.library.Material;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.sim.SimulationException;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.Electrode;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.interphase.sim.stack.StackInterface;
import org.interphase.sim.stack.StackLayer;
import org.interphase.sim.stack.StackPart;
import org.interphase.sim.voltammetry.VoltammetryInput;

/**
 * Binds a Li | … | blocking-electrode cell to the voltammetry engine. The blocking electrode (stainless steel, Ag,
 * Cu) is the working electrode and Li the counter and reference, as in the LSV of SS | LATP | Li (facts.md §d12).
 * The layer the working electrode touches is the one oxidised: its {@code oxidationLimit} and
 * {@code oxidationExchangeCurrentDensity}; a coating there puts its own window in front of the electrolyte's. The
 * ohmic drop is that of the whole stack at its temperature, and the double layer that of the working contact.
 */
public final class VoltammetryBinding {

    /**
     * α of the oxidation: no source this library cites gives it, and 0.5, a symmetric barrier, is the usual choice
     * for an unknown one-electron step.
     */
    public static final double TRANSFER_COEFFICIENT = 0.5;
    /** Spacing of the samples, V: 1 mV draws smooth curves; the onset is found between samples. */
    static final double POTENTIAL_STEP = 1e-3;

    private VoltammetryBinding() {
    }

    /** The layer the working electrode touches: its material's window and kinetics decide the onset. */
    public static StackLayer workingLayer(CellStack cell) {
        boolean leftWorks = working(cell).equals(cell.left());
        List<StackLayer> layers = cell.layers();
        return leftWorks ? layers.get(0) : layers.get(layers.size() - 1);
    }

    /**
     * @param start  E at the start, V vs Li/Li⁺
     * @param end    E at the turning point, V vs Li/Li⁺
     * @param rate   scan rate, V/s
     * @param onset  onset current density, A/m²
     * @throws SimulationException if the cell has no blocking working electrode facing Li, or the working layer's
     *                             material lacks its window or kinetics ({@link org.interphase.library.MissingProperty})
     */
    public static VoltammetryInput input(MaterialLibrary library, CellStack cell, double start, double end,
            double rate, boolean cyclic, double onset) {
        Electrode working = working(cell);
        StackLayer layer = workingLayer(cell);
        String id = layer.material().id();
        Material material = library.material(id).orElseThrow(() -> new SimulationException("layer " + layer.label()
                + " is of " + id + ", which is not a material of the library or your files"));
        double limit = material.require(MaterialProperty.OXIDATION_LIMIT).value().si();
        double exchange = material.require(MaterialProperty.OXIDATION_EXCHANGE_CURRENT_DENSITY).value().si();
        List<StackPart> parts = cell.parts();
        StackPart contact = working.equals(cell.left()) ? parts.get(0) : parts.get(parts.size() - 1);
        double doubleLayer = contact instanceof StackInterface blocking ? blocking.doubleLayerCapacitance() : 0;
        double resistance = StackCircuitBuilder.simulate(cell, 1).totalResistance() * cell.area();
        return new VoltammetryInput(layer.label(), start, end, rate, cyclic, limit, exchange, TRANSFER_COEFFICIENT,
                cell.temperature(), resistance, doubleLayer, onset, POTENTIAL_STEP);
    }

    private static Electrode working(CellStack cell) {
        Electrode left = cell.left();
        Electrode right = cell.right();
        if (left.kind() == Electrode.Kind.BLOCKING && right.kind() == Electrode.Kind.NON_BLOCKING) {
            return left;
        }
        if (right.kind() == Electrode.Kind.BLOCKING && left.kind() == Electrode.Kind.NON_BLOCKING) {
            return right;
        }
        throw new SimulationException("voltammetry needs a blocking working electrode (e.g. 'collector SS') at one"
                + " end of the stack and Li metal ('lithium Li') at the other, but it ends in " + left.name() + " and "
                + right.name());
    }
}
