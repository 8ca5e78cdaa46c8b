package org.interphase.dsl.binding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.interphase.core.provenance.Source;
import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Quantity;
import org.interphase.library.InterfaceProperty;
import org.interphase.library.Material;
import org.interphase.library.MaterialFlag;
import org.interphase.library.MaterialInterface;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.sim.SimulationException;
import org.interphase.sim.cycling.LogarithmicGrowth;
import org.interphase.sim.electrochem.InterphaseGrowthLaw;
import org.interphase.sim.electrochem.LinearGrowth;
import org.interphase.sim.electrochem.ParabolicGrowth;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.StackLayer;
import org.interphase.sim.symmetric.CoatingShield;
import org.interphase.sim.symmetric.ElectrodeSide;
import org.interphase.sim.symmetric.InterphaseSite;
import org.interphase.sim.symmetric.SymmetricCellModel;

/**
 * Binds a symmetric cell's materials and interfaces to the symmetric-cell engine: its physics parameters
 * ({@link SymmetricCellModel}) and where interphases grow.
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
public final class SymmetricBinding {

    private SymmetricBinding() {
    }

    /**
     * The model of a stack. Its critical current density is the lowest that an interface entry gives for the
     * stack's Li against any of its layers (Li|LLZO under an ALD coating: a coating may raise the CCD, but no
     * source says by how much: the h-BN coated LLZT of Sun et al. 2025, Table 2); a stack for which none is known has none, and its plating is
     * simulated without dendrite shorts. The other parameters are documented model values, with citations taken
     * from the library's source declarations:
     * <ul>
     * <li>cut-off 2.0 V: [004] reports Li|LAGP lifetimes as the time to reach a 2.0 V overpotential
     * (facts.md §c5 R-063); sources read lifetime as overpotential divergence, short or abrupt drop (§d15);</li>
     * <li>critical stripping current 0.2 mA/cm² at 3 MPa: [external] Kasemchainan et al. 2019 (the study
     * [004] cites for void formation on stripping, §d4), scaled in proportion to the stack pressure;</li>
     * <li>void roughness 1 µm: the gap uncoated garnet leaves against Li, 1–3 µm, lower end ([004], §a2);</li>
     * <li>Li volume per charge from the library's Li (3860 mAh/g, 0.53 g/cm³: 4.89 µm per mAh/cm², §d16);</li>
     * <li>tunnelling length 0.1 nm: [external] a 1 eV rectangular barrier ({@link CoatingShield}).</li>
     * </ul>
     * Reporting conventions: onset at 1 nm of interphase (about one NASICON unit cell, the thinnest
     * continuous layer); contact loss when an electrode keeps less than 90 % of its area (its
     * charge-transfer resistance is then more than 11 % up).
     *
     * @param library the library whose Li properties, interfaces and citations to use
     * @param stack   the symmetric cell
     * @throws SimulationException if the library lacks Li, its density or capacity, or a cited source
     */
    public static SymmetricCellModel model(MaterialLibrary library, CellStack stack) {
        Material li = library.material("Li").orElseThrow(() -> new SimulationException(
                "the library has no material 'Li', whose density and capacity give the volume of Li per charge"));
        SourcedQuantity capacity = li.require(MaterialProperty.THEORETICAL_CAPACITY);
        SourcedQuantity density = li.require(MaterialProperty.DENSITY);
        double volumePerCharge = 1 / (capacity.value().si() * density.value().si());
        return new SymmetricCellModel(
                sourced(library, "cut-off voltage", 2.0, "V", "[Sun2025]", "Table 2, row Cr-Al2O3 on LAGP (2.0 V overpotential as the end of a symmetric cell)",
                        "lifetime read as the time to a 2.0 V overpotential"),
                criticalCurrentDensity(library, List.of(stack.left().name(), stack.right().name()),
                        stack.layers().stream().map(layer -> layer.material().id()).toList()),
                sourced(library, "critical stripping current density", 0.2, "mA/cm2", "[Kasemchainan2019]",
                        "Li|Li6PS5Cl|Li at 3 MPa", "void formation on stripping"),
                sourced(library, "reference pressure", 3, "MPa", "[Kasemchainan2019]", "stack pressure", ""),
                sourced(library, "void roughness", 1, "µm", "[Sun2025]", "Table 2, row h-BN on LLZT (ref. 21, Rajendran et al.: 1-3 µm gap of uncoated LLZT)",
                        "1-3 µm gap of uncoated LLZT against Li, lower end"),
                new SourcedQuantity("Li volume per charge", Quantity.of(volumePerCharge, "m3/C"),
                        Source.of("[Sun2025]", capacity.source().citation(), "derived by Interphase from the capacity and density of Li"),
                        "1/(capacity x density) of Li: 4.89 µm per mAh/cm2"),
                sourced(library, "tunnelling length", 0.1, "nm", "[tunnelling]", "1 eV barrier", ""),
                1e-9, 0.9);
    }


    /**
     * @param library the library the stack was built from
     * @param stack   a Li | … | Li stack
     * @param model   for the tunnelling length of the coating shield
     * @return the growth sites, left electrode first; empty if nothing in the stack is reduced by Li
     * @throws SimulationException if a layer's material is not in the library, or Li reduces a layer for
     *                             which the library gives no interphase or growth law
     */
    public static List<InterphaseSite> sites(MaterialLibrary library, CellStack stack, SymmetricCellModel model) {
        CoatingShield shield = new CoatingShield(model.tunnellingLength().value().si());
        List<StackLayer> layers = stack.layers();
        List<InterphaseSite> sites = new ArrayList<>();
        find(ElectrodeSide.LEFT, stack.left().name(), layers, library, shield).ifPresent(sites::add);
        find(ElectrodeSide.RIGHT, stack.right().name(), layers.reversed(), library, shield)
                .ifPresent(sites::add);
        return sites;
    }

    private static Optional<InterphaseSite> find(ElectrodeSide side, String electrode, List<StackLayer> fromLi,
            MaterialLibrary library, CoatingShield shield) {
        double factor = 1;
        StackLayer previous = null;
        for (StackLayer layer : fromLi) {
            Material material = library.material(layer.material().id()).orElseThrow(() -> new SimulationException(
                    "layer " + layer.label() + " is of material '" + layer.material().id() + "', which is not in the"
                            + " library; the engine needs the library's reducedByLi and electronicallyInsulating"
                            + " flags of every layer"));
            if (material.flag(MaterialFlag.REDUCED_BY_LI).map(f -> f.value()).orElse(false)) {
                return Optional.of(site(side, electrode, layer, previous, material, library, factor));
            }
            factor *= shield.factor(material.flag(MaterialFlag.ELECTRONICALLY_INSULATING).map(f -> f.value())
                    .orElse(false), layer.thickness());
            previous = layer;
        }
        return Optional.empty();
    }

    private static InterphaseSite site(ElectrodeSide side, String electrode, StackLayer reduced, StackLayer previous,
            Material material, MaterialLibrary library, double factor) {
        MaterialInterface contact = library.interfaceBetween(electrode, material.id())
                .filter(c -> c.interphase().isPresent())
                .orElseThrow(() -> new SimulationException(electrode + " reduces " + material.id() + " (library flag"
                        + " reducedByLi, " + material.flag(MaterialFlag.REDUCED_BY_LI).orElseThrow().source().key()
                        + ") but the library has no interface " + electrode + "|" + material.id()
                        + " naming the interphase that forms; add: interface IF-" + electrode + "-" + material.id()
                        + " { between = " + electrode + "  and = " + material.id() + "  interphase = <material>"
                        + "  interphaseGrowthConstant = <value> m2/s source <Source> \"where\" }"));
        String interphase = contact.interphase().orElseThrow();
        InterphaseGrowthLaw law = law(contact);
        // StackBinding puts the interphase of a bare contact into the stack as a layer of its own.
        Optional<StackLayer> existing = Optional.ofNullable(previous)
                .filter(layer -> layer.material().id().equals(interphase));
        String label = existing.map(StackLayer::label)
                .orElse(reduced.label() + " interphase, " + side.word() + " side");
        return new InterphaseSite(side, label, reduced.label(), existing.map(StackLayer::label),
                new StackBinding(library).material(interphase), law, existing.map(StackLayer::thickness).orElse(0.0),
                factor);
    }

    /**
     * The lowest critical current density an interface entry gives for an electrode against any of the layers,
     * named after its interface, e.g. "critical current density of Li|LLZO".
     *
     * @param electrodes the materials of the two electrodes
     * @param layers     the materials of the layers between them
     */
    public static Optional<SourcedQuantity> criticalCurrentDensity(MaterialLibrary library, List<String> electrodes,
            List<String> layers) {
        return electrodes.stream().distinct()
                .flatMap(electrode -> layers.stream().distinct().flatMap(layer -> library
                        .interfaceBetween(electrode, layer).stream()
                        .flatMap(contact -> contact.property(InterfaceProperty.CRITICAL_CURRENT_DENSITY).stream()
                                .map(ccd -> new SourcedQuantity("critical current density of " + electrode + "|"
                                        + layer, ccd.value(), ccd.source(), ccd.note())))))
                .min(Comparator.comparingDouble(ccd -> ccd.value().si()));
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
                + " <k> m2/s source <Source> \"where\"' line (parabolic growth) to it in your file");
    }

    private static SourcedQuantity sourced(MaterialLibrary library, String name, double value, String unit,
            String key, String locator, String note) {
        String citation = library.citations().get(key);
        if (citation == null) {
            throw new SimulationException("the library declares no source " + key + ", which the default " + name
                    + " cites; it is declared in the built-in sources.iph");
        }
        return new SourcedQuantity(name, Quantity.of(value, unit), Source.of(key, citation, locator), note);
    }

}
