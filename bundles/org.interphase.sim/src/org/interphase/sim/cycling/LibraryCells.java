package org.interphase.sim.cycling;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.library.CellDesign;
import org.interphase.library.CellProperty;
import org.interphase.library.InterfaceProperty;
import org.interphase.library.Material;
import org.interphase.library.MaterialCurve;
import org.interphase.library.MaterialInterface;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.sim.SimulationException;
import org.interphase.sim.stack.Arrhenius;
import org.interphase.sim.stack.LayerMaterial;
import org.interphase.sim.stack.LibraryStacks;
import org.interphase.sim.electrochem.InterphaseGrowthLaw;
import org.interphase.sim.electrochem.ParabolicGrowth;

/**
 * Builds {@link CellParameters} for a library {@code cell} entry: the cathode's open-circuit curve,
 * capacity, density and diffusivity; the layers' conductivities (through {@link LibraryStacks}, as
 * the impedance model reads them); and the kinetics and degradation lines of the cathode and anode
 * interfaces. Every value keeps its source in {@link CellParameters#provenance()}. A value the model
 * needs but the library lacks fails with a message naming the entry and the line to add.
 */
public final class LibraryCells {

    private final MaterialLibrary library;
    private final LibraryStacks stacks;

    /** @param library e.g. {@code MaterialLibrary.builtIn()}, or it combined with a user file */
    public LibraryCells(MaterialLibrary library) {
        this.library = Objects.requireNonNull(library, "material library");
        this.stacks = new LibraryStacks(library);
    }

    /**
     * @param cellId a library cell, e.g. "CELL-R-008"
     * @throws SimulationException if the cell is unknown or a value it needs is missing or non-physical
     */
    public CellParameters parameters(String cellId) {
        CellDesign cell = library.cell(cellId).orElseThrow(() -> new SimulationException("the library has no cell "
                + cellId + "; known cells: " + library.cells().stream().map(CellDesign::id)
                        .collect(Collectors.joining(", "))));
        List<SourcedQuantity> used = new ArrayList<>();
        double temperature = value(cell, CellProperty.TEMPERATURE, used);
        double area = value(cell, CellProperty.AREA, used);
        Material cathode = material(cell.cathode());
        OpenCircuitCurve ocv = new OpenCircuitCurve(curve(cathode));
        double specificCapacity = value(cathode, MaterialProperty.SPECIFIC_CAPACITY, used);
        double density = value(cathode, MaterialProperty.DENSITY, used);
        double diffusivity = atTemperature(cathode, MaterialProperty.LITHIUM_DIFFUSIVITY, temperature, used);
        double utilization = cell.property(CellProperty.UTILIZATION).map(u -> keep(u, used)).orElse(1.0);
        double mass;
        double length;
        double reactionArea;
        ParticleShape shape;
        if (cell.thinFilm()) {
            length = value(cell, CellProperty.CATHODE_THICKNESS, used);
            mass = density * area * length;
            reactionArea = area;
            shape = ParticleShape.PLANE;
        } else {
            mass = value(cell, CellProperty.CATHODE_LOADING, used) * area;
            length = value(cell, CellProperty.PARTICLE_RADIUS, used);
            // The electrolyte wets the contacted particles: their surface, 3V/R, carries the reaction.
            reactionArea = 3 * mass * utilization / density / length;
            shape = ParticleShape.SPHERE;
        }
        double volumeChange = cathode.property(MaterialProperty.VOLUME_CHANGE).map(v -> keep(v, used)).orElse(0.0);
        double separator = 0;
        for (int i = 0; i < cell.layers().size(); i++) {
            double thickness = keep(cell.layerThicknesses().get(i), used);
            separator += layerResistance(stacks.material(cell.layers().get(i)), thickness, area, temperature);
        }
        ElectrodeInterface cathodeContact = contact(cell.cathode(), cell.layers().get(0), temperature, used);
        ElectrodeInterface anodeContact = contact(cell.anode(), cell.layers().get(cell.layers().size() - 1),
                temperature, used);
        Material anode = material(cell.anode());
        double inventory = value(cell, CellProperty.ANODE_THICKNESS, used) * area
                * value(anode, MaterialProperty.DENSITY, used) * value(anode, MaterialProperty.THEORETICAL_CAPACITY, used);
        return new CellParameters(cell.id(), area, temperature, ocv, shape, length, diffusivity,
                mass * specificCapacity * utilization, mass, reactionArea, volumeChange, separator, cathodeContact,
                anodeContact, inventory, used);
    }

    /** t/(σA) of the bulk plus, for a polycrystalline ceramic with known boundaries, t/(σ_gb A). */
    private static double layerResistance(LayerMaterial material, double thickness, double area, double temperature) {
        double bulk = thickness / (material.conductivity().at(temperature) * area);
        return bulk + material.grainBoundary()
                .map(gb -> thickness / (gb.conductivity().at(temperature) * area)).orElse(0.0);
    }

    private ElectrodeInterface contact(String electrode, String layer, double temperature, List<SourcedQuantity> used) {
        MaterialInterface contact = library.interfaceBetween(electrode, layer).orElseThrow(() -> new SimulationException(
                "the library has no interface between " + electrode + " and " + layer + ", whose kinetics the cell "
                        + "needs; add 'interface IF-" + electrode + "-" + layer + " between=" + electrode + " and=" + layer
                        + "' with an exchangeCurrentDensity line to a user library file"));
        String label = electrode + "|" + layer;
        SourcedQuantity i0 = contact.require(InterfaceProperty.EXCHANGE_CURRENT_DENSITY);
        used.add(i0);
        double reference = contact.measuringTemperature(InterfaceProperty.EXCHANGE_CURRENT_DENSITY)
                .orElseThrow(() -> new SimulationException("interface " + contact.id() + " gives exchangeCurrentDensity "
                        + "without its temperature; add '@ 25 °C' (or the right one) to that line")).si();
        OptionalDouble energy = contact.property(InterfaceProperty.ACTIVATION_ENERGY)
                .map(e -> OptionalDouble.of(keep(e, used))).orElse(OptionalDouble.empty());
        double exchange = new Arrhenius("exchange current density of " + label, i0.value().si(), reference, energy)
                .at(temperature);
        Optional<Interphase> interphase = growthLaw(contact, used).map(law -> {
            String id = contact.interphase().orElseThrow(() -> new SimulationException("interface " + contact.id()
                    + " gives interphase growth but no interphase=<material> in its header"));
            double conductivity = stacks.material(id).conductivity().at(temperature);
            double thickness = keep(contact.require(InterfaceProperty.INTERPHASE_THICKNESS), used);
            double charge = contact.property(InterfaceProperty.INTERPHASE_CHARGE_DENSITY).map(q -> keep(q, used))
                    .orElse(0.0);
            return new Interphase(id, law, thickness, conductivity, charge);
        });
        double contactLoss = contact.property(InterfaceProperty.CONTACT_LOSS_PER_STRAIN).map(c -> keep(c, used))
                .orElse(0.0);
        return new ElectrodeInterface(label, exchange, interphase, contactLoss);
    }

    /** Parabolic growth if the interface gives a growth constant, tunnelling-limited if a velocity and a length. */
    private static Optional<InterphaseGrowthLaw> growthLaw(MaterialInterface contact, List<SourcedQuantity> used) {
        Optional<SourcedQuantity> parabolic = contact.property(InterfaceProperty.INTERPHASE_GROWTH_CONSTANT);
        Optional<SourcedQuantity> velocity = contact.property(InterfaceProperty.INTERPHASE_GROWTH_VELOCITY);
        Optional<SourcedQuantity> length = contact.property(InterfaceProperty.TUNNELLING_LENGTH);
        if (parabolic.isPresent() && velocity.isPresent()) {
            throw new SimulationException("interface " + contact.id() + " gives both a parabolic growth constant and a "
                    + "tunnelling growth velocity; keep the one that describes its interphase");
        }
        if (velocity.isPresent() != length.isPresent()) {
            throw new SimulationException("interface " + contact.id() + ": interphaseGrowthVelocity and "
                    + "tunnellingLength go together (dL/dt = k exp(-L/lambda))");
        }
        if (parabolic.isPresent()) {
            return Optional.of(new ParabolicGrowth(keep(parabolic.get(), used)));
        }
        return velocity.map(v -> new LogarithmicGrowth(keep(v, used), keep(length.get(), used)));
    }

    private Material material(String id) {
        return library.material(id).orElseThrow(() -> new SimulationException("the library has no material " + id));
    }

    private MaterialCurve curve(Material cathode) {
        List<MaterialCurve> curves = library.curvesOf(cathode.id(), MaterialCurve.OPEN_CIRCUIT_POTENTIAL);
        if (curves.isEmpty()) {
            throw new SimulationException("the library has no open-circuit curve of " + cathode.id() + "; add 'curve "
                    + "OCV-" + cathode.id() + " material=" + cathode.id() + " of=openCircuitPotential x=lithiation' with "
                    + "point lines to a user library file");
        }
        return curves.get(0);
    }

    private static double atTemperature(Material material, MaterialProperty property, double temperature,
            List<SourcedQuantity> used) {
        SourcedQuantity value = material.require(property);
        double reference = material.measuringTemperature(property.key()).orElseThrow(() -> new SimulationException(
                "material " + material.id() + " gives " + property.key() + " without its temperature; add '@ 25 °C'"))
                .si();
        used.add(value);
        return Arrhenius.atOneTemperature(property.key() + " of " + material.id(), value.value().si(), reference)
                .at(temperature);
    }

    private static double value(Material material, MaterialProperty property, List<SourcedQuantity> used) {
        return keep(material.require(property), used);
    }

    private static double value(CellDesign cell, CellProperty property, List<SourcedQuantity> used) {
        return keep(cell.require(property), used);
    }

    private static double keep(SourcedQuantity value, List<SourcedQuantity> used) {
        used.add(value);
        return value.value().si();
    }
}
