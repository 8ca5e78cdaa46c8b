package org.interphase.dsl.binding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.interphase.core.provenance.Source;
import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Quantity;
import org.interphase.library.InterfaceProperty;
import org.interphase.library.Material;
import org.interphase.library.MaterialFlag;
import org.interphase.library.MaterialInterface;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.library.MissingProperty;
import org.interphase.sim.SimulationException;
import org.interphase.sim.cycling.LogarithmicGrowth;
import org.interphase.sim.electrochem.ButlerVolmer;
import org.interphase.sim.electrochem.InterphaseGrowthLaw;
import org.interphase.sim.electrochem.LinearGrowth;
import org.interphase.sim.electrochem.ParabolicGrowth;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.Electrode;
import org.interphase.sim.stack.LayerMaterial;
import org.interphase.sim.stack.StackInterface;
import org.interphase.sim.stack.StackLayer;
import org.interphase.sim.stack.StackPart;
import org.interphase.sim.symmetric.CoatingShield;
import org.interphase.sim.symmetric.ElectrodeSide;
import org.interphase.sim.symmetric.InterphaseSite;
import org.interphase.sim.symmetric.LithiatingCoating;
import org.interphase.sim.symmetric.SymmetricCellModel;

/**
 * Binds a symmetric cell's materials and interfaces to the symmetric-cell engine: its physics parameters
 * ({@link SymmetricCellModel}) and where interphases grow.
 * <p>
 * From each Li electrode the layers are walked inwards. The first layer whose material the library
 * flags {@code reducedByLi} (LATP, LAGP, LLTO, sulfides) is where an interphase grows; the layers
 * passed on the way shield it: an electronically insulating one by the tunnelling length of its material
 * ({@link CoatingShield}). The library's interface entry between Li and
 * that material names the interphase material (its conductivity) and the growth law:
 * <ul>
 * <li>{@code interphaseGrowthConstant} k: {@link ParabolicGrowth}, L² = L₀² + 2kt (an interphase whose transport limits it);</li>
 * <li>{@code interphaseGrowthVelocity} v with {@code tunnellingLength} λ: tunnelling-limited growth
 * ({@link LogarithmicGrowth}); v alone: {@link LinearGrowth}, its λ → ∞ limit (the MCI on LATP, which conducts
 * electrons and Li, so that the reaction sets the pace).</li>
 * </ul>
 * The growth rate is used as the library states it: no source gives its temperature dependence.
 */
public final class SymmetricBinding {

    private SymmetricBinding() {
    }

    /**
     * The model of a stack, every value from the stack's materials and interfaces except the cut-off, which is
     * the measurement's:
     * <ul>
     * <li>critical current density: from the Li contacts' kinetics and the electrolyte's penetration overpotential
     * ({@link #criticalCurrentDensity(MaterialLibrary, CellStack)}); a stack none of whose layers states one has none,
     * and its plating is simulated without dendrite shorts;</li>
     * <li>critical stripping current density with the pressure it holds at, and void roughness: the lowest an
     * interface entry of the electrode with one of the layers states, else the electrode material's (the built-in
     * Li: 0.2 mA/cm² at 3 MPa, Kasemchainan et al. 2019; 1 µm, the gap uncoated garnet leaves against Li);</li>
     * <li>Li volume per charge from the electrode's capacity and density (3860 mAh/g, 0.53 g/cm³: 4.89 µm per
     * mAh/cm², facts.md §d16);</li>
     * <li>cut-off: the measurement's {@code cutoff}, else 2.0 V: [004] reports Li|LAGP lifetimes as the time to
     * reach a 2.0 V overpotential (facts.md §c5 R-063; sources read lifetime as overpotential divergence, short or
     * abrupt drop, §d15).</li>
     * </ul>
     * Reporting conventions: onset at 1 nm of interphase (about one NASICON unit cell, the thinnest
     * continuous layer); contact loss when an electrode keeps less than 90 % of its area (its
     * charge-transfer resistance is then more than 11 % up).
     *
     * @param library the library the stack was built from
     * @param stack   the symmetric cell
     * @param cutoff  the overpotential the measurement ends at, if it states one
     * @throws SimulationException if the electrode's material, or an interface, lacks a value the model needs
     */
    public static SymmetricCellModel model(MaterialLibrary library, CellStack stack,
            Optional<SourcedQuantity> cutoff) {
        if (stack.left().kind() != Electrode.Kind.NON_BLOCKING || stack.right().kind() != Electrode.Kind.NON_BLOCKING) {
            throw new SimulationException("plating/stripping needs Li metal at both ends of the stack ('lithium Li'),"
                    + " but it ends in " + stack.left().name() + " and " + stack.right().name());
        }
        Material li = library.material(stack.left().name()).orElseThrow(() -> new SimulationException(
                "electrode " + stack.left().name() + " is not a material of the library or your files; its density"
                        + " and capacity give the volume of Li per charge"));
        SourcedQuantity capacity = required(li, MaterialProperty.THEORETICAL_CAPACITY, "3860 mAh/g");
        SourcedQuantity density = required(li, MaterialProperty.DENSITY, "0.53 g/cm3");
        double volumePerCharge = 1 / (capacity.value().si() * density.value().si());
        List<String> electrodes = List.of(stack.left().name(), stack.right().name());
        List<String> layers = stack.layers().stream().map(layer -> layer.material().id()).toList();
        Optional<MaterialInterface> stripping = weakest(library, electrodes, layers,
                InterfaceProperty.CRITICAL_STRIPPING_CURRENT_DENSITY);
        SourcedQuantity strippingCurrent = stripping.map(contact -> named(contact,
                contact.property(InterfaceProperty.CRITICAL_STRIPPING_CURRENT_DENSITY).orElseThrow()))
                .orElseGet(() -> required(li, MaterialProperty.CRITICAL_STRIPPING_CURRENT_DENSITY, "0.2 mA/cm2"));
        SourcedQuantity referencePressure = stripping.map(contact -> named(contact, contact
                .property(InterfaceProperty.STRIPPING_REFERENCE_PRESSURE).orElseThrow(() -> new SimulationException(
                        "interface " + contact.id() + " gives criticalStrippingCurrentDensity without the pressure it"
                                + " holds at; add 'strippingReferencePressure = <value> MPa source <Source> \"where\"'"
                                + " to it (" + contact.origin() + ")"))))
                .orElseGet(() -> required(li, MaterialProperty.STRIPPING_REFERENCE_PRESSURE, "3 MPa"));
        SourcedQuantity roughness = weakest(library, electrodes, layers, InterfaceProperty.VOID_ROUGHNESS)
                .map(contact -> named(contact, contact.property(InterfaceProperty.VOID_ROUGHNESS).orElseThrow()))
                .orElseGet(() -> required(li, MaterialProperty.VOID_ROUGHNESS, "1 µm"));
        return new SymmetricCellModel(cutoff.orElseGet(() -> defaultCutoff(library)),
                criticalCurrentDensity(library, stack), strippingCurrent, referencePressure, roughness,
                new SourcedQuantity("Li volume per charge", Quantity.of(volumePerCharge, "m3/C"),
                        Source.of(capacity.source().key(), capacity.source().citation(),
                                "derived by Interphase from the capacity and density of " + li.id()),
                        "1/(capacity x density) of " + li.id()),
                1e-9, 0.9);
    }

    /** A value of the electrode's material, named after it, which the model cannot do without. */
    private static SourcedQuantity required(Material electrode, MaterialProperty property, String example) {
        // A MissingProperty, so that validation offers the quick fix that writes the line.
        SourcedQuantity value = electrode.property(property).orElseThrow(() -> new MissingProperty(electrode.origin(),
                electrode.id(), property.key(), "material " + electrode.id() + " has no " + property.key()
                + ", which plating/stripping needs; add '" + property.key() + " = " + example + " source <Source> \"where\"' to material " + electrode.id()
                + (property == MaterialProperty.THEORETICAL_CAPACITY || property == MaterialProperty.DENSITY ? ""
                        : " or to the interface entry of " + electrode.id() + " with its electrolyte")
                + " (" + electrode.origin() + ")"));
        return new SourcedQuantity(value.name() + " of " + electrode.id(), value.value(), value.source(),
                value.note());
    }

    private static SourcedQuantity named(MaterialInterface contact, SourcedQuantity value) {
        return new SourcedQuantity(value.name() + " of " + contact.between() + "|" + contact.and(), value.value(),
                value.source(), value.note());
    }

    private static SourcedQuantity defaultCutoff(MaterialLibrary library) {
        String key = "[Sun2025]";
        String citation = library.citations().get(key);
        if (citation == null) {
            throw new SimulationException("the library declares no source " + key + ", which the default cut-off of"
                    + " 2.0 V cites; write the cut-off on the measurement, e.g. 'plating-stripping 0.1 mA/cm2"
                    + " half-cycle 1 h for 100 h cutoff 2 V'");
        }
        return new SourcedQuantity("cut-off voltage", Quantity.of(2.0, "V"), Source.of(key, citation,
                "Table 2, row Cr-Al2O3 on LAGP (2.0 V overpotential as the end of a symmetric cell)"),
                "lifetime read as the time to a 2.0 V overpotential; write 'cutoff <V>' on the measurement to change it");
    }

    /**
     * @param library the library the stack was built from
     * @param stack   a Li | … | Li stack
     * @return the growth sites, left electrode first; empty if nothing in the stack is reduced by Li
     * @throws SimulationException if a layer's material is not in the library, an insulating layer's material has
     *                             no tunnelling length, or Li reduces a layer for which the library gives no
     *                             interphase or growth law
     */
    public static List<InterphaseSite> sites(MaterialLibrary library, CellStack stack) {
        List<StackLayer> layers = stack.layers();
        List<InterphaseSite> sites = new ArrayList<>();
        find(ElectrodeSide.LEFT, stack.left().name(), layers, library).ifPresent(sites::add);
        find(ElectrodeSide.RIGHT, stack.right().name(), layers.reversed(), library).ifPresent(sites::add);
        return sites;
    }

    private static Optional<InterphaseSite> find(ElectrodeSide side, String electrode, List<StackLayer> fromLi,
            MaterialLibrary library) {
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
            if (material.flag(MaterialFlag.ELECTRONICALLY_INSULATING).map(f -> f.value()).orElse(false)) {
                factor *= shield(material).transmission(layer.thickness());
            }
            previous = layer;
        }
        return Optional.empty();
    }

    /** The electron tunnelling through an insulating layer, by its material's tunnelling length. */
    private static CoatingShield shield(Material insulating) {
        SourcedQuantity length = insulating.property(MaterialProperty.TUNNELLING_LENGTH).orElseThrow(
                () -> new MissingProperty(insulating.origin(), insulating.id(),
                        MaterialProperty.TUNNELLING_LENGTH.key(), "material " + insulating.id()
                        + " is electronically insulating, so electrons cross it only by tunnelling, but it gives no tunnellingLength; add"
                        + " 'tunnellingLength = 0.1 nm source <Source> \"where\"' to material " + insulating.id()
                        + " (" + insulating.origin() + ")"));
        return new CoatingShield(length.value().si());
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
     * The coatings of a Li | … | Li stack that lithiate against the Li they touch (activation, facts.md §d2): the
     * layer next to each Li electrode if the library flags its material {@code lithiates} or {@code alloysWithLi}
     * (ALD Al2O3 to Li-Al-O, ZnO to LiZn) and Li does not reduce it (that one grows an interphase instead). Li and
     * electrons come from the Li metal, so a layer behind another does not lithiate. Its material must give
     * {@code lithiatedIonicConductivity} (moved to the stack temperature by the material's
     * {@code activationEnergy}) and {@code lithiationRateConstant}.
     *
     * @param library the library the stack was built from
     * @param stack   a Li | … | Li stack
     * @return left electrode's coating first; empty if neither Li touches one that lithiates
     * @throws org.interphase.library.MissingProperty naming the property a lithiating coating lacks
     */
    public static List<LithiatingCoating> coatings(MaterialLibrary library, CellStack stack) {
        List<StackLayer> layers = stack.layers();
        List<LithiatingCoating> coatings = new ArrayList<>();
        coating(ElectrodeSide.LEFT, layers.get(0), library).ifPresent(coatings::add);
        if (layers.size() > 1) {
            coating(ElectrodeSide.RIGHT, layers.get(layers.size() - 1), library).ifPresent(coatings::add);
        }
        return coatings;
    }

    private static Optional<LithiatingCoating> coating(ElectrodeSide side, StackLayer layer, MaterialLibrary library) {
        Optional<Material> found = library.material(layer.material().id());
        if (found.isEmpty() || flagged(found.get(), MaterialFlag.REDUCED_BY_LI)
                || !flagged(found.get(), MaterialFlag.LITHIATES) && !flagged(found.get(), MaterialFlag.ALLOYS_WITH_LI)) {
            return Optional.empty();
        }
        Material coating = found.get();
        coating.requireAll(MaterialProperty.LITHIATED_IONIC_CONDUCTIVITY, MaterialProperty.LITHIATION_RATE_CONSTANT);
        double rate = coating.require(MaterialProperty.LITHIATION_RATE_CONSTANT).value().si();
        LayerMaterial lithiated = new LayerMaterial(coating.id() + ", lithiated", StackBinding.arrhenius(coating,
                MaterialProperty.LITHIATED_IONIC_CONDUCTIVITY, MaterialProperty.ACTIVATION_ENERGY),
                layer.material().relativePermittivity(), Optional.empty());
        return Optional.of(new LithiatingCoating(side, layer.label(), lithiated, new ParabolicGrowth(rate)));
    }

    private static boolean flagged(Material material, MaterialFlag flag) {
        return material.flag(flag).map(f -> f.value()).orElse(false);
    }

    /**
     * The critical current density of a Li | … | Li stack (facts.md §d4, current focusing, Chiang et al.): Li plated into
     * the surface flaws of the electrolyte opens them once the plating overpotential at the Li contact exceeds the
     * electrolyte's {@code penetrationOverpotential} η_c. The CCD is therefore the current density at which the
     * contact's Butler–Volmer overpotential reaches η_c, 2i₀·sinh(Fη_c/2RT) for α = ½, at the stack temperature: a
     * contact of low resistance (a lithiophilic coating) raises it, a resistive one lowers it, and the engine's i/f
     * lowers it further where voids have shrunk the contact. The weaker of the two Li contacts, with the lowest η_c
     * that a layer's material states.
     *
     * @param library the library the stack was built from
     * @param stack   a Li | … | Li stack
     * @return named after the contact, e.g. "critical current density of Li|LLCZN", citing η_c's source; empty if no
     *         layer states a penetration overpotential
     */
    public static Optional<SourcedQuantity> criticalCurrentDensity(MaterialLibrary library, CellStack stack) {
        Optional<Material> electrolyte = stack.layers().stream()
                .flatMap(layer -> library.material(layer.material().id()).stream())
                .filter(material -> material.property(MaterialProperty.PENETRATION_OVERPOTENTIAL).isPresent())
                .min(Comparator.comparingDouble(material -> material
                        .property(MaterialProperty.PENETRATION_OVERPOTENTIAL).orElseThrow().value().si()));
        if (electrolyte.isEmpty()) {
            return Optional.empty();
        }
        SourcedQuantity eta = electrolyte.get().property(MaterialProperty.PENETRATION_OVERPOTENTIAL).orElseThrow();
        double temperature = stack.temperature();
        List<StackPart> parts = stack.parts();
        return Stream.of(parts.get(0), parts.get(parts.size() - 1))
                .filter(StackInterface.class::isInstance).map(StackInterface.class::cast)
                .filter(contact -> contact.exchangeCurrentDensity().isPresent())
                .map(contact -> {
                    double i0 = contact.exchangeCurrentDensity().orElseThrow().at(temperature);
                    double ccd = ButlerVolmer.symmetric(i0).currentDensity(eta.value().si(), temperature);
                    return new SourcedQuantity("critical current density of " + contact.label(),
                            Quantity.of(ccd / 10, "mA/cm2"), eta.source(), String.format(Locale.ROOT,
                                    "2 i0 sinh(F eta_c/2RT) of %s (i0 = %.3g mA/cm2 at %.0f K) with the"
                                            + " penetrationOverpotential eta_c = %s of %s: %s", contact.label(),
                                    i0 / 10, temperature, eta.value().text(), electrolyte.get().id(), eta.note()));
                })
                .min(Comparator.comparingDouble(ccd -> ccd.value().si()));
    }

    /** Of the interface entries between an electrode and any of the layers that state {@code property}, the lowest. */
    private static Optional<MaterialInterface> weakest(MaterialLibrary library, List<String> electrodes,
            List<String> layers, InterfaceProperty property) {
        return electrodes.stream().distinct()
                .flatMap(electrode -> layers.stream().distinct()
                        .flatMap(layer -> library.interfaceBetween(electrode, layer).stream()))
                .filter(contact -> contact.property(property).isPresent())
                .min(Comparator.comparingDouble(contact -> contact.property(property).orElseThrow().value().si()));
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
}
