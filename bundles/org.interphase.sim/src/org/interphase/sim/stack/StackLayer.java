package org.interphase.sim.stack;

import java.util.Objects;
import java.util.OptionalDouble;

import org.interphase.sim.InputChecks;

/**
 * A layer of a cell stack: an electrolyte pellet, a coating or an interphase.
 *
 * @param label           names its arcs ("LATP" gives "LATP bulk" and "LATP grain boundary"); unique in a stack
 * @param material        its transport properties
 * @param thickness       t, m
 * @param polycrystalline whether it is a polycrystalline ceramic: then, if its material has grain-boundary data,
 *                        the grain boundaries get an arc of their own
 * @param cpeExponent     α in (0, 1] if its arcs are depressed (constant-phase elements instead of capacitors)
 */
public record StackLayer(String label, LayerMaterial material, double thickness, boolean polycrystalline,
        OptionalDouble cpeExponent) implements StackPart {

    /** @throws org.interphase.sim.SimulationException for a non-positive thickness or an α outside (0, 1] */
    public StackLayer {
        InputChecks.named(label, "layer label");
        Objects.requireNonNull(material, () -> "material of layer " + label);
        InputChecks.positive(thickness, "thickness of layer " + label, "metres");
        Objects.requireNonNull(cpeExponent, () -> "CPE exponent of layer " + label + " (use OptionalDouble.empty())");
        cpeExponent.ifPresent(alpha -> InputChecks.positiveUpToOne(alpha, "CPE exponent of layer " + label,
                "1 is an ideal capacitor"));
    }

    /** A dense layer (single arc) with ideal capacitors. */
    public static StackLayer of(String label, LayerMaterial material, double thickness) {
        return new StackLayer(label, material, thickness, false, OptionalDouble.empty());
    }

    /** A polycrystalline ceramic with ideal capacitors. */
    public static StackLayer polycrystalline(String label, LayerMaterial material, double thickness) {
        return new StackLayer(label, material, thickness, true, OptionalDouble.empty());
    }

    /** The same layer with depressed arcs of exponent α. */
    public StackLayer withCpeExponent(double alpha) {
        return new StackLayer(label, material, thickness, polycrystalline, OptionalDouble.of(alpha));
    }
}
