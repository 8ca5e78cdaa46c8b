package org.interphase.dsl.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Dimension;
import org.interphase.core.units.Quantity;
import org.interphase.dsl.library.Libraries;
import org.interphase.library.InterfaceProperty;
import org.interphase.library.Material;
import org.interphase.library.MaterialFlag;
import org.interphase.library.MaterialInterface;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.library.Origin;
import org.interphase.library.PelletProcess;
import org.interphase.sim.SimulationException;
import org.interphase.sim.growth.GrowthResult;
import org.interphase.sim.stack.Arrhenius;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.Electrode;
import org.interphase.sim.stack.GrainBoundary;
import org.interphase.sim.stack.LayerMaterial;
import org.interphase.sim.stack.StackInterface;
import org.interphase.sim.stack.StackLayer;
import org.interphase.sim.stack.StackPart;

/**
 * Binds materials and interfaces to the impedance model's stack records: layer materials with their
 * conductivity, permittivity and grain boundaries, pellets with their library geometry, grown films, electrodes,
 * and whole stacks whose interfaces and interphases (the MCI of Li on LATP) come from the library's interface
 * entries. A value the model needs but the materials lack fails with a message naming the material (or
 * interface) and the property to give.
 */
public final class StackBinding {

    private final MaterialLibrary library;

    /** @param library e.g. {@code Libraries.builtIn()}, or it combined with a user file */
    public StackBinding(MaterialLibrary library) {
        this.library = Objects.requireNonNull(library, "material library");
    }

    /**
     * @param materialId a library material id, e.g. "LATP"
     * @throws SimulationException if the material is unknown or lacks a property the model needs
     */
    public LayerMaterial material(String materialId) {
        return material(find(materialId));
    }

    static LayerMaterial material(Material material) {
        Arrhenius conductivity = arrhenius(material, MaterialProperty.IONIC_CONDUCTIVITY,
                MaterialProperty.ACTIVATION_ENERGY);
        double permittivity = require(material, MaterialProperty.RELATIVE_PERMITTIVITY).value().si();
        Optional<GrainBoundary> grainBoundary = material.property(MaterialProperty.GRAIN_BOUNDARY_CONDUCTIVITY)
                .map(gb -> new GrainBoundary(arrhenius(material, MaterialProperty.GRAIN_BOUNDARY_CONDUCTIVITY,
                        MaterialProperty.GRAIN_BOUNDARY_ACTIVATION_ENERGY),
                        require(material, MaterialProperty.GRAIN_SIZE).value().si(),
                        require(material, MaterialProperty.GRAIN_BOUNDARY_WIDTH).value().si()));
        return new LayerMaterial(material.id(), conductivity, permittivity, grainBoundary);
    }

    /** A dense layer of a library material, labelled with its id. */
    public StackLayer layer(String materialId, double thickness) {
        return StackLayer.of(materialId, material(materialId), thickness);
    }

    /**
     * A grown film (e.g. (PAA/PEO)30 after its cross-linking bake) as a dense layer with the film's final thickness
     * and the properties of its material.
     *
     * @param label e.g. "(PAA/PEO)30, Li side"; unique in the stack
     */
    public StackLayer film(GrowthResult film, String label) {
        return StackLayer.of(label, material(film.film()), film.finalThickness());
    }

    /**
     * A pressed and sintered pellet as a polycrystalline layer, with the thickness the library gives for the
     * pellet and labelled with its material id.
     *
     * @param pelletId a library pellet process, e.g. "PEL-LATP-molten-flux"
     */
    public StackLayer pellet(String pelletId) {
        PelletProcess pellet = pelletProcess(pelletId);
        return StackLayer.polycrystalline(pellet.material(), material(pellet.material()),
                pellet.thickness().value().si());
    }

    /** The face area of a library pellet, m², for cells whose electrodes cover the pellet. */
    public double pelletArea(String pelletId) {
        return pelletProcess(pelletId).faceArea();
    }

    /**
     * An electrode of a library material: blocking if the library flags it so (SS, Ag, Cu), non-blocking if it is
     * Li metal. Intercalating electrodes need their solid-state diffusion: use {@link Electrode#intercalating}.
     *
     * @throws SimulationException for an unknown material or one that is neither
     */
    public Electrode electrode(String materialId) {
        Material material = find(materialId);
        if (material.flag(MaterialFlag.BLOCKING_ELECTRODE).map(f -> f.value()).orElse(false)) {
            return Electrode.blocking(materialId);
        }
        if (material.formula().equals("Li")) {
            return Electrode.nonBlocking(materialId);
        }
        throw new SimulationException("the library does not say how electrode " + materialId + " exchanges Li+: it is"
                + " neither Li metal nor flagged 'blockingElectrode = true'; write an insertion electrode as the"
                + " stack's 'cathode' at one end, with Li metal ('lithium') or a blocking electrode at the other");
    }

    /**
     * A stack of the given layers between two electrodes, with the library's interface between every two
     * neighbours that have one (labelled "left|right" by material id, e.g. "Li|LATP" and "LATP|Li") and the
     * interphase it forms, as a layer labelled "&lt;interface label&gt; interphase". Neighbours without an
     * interface entry are in ideal contact.
     *
     * @param area        electrode area, m²
     * @param temperature K
     * @throws SimulationException if an interface lacks a value the model needs, or the stack is not a cell
     */
    public CellStack stack(Electrode left, List<StackLayer> layers, Electrode right, double area,
            double temperature) {
        return stack(left, layers, right, area, temperature, Optional.empty());
    }

    /**
     * An insertion cathode as the impedance model sees it ({@link CellBinding#cathode}).
     *
     * @param electrode    intercalating, named after the active material, with its solid diffusion
     * @param surfaceRatio the surface the cathode offers the electrolyte per electrode area: 1 for a dense film,
     *                     the particles' wetted surface for a composite; its contact's charge transfer and double
     *                     layer scale with it
     * @param provenance   the library values it was built from, with their sources
     */
    public record Cathode(Electrode electrode, double surfaceRatio, List<SourcedQuantity> provenance) {

        public Cathode {
            provenance = List.copyOf(provenance);
        }
    }

    /**
     * A full cell: {@link #stack(Electrode, List, Electrode, double, double)} with the cathode at one end, whose
     * contact with its neighbouring layer reacts over the cathode's surface.
     *
     * @param cathodeFirst whether the stack is written cathode first (else the cathode is its last layer)
     */
    public CellStack fullCell(Cathode cathode, List<StackLayer> layers, Electrode anode, boolean cathodeFirst,
            double area, double temperature) {
        return cathodeFirst ? stack(cathode.electrode(), layers, anode, area, temperature, Optional.of(cathode))
                : stack(anode, layers, cathode.electrode(), area, temperature, Optional.of(cathode));
    }

    private CellStack stack(Electrode left, List<StackLayer> layers, Electrode right, double area,
            double temperature, Optional<Cathode> cathode) {
        List<String> ids = new ArrayList<>();
        ids.add(left.name());
        layers.forEach(layer -> ids.add(layer.material().id()));
        ids.add(right.name());
        List<StackPart> parts = new ArrayList<>();
        for (int i = 0; i + 1 < ids.size(); i++) {
            String a = ids.get(i);
            String b = ids.get(i + 1);
            // Only the cathode's own contact reacts over its surface: the first or last pair of the stack.
            boolean atAnEnd = i == 0 || i + 2 == ids.size();
            double surface = cathode.filter(c -> atAnEnd
                    && (a.equals(c.electrode().name()) || b.equals(c.electrode().name())))
                    .map(Cathode::surfaceRatio).orElse(1.0);
            library.interfaceBetween(a, b).ifPresent(contact -> addInterface(contact, a, b, surface, parts));
            if (i < layers.size()) {
                parts.add(layers.get(i));
            }
        }
        return new CellStack(left, parts, right, area, temperature);
    }

    /** Adds the interface of {@code a|b}, with its interphase on the side of the entry's 'and' material. */
    private void addInterface(MaterialInterface contact, String a, String b, double surface, List<StackPart> parts) {
        String label = a + "|" + b;
        StackInterface kinetics = kinetics(contact, label, surface);
        Optional<StackLayer> interphase = contact.interphase().map(id -> StackLayer.of(label + " interphase",
                material(id), require(contact, InterfaceProperty.INTERPHASE_THICKNESS).value().si()));
        boolean kineticsFirst = contact.between().equals(a);
        if (kineticsFirst) {
            parts.add(kinetics);
        }
        interphase.ifPresent(parts::add);
        if (!kineticsFirst) {
            parts.add(kinetics);
        }
    }

    /** @param surface the reacting surface per electrode area: i₀ and C_dl per electrode area scale with it */
    private static StackInterface kinetics(MaterialInterface contact, String label, double surface) {
        double capacitance = require(contact, InterfaceProperty.DOUBLE_LAYER_CAPACITANCE).value().si() * surface;
        OptionalDouble energy = contact.property(InterfaceProperty.ACTIVATION_ENERGY)
                .map(e -> OptionalDouble.of(e.value().si())).orElse(OptionalDouble.empty());
        Optional<SourcedQuantity> i0 = contact.property(InterfaceProperty.EXCHANGE_CURRENT_DENSITY);
        if (i0.isPresent()) {
            double reference = measuringTemperature(contact.measuringTemperature(
                    InterfaceProperty.EXCHANGE_CURRENT_DENSITY), "interface " + contact.id(),
                    InterfaceProperty.EXCHANGE_CURRENT_DENSITY.key(), contact.origin());
            return StackInterface.withExchangeCurrent(label, new Arrhenius("exchange current density of " + label,
                    i0.get().value().si() * surface, reference, energy), capacitance);
        }
        Optional<SourcedQuantity> asr = contact.property(InterfaceProperty.CHARGE_TRANSFER_RESISTANCE);
        if (asr.isPresent()) {
            double reference = measuringTemperature(contact.measuringTemperature(
                    InterfaceProperty.CHARGE_TRANSFER_RESISTANCE), "interface " + contact.id(),
                    InterfaceProperty.CHARGE_TRANSFER_RESISTANCE.key(), contact.origin());
            return StackInterface.withAreaSpecificResistance(label, asr.get().value().si() / surface, reference,
                    energy, capacitance);
        }
        // Without kinetics the contact can only be that of a blocking electrode; CellStack checks it is.
        return StackInterface.blocking(label, capacitance);
    }

    static Arrhenius arrhenius(Material material, MaterialProperty value, MaterialProperty energy) {
        double reference = require(material, value).value().si();
        double temperature = measuringTemperature(material.measuringTemperature(value.key()), "material "
                + material.id(), value.key(), material.origin());
        OptionalDouble activation = material.property(energy).map(e -> OptionalDouble.of(e.value().si()))
                .orElse(OptionalDouble.empty());
        return new Arrhenius(value.key() + " of " + material.id(), reference, temperature, activation);
    }

    static double measuringTemperature(Optional<Quantity> temperature, String owner, String key,
            Origin origin) {
        return temperature.orElseThrow(() -> new SimulationException(owner + " gives " + key + " without the"
                + " temperature it was measured at, which the model needs to move it to the stack temperature; add"
                + " 'at 25 °C' (or the right temperature) to that value (" + origin + ")")).si();
    }

    /** @throws org.interphase.library.MissingProperty which validation reports with its quick fix */
    static SourcedQuantity require(Material material, MaterialProperty property) {
        return material.require(property);
    }

    private static SourcedQuantity require(MaterialInterface contact, InterfaceProperty property) {
        return contact.property(property).orElseThrow(() -> missing("interface " + contact.id(), property.key(),
                property.dimension(), contact.origin()));
    }

    private static SimulationException missing(String owner, String key, Dimension dimension, Origin origin) {
        // A plain number is written without a unit (relativePermittivity = 20), not like the "2 wt%" example.
        String example = dimension.equals(Dimension.NONE) ? "<number>" : dimension.example();
        return new SimulationException(owner + " has no " + key + ", which the stack model needs; give it in the"
                + " file, e.g. '" + key + " = " + example + " source …' in the material or interface (it is defined"
                + " at " + origin + ")");
    }

    private Material find(String materialId) {
        return library.material(materialId).orElseThrow(() -> new SimulationException("unknown material '"
                + materialId + "': no file and not the library defines it; check the spelling or declare the material"));
    }

    private PelletProcess pelletProcess(String pelletId) {
        return library.process(pelletId, PelletProcess.class).orElseThrow(() -> new SimulationException(
                "unknown pellet '" + pelletId + "': the library has no 'pellet " + pelletId + "' entry; known pellets: "
                        + library.processes(PelletProcess.class).stream().map(PelletProcess::id).toList()));
    }
}
