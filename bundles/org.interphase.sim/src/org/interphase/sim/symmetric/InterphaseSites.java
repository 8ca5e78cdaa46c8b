package org.interphase.sim.symmetric;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.library.InterfaceProperty;
import org.interphase.library.Material;
import org.interphase.library.MaterialFlag;
import org.interphase.library.MaterialInterface;
import org.interphase.library.MaterialLibrary;
import org.interphase.sim.SimulationException;
import org.interphase.sim.cycling.LogarithmicGrowth;
import org.interphase.sim.electrochem.InterphaseGrowthLaw;
import org.interphase.sim.electrochem.LinearGrowth;
import org.interphase.sim.electrochem.ParabolicGrowth;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.LibraryStacks;
import org.interphase.sim.stack.StackLayer;

/**
 * Finds where interphases grow in a symmetric cell, from the library.
 * <p>
 * From each Li electrode the layers are walked inwards. The first layer whose material the library
 * flags {@code reducedByLi} (LATP, LAGP, LLTO, sulfides) is where an interphase grows; the layers
 * passed on the way shield it ({@link CoatingShield}). The library's interface entry between Li and
 * that material names the interphase material (its conductivity) and the growth law:
 * <ul>
 * <li>{@code interphaseGrowthConstant} k: {@link ParabolicGrowth}, L² = L₀² + 2kt (the default for an MCI);</li>
 * <li>{@code interphaseGrowthVelocity} v with {@code tunnellingLength} λ: tunnelling-limited growth
 * ({@link LogarithmicGrowth}); v alone: {@link LinearGrowth}, its λ → ∞ limit.</li>
 * </ul>
 * The growth rate is used as the library states it: no source gives its temperature dependence.
 */
public final class InterphaseSites {

    private InterphaseSites() {
    }

    /**
     * @param library the library the stack was built from
     * @param stack   a Li | … | Li stack
     * @param model   for the tunnelling length of the coating shield
     * @return the growth sites, left electrode first; empty if nothing in the stack is reduced by Li
     * @throws SimulationException if a layer's material is not in the library, or Li reduces a layer for
     *                             which the library gives no interphase or growth law
     */
    public static List<InterphaseSite> fromLibrary(MaterialLibrary library, CellStack stack, SymmetricCellModel model) {
        CoatingShield shield = new CoatingShield(model.tunnellingLength().value().si());
        LibraryStacks stacks = new LibraryStacks(library);
        List<StackLayer> layers = stack.layers();
        List<InterphaseSite> sites = new ArrayList<>();
        find(ElectrodeSide.LEFT, stack.left().name(), layers, library, stacks, shield).ifPresent(sites::add);
        find(ElectrodeSide.RIGHT, stack.right().name(), layers.reversed(), library, stacks, shield)
                .ifPresent(sites::add);
        return sites;
    }

    private static Optional<InterphaseSite> find(ElectrodeSide side, String electrode, List<StackLayer> fromLi,
            MaterialLibrary library, LibraryStacks stacks, CoatingShield shield) {
        double factor = 1;
        StackLayer previous = null;
        for (StackLayer layer : fromLi) {
            Material material = library.material(layer.material().id()).orElseThrow(() -> new SimulationException(
                    "layer " + layer.label() + " is of material '" + layer.material().id() + "', which is not in the"
                            + " library; the engine needs the library's reducedByLi and electronicallyInsulating"
                            + " flags of every layer"));
            if (material.flag(MaterialFlag.REDUCED_BY_LI).map(f -> f.value()).orElse(false)) {
                return Optional.of(site(side, electrode, layer, previous, material, library, stacks, factor));
            }
            factor *= shield.factor(material, layer.thickness());
            previous = layer;
        }
        return Optional.empty();
    }

    private static InterphaseSite site(ElectrodeSide side, String electrode, StackLayer reduced, StackLayer previous,
            Material material, MaterialLibrary library, LibraryStacks stacks, double factor) {
        MaterialInterface contact = library.interfaceBetween(electrode, material.id())
                .filter(c -> c.interphase().isPresent())
                .orElseThrow(() -> new SimulationException(electrode + " reduces " + material.id() + " (library flag"
                        + " reducedByLi, " + material.flag(MaterialFlag.REDUCED_BY_LI).orElseThrow().source().key()
                        + ") but the library has no interface " + electrode + "|" + material.id()
                        + " naming the interphase that forms; add 'interface IF-" + electrode + "-" + material.id()
                        + " between=" + electrode + " and=" + material.id() + " interphase=<material>' with an"
                        + " interphaseGrowthConstant line to a user library file"));
        String interphase = contact.interphase().orElseThrow();
        InterphaseGrowthLaw law = law(contact);
        // LibraryStacks puts the interphase of a bare contact into the stack as a layer of its own.
        Optional<StackLayer> existing = Optional.ofNullable(previous)
                .filter(layer -> layer.material().id().equals(interphase));
        String label = existing.map(StackLayer::label)
                .orElse(reduced.label() + " interphase, " + side.word() + " side");
        return new InterphaseSite(side, label, reduced.label(), existing.map(StackLayer::label),
                stacks.material(interphase), law, existing.map(StackLayer::thickness).orElse(0.0), factor);
    }

    private static InterphaseGrowthLaw law(MaterialInterface contact) {
        Optional<SourcedQuantity> constant = contact.property(InterfaceProperty.INTERPHASE_GROWTH_CONSTANT);
        Optional<SourcedQuantity> velocity = contact.property(InterfaceProperty.INTERPHASE_GROWTH_VELOCITY);
        if (constant.isPresent() && velocity.isPresent()) {
            throw new SimulationException("interface " + contact.id() + " gives both interphaseGrowthConstant"
                    + " (parabolic growth) and interphaseGrowthVelocity; keep the one that describes the interphase");
        }
        if (constant.isPresent()) {
            return new ParabolicGrowth(constant.get().value().si());
        }
        if (velocity.isPresent()) {
            double v = velocity.get().value().si();
            return contact.property(InterfaceProperty.TUNNELLING_LENGTH)
                    .<InterphaseGrowthLaw>map(lambda -> new LogarithmicGrowth(v, lambda.value().si()))
                    .orElseGet(() -> new LinearGrowth(v));
        }
        throw new SimulationException("interface " + contact.id() + " names the interphase "
                + contact.interphase().orElseThrow() + " but gives no growth law; add an 'interphaseGrowthConstant ="
                + " <k> m2/s source=[KEY] \"locator\"' line (parabolic growth) to it in a user library file");
    }
}
