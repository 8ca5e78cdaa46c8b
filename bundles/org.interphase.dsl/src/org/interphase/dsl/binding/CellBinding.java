package org.interphase.dsl.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.library.InterfaceProperty;
import org.interphase.library.Material;
import org.interphase.library.MaterialCurve;
import org.interphase.library.MaterialInterface;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.library.MissingProperty;
import org.interphase.sim.SimulationException;
import org.interphase.sim.cycling.CellParameters;
import org.interphase.sim.cycling.ElectrodeInterface;
import org.interphase.sim.cycling.Interphase;
import org.interphase.sim.cycling.LogarithmicGrowth;
import org.interphase.sim.cycling.OpenCircuitCurve;
import org.interphase.sim.cycling.ParticleShape;
import org.interphase.sim.cycling.StrainBuffer;
import org.interphase.sim.electrochem.ElectrochemConstants;
import org.interphase.sim.electrochem.InterphaseGrowthLaw;
import org.interphase.sim.electrochem.LinearGrowth;
import org.interphase.sim.electrochem.ParabolicGrowth;
import org.interphase.sim.stack.Arrhenius;
import org.interphase.sim.stack.Electrode;
import org.interphase.sim.stack.FiniteDiffusion;
import org.interphase.sim.stack.LayerMaterial;

/**
 * Binds a full-cell stack to the cycling engine's {@link CellParameters}, from what the stack says and what its
 * materials and interfaces are:
 * <ul>
 * <li>capacity: the active material's specific capacity × the cathode's active mass (a thin film: density ×
 * area × layer thickness; a composite: its {@code loading} × area) × the composite's {@code utilization};</li>
 * <li>solid diffusion: the active material's Li diffusivity over the film thickness (thin film) or the
 * composite's {@code particleRadius};</li>
 * <li>separator: every layer's t/(σ(T)A), grain boundaries included, as the impedance model reads them, and the
 * charge transfer across every contact of two layers whose interface entry gives kinetics (neighbours without
 * one touch ideally, as in the impedance model);</li>
 * <li>kinetics and degradation: the interface entries between the cathode's active material and the first layer
 * and between the anode and the last layer; the cathode's contact loss, when buffers lie between it and the
 * electrolyte, from the bare cathode|electrolyte contact moderated by the buffers' thickness and shear modulus;</li>
 * <li>Li inventory: the anode layer's thickness × density × capacity of its material.</li>
 * </ul>
 * Temperature enters through Arrhenius on every value with an activation energy. Every value keeps its source
 * in {@link CellParameters#provenance()}; a value the model needs but the stack's materials lack fails with a
 * message naming the material or interface and the property.
 */
public final class CellBinding {

    /** The lithiation an impedance is taken at: half of the practical window. */
    private static final double HALF_LITHIATION = 0.5;

    private final MaterialLibrary library;

    /** @param library the built-in library combined with the files' materials */
    public CellBinding(MaterialLibrary library) {
        this.library = Objects.requireNonNull(library, "material library");
    }

    /** @throws SimulationException if a value the model needs is missing or non-physical */
    public CellParameters parameters(CellLayout cell) {
        if (cell.layers().isEmpty()) {
            throw new SimulationException("stack " + cell.name() + " has no layer between its electrodes");
        }
        List<SourcedQuantity> used = new ArrayList<>();
        double temperature = cell.temperature();
        double area = cell.area();
        Insertion cathode = insertion(cell.name(), cell.cathode(), cell.activeMaterial(), cell.cathodeThickness(), area,
                temperature, used);
        Material active = cathode.active();
        double volumeChange = active.property(MaterialProperty.VOLUME_CHANGE).map(v -> keep(active, v, used))
                .orElse(0.0);
        double separator = 0;
        for (CellLayout.Layer layer : cell.layers()) {
            separator += layerResistance(StackBinding.material(material(layer.material())), layer.thickness(), area,
                    temperature);
        }
        List<ElectrodeInterface> inner = new ArrayList<>();
        for (int i = 0; i + 1 < cell.layers().size(); i++) {
            innerContact(cell.layers().get(i).material(), cell.layers().get(i + 1).material(), temperature, used)
                    .ifPresent(inner::add);
        }
        ElectrodeInterface cathodeContact = contact(active.id(), cell.layers().get(0).material(), temperature,
                cathodeInterphase(active.id(), cell.layers(), cathode.ocv().maxPotential(), temperature, used),
                cathodeContactLoss(active.id(), cell.layers(), used), used);
        String lastLayer = cell.layers().get(cell.layers().size() - 1).material();
        ElectrodeInterface anodeContact = contact(cell.anode(), lastLayer, temperature,
                library.interfaceBetween(cell.anode(), lastLayer).flatMap(c -> interphase(c, temperature, used)),
                ownContactLoss(cell.anode(), lastLayer, used), used);
        Material anode = material(cell.anode());
        double inventory = cell.anodeThickness() * area * value(anode, MaterialProperty.DENSITY, used)
                * value(anode, MaterialProperty.THEORETICAL_CAPACITY, used);
        return new CellParameters(cell.name(), area, temperature, cathode.ocv(), cathode.shape(), cathode.length(),
                cathode.diffusivity(), cathode.capacity(), cathode.mass(), cathode.reactionArea(), volumeChange,
                separator, inner, cathodeContact, anodeContact, inventory, used);
    }

    /** The kinetics of the contact of layer {@code a} with layer {@code b}, if their interface entry gives any. */
    private Optional<ElectrodeInterface> innerContact(String a, String b, double temperature,
            List<SourcedQuantity> used) {
        return library.interfaceBetween(a, b)
                .filter(c -> c.property(InterfaceProperty.EXCHANGE_CURRENT_DENSITY).isPresent()
                        || c.property(InterfaceProperty.CHARGE_TRANSFER_RESISTANCE).isPresent())
                .map(c -> ElectrodeInterface.between(a + "|" + b,
                        exchangeCurrentDensity(c, a + "|" + b, temperature, used)));
    }

    /**
     * The cathode of a full cell as the impedance model sees it: an intercalating electrode named after its active
     * material (so that the stack finds the active material's interface with the first layer), whose solid
     * diffusion is a finite-length Warburg of τ = L²/D(T) and R_d = τ/C_int, with the differential capacitance
     * C_int = Q/|dU/dx| of its capacity Q at half lithiation (the state an impedance is usually taken at). A
     * composite's particles offer the electrolyte more surface than the electrode's area: {@link
     * StackBinding.Cathode#surfaceRatio()} scales its contact. Diffusion in a particle is taken as in a film of the
     * particle's radius.
     *
     * @param stack       the stack's name, for messages
     * @param cathode     the cathode layer's material
     * @param active      the material that stores Li (the cathode itself or a composite's constituent)
     * @param thickness   the cathode layer's thickness, m, if written (a thin film needs it)
     * @param area        electrode area, m²
     * @param temperature K
     * @throws SimulationException if a value the model needs is missing
     */
    public StackBinding.Cathode cathode(String stack, String cathode, String active, OptionalDouble thickness,
            double area, double temperature) {
        List<SourcedQuantity> used = new ArrayList<>();
        Insertion insertion = insertion(stack, cathode, active, thickness, area, temperature, used);
        double capacitance = insertion.capacity() / Math.abs(insertion.ocv().slope(HALF_LITHIATION));
        double tau = insertion.length() * insertion.length() / insertion.diffusivity();
        return new StackBinding.Cathode(Electrode.intercalating(active, new FiniteDiffusion(insertion.diffusivity(),
                insertion.length(), tau / capacitance * area)), insertion.reactionArea() / area, used);
    }

    /** What the cathode stores and how Li reaches it. */
    private record Insertion(Material active, OpenCircuitCurve ocv, ParticleShape shape, double length,
            double diffusivity, double capacity, double mass, double reactionArea) {
    }

    private Insertion insertion(String stack, String cathode, String activeId, OptionalDouble thickness, double area,
            double temperature, List<SourcedQuantity> used) {
        Material electrode = material(cathode);
        Material active = material(activeId);
        MaterialCurve curve = curve(active);
        OpenCircuitCurve ocv = new OpenCircuitCurve(curve.id(), curve.xs(), curve.values());
        double specificCapacity = value(active, MaterialProperty.SPECIFIC_CAPACITY, used);
        double density = value(active, MaterialProperty.DENSITY, used);
        double diffusivity = diffusivity(active, temperature, used);
        double utilization = electrode.property(MaterialProperty.UTILIZATION).map(u -> keep(electrode, u, used))
                .orElse(1.0);
        if (electrode.property(MaterialProperty.PARTICLE_RADIUS).isEmpty()) {
            double length = thickness.orElseThrow(() -> new SimulationException("the thin-film cathode " + cathode
                    + " of stack " + stack + " needs its thickness (write it on the cathode line, e.g. 'cathode "
                    + cathode + " 1 µm'), or, for a composite electrode, a particleRadius and loading of its"
                    + " material"));
            double mass = density * area * length;
            return new Insertion(active, ocv, ParticleShape.PLANE, length, diffusivity,
                    mass * specificCapacity * utilization, mass, area);
        }
        double mass = value(electrode, MaterialProperty.LOADING, used) * area;
        double radius = value(electrode, MaterialProperty.PARTICLE_RADIUS, used);
        // The electrolyte wets the contacted particles: their surface, 3V/R, carries the reaction.
        return new Insertion(active, ocv, ParticleShape.SPHERE, radius, diffusivity,
                mass * specificCapacity * utilization, mass, 3 * mass * utilization / density / radius);
    }

    /** t/(σA) of the bulk plus, for a polycrystalline ceramic with known boundaries, t/(σ_gb A). */
    private static double layerResistance(LayerMaterial material, double thickness, double area, double temperature) {
        double bulk = thickness / (material.conductivity().at(temperature) * area);
        return bulk + material.grainBoundary()
                .map(gb -> thickness / (gb.conductivity().at(temperature) * area)).orElse(0.0);
    }

    /**
     * The contact loss per strain of the cathode: that of its contact with the first layer if that contact states one;
     * otherwise, if the first layers are buffers in front of an electrolyte whose contact with the cathode states one,
     * that contact's loss moderated by the buffers' compliance ({@link StrainBuffer}); 0 if no contact states one.
     */
    private double cathodeContactLoss(String cathode, List<CellLayout.Layer> layers, List<SourcedQuantity> used) {
        for (int behind = 0; behind < layers.size(); behind++) {
            String layer = layers.get(behind).material();
            Optional<MaterialInterface> contact = library.interfaceBetween(cathode, layer)
                    .filter(c -> c.property(InterfaceProperty.CONTACT_LOSS_PER_STRAIN).isPresent());
            if (contact.isEmpty()) {
                continue;
            }
            double bare = keep(contact.get(), contact.get().require(InterfaceProperty.CONTACT_LOSS_PER_STRAIN), used);
            if (behind == 0) {
                return bare;
            }
            double length = keep(contact.get(), contact.get().require(InterfaceProperty.STRAIN_ACCOMMODATION_LENGTH),
                    used);
            double compliance = 0;
            for (CellLayout.Layer buffer : layers.subList(0, behind)) {
                compliance += buffer.thickness()
                        / required(buffer.material(), MaterialProperty.SHEAR_MODULUS, "GPa", contact.get(), used);
            }
            return StrainBuffer.contactLossPerStrain(bare, length,
                    required(layer, MaterialProperty.SHEAR_MODULUS, "GPa", contact.get(), used), compliance);
        }
        return 0;
    }

    /**
     * A property of a layer that a mechanism at {@code contact} needs, with its example unit for the message; its
     * absence is a {@link MissingProperty}, which validation reports with a quick fix.
     */
    private double required(String layer, MaterialProperty property, String unit, MaterialInterface contact,
            List<SourcedQuantity> used) {
        Material material = material(layer);
        SourcedQuantity value = material.property(property).orElseThrow(() -> new MissingProperty(material.origin(),
                layer, property.key(), "material " + layer + " has no " + property.key() + ", which the cycling model"
                        + " needs for the cathode's degradation at " + contact.id() + "; state it in your file:"
                        + " material " + layer + " { " + property.key() + " = <value> " + unit + " source <Source>"
                        + " \"where\" } (" + layer + " is defined at " + material.origin() + ")"));
        return keep(material, value, used);
    }

    /** The contact loss per strain a contact states for itself, 0 if none. */
    private double ownContactLoss(String electrode, String layer, List<SourcedQuantity> used) {
        return library.interfaceBetween(electrode, layer)
                .flatMap(contact -> contact.property(InterfaceProperty.CONTACT_LOSS_PER_STRAIN)
                        .map(loss -> keep(contact, loss, used)))
                .orElse(0.0);
    }

    /**
     * The interphase at the cathode: that of its contact with the first layer, or of its contact with the electrolyte
     * behind buffers. A parabolic (reaction-diffusion) film is driven by the stability window: the first layer from
     * the cathode whose oxidation limit lies below the cathode's highest potential reacts, reached by the electrons
     * that tunnel through the stable buffers in front of it (exp(−t/λ) each); a stack in which no layer can be
     * oxidised grows none.
     */
    private Optional<Interphase> cathodeInterphase(String cathode, List<CellLayout.Layer> layers, double maxPotential,
            double temperature, List<SourcedQuantity> used) {
        for (int electrolyte = 0; electrolyte < layers.size(); electrolyte++) {
            Optional<MaterialInterface> contact = library.interfaceBetween(cathode, layers.get(electrolyte).material());
            Optional<Interphase> film = contact.flatMap(c -> interphase(c, temperature, used));
            if (film.isEmpty()) {
                continue;
            }
            if (!(film.get().law() instanceof ParabolicGrowth)) {
                return electrolyte == 0 ? film : Optional.empty();
            }
            double exposure = 1;
            for (int layer = 0; layer <= electrolyte; layer++) {
                String id = layers.get(layer).material();
                double limit = required(id, MaterialProperty.OXIDATION_LIMIT, "V", contact.get(), used);
                if (limit < maxPotential) {
                    return Optional.of(film.get().drivenAbove(limit, exposure));
                }
                if (layer < electrolyte) {
                    exposure *= Math.exp(-layers.get(layer).thickness()
                            / required(id, MaterialProperty.TUNNELLING_LENGTH, "nm", contact.get(), used));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private Optional<Interphase> interphase(MaterialInterface contact, double temperature, List<SourcedQuantity> used) {
        return growthLaw(contact, used).map(law -> {
            String id = contact.interphase().orElseThrow(() -> new SimulationException("interface " + contact.id()
                    + " gives interphase growth but no interphase=<material> in its header"));
            double conductivity = StackBinding.material(material(id)).conductivity().at(temperature);
            double thickness = keep(contact, contact.require(InterfaceProperty.INTERPHASE_THICKNESS), used);
            double charge = contact.property(InterfaceProperty.INTERPHASE_CHARGE_DENSITY)
                    .map(q -> keep(contact, q, used)).orElse(0.0);
            return new Interphase(id, law, thickness, conductivity, charge);
        });
    }

    private ElectrodeInterface contact(String electrode, String layer, double temperature,
            Optional<Interphase> interphase, double contactLoss, List<SourcedQuantity> used) {
        MaterialInterface contact = library.interfaceBetween(electrode, layer).orElseThrow(
                () -> new SimulationException("no interface between " + electrode + " and " + layer + " is known,"
                        + " whose exchange current density the cycling model needs; declare that interface with its"
                        + " kinetics"));
        String label = electrode + "|" + layer;
        double exchange = exchangeCurrentDensity(contact, label, temperature, used);
        return new ElectrodeInterface(label, exchange, interphase, contactLoss);
    }

    /**
     * i₀ at the cell temperature: the interface's own, or, where a paper reports a charge-transfer resistance
     * instead, the i₀ of the same linear resistance, R_ct·A = RT/(F·i₀), taken at the temperature it was measured
     * at.
     */
    private static double exchangeCurrentDensity(MaterialInterface contact, String label, double temperature,
            List<SourcedQuantity> used) {
        OptionalDouble energy = contact.property(InterfaceProperty.ACTIVATION_ENERGY)
                .map(e -> OptionalDouble.of(keep(contact, e, used))).orElse(OptionalDouble.empty());
        boolean fromResistance = contact.property(InterfaceProperty.EXCHANGE_CURRENT_DENSITY).isEmpty()
                && contact.property(InterfaceProperty.CHARGE_TRANSFER_RESISTANCE).isPresent();
        InterfaceProperty given = fromResistance ? InterfaceProperty.CHARGE_TRANSFER_RESISTANCE
                : InterfaceProperty.EXCHANGE_CURRENT_DENSITY;
        SourcedQuantity value = contact.require(given);
        double measured = keep(contact, value, used);
        double reference = contact.measuringTemperature(given).orElseThrow(() -> new SimulationException("interface "
                + contact.id() + " gives " + given.key() + " without its temperature; add 'at 25 °C' (or the right"
                + " one) to that value")).si();
        double i0 = fromResistance ? ElectrochemConstants.thermalVoltage(reference) / measured : measured;
        return new Arrhenius("exchange current density of " + label, i0, reference, energy).at(temperature);
    }

    /**
     * Parabolic growth if the interface gives a growth constant, tunnelling-limited if a velocity and a length, linear
     * (reaction-limited, the MCI on LATP) if a velocity alone.
     */
    private static Optional<InterphaseGrowthLaw> growthLaw(MaterialInterface contact, List<SourcedQuantity> used) {
        Optional<SourcedQuantity> parabolic = contact.property(InterfaceProperty.INTERPHASE_GROWTH_CONSTANT);
        Optional<SourcedQuantity> velocity = contact.property(InterfaceProperty.INTERPHASE_GROWTH_VELOCITY);
        Optional<SourcedQuantity> length = contact.property(InterfaceProperty.TUNNELLING_LENGTH);
        if (parabolic.isPresent() && velocity.isPresent()) {
            throw new SimulationException("interface " + contact.id() + " gives both a parabolic growth constant and a "
                    + "tunnelling growth velocity; keep the one that describes its interphase");
        }
        if (length.isPresent() && velocity.isEmpty()) {
            throw new SimulationException("interface " + contact.id() + ": tunnellingLength needs the"
                    + " interphaseGrowthVelocity it slows (dL/dt = k exp(-L/lambda))");
        }
        if (parabolic.isPresent()) {
            return Optional.of(new ParabolicGrowth(keep(contact, parabolic.get(), used)));
        }
        return velocity.map(v -> length.<InterphaseGrowthLaw>map(lambda -> new LogarithmicGrowth(keep(contact, v, used),
                keep(contact, lambda, used))).orElseGet(() -> new LinearGrowth(keep(contact, v, used))));
    }

    private Material material(String id) {
        return library.material(id).orElseThrow(() -> new SimulationException("unknown material '" + id + "': no"
                + " file and not the library defines it"));
    }

    private MaterialCurve curve(Material cathode) {
        List<MaterialCurve> curves = library.curvesOf(cathode.id(), MaterialCurve.OPEN_CIRCUIT_POTENTIAL);
        if (curves.isEmpty()) {
            throw new SimulationException("no open-circuit curve of " + cathode.id() + " is known, which the cycling"
                    + " model needs for the cathode; give the cathode's active material one");
        }
        return curves.get(0);
    }

    /** D(T): the lithiumDiffusivity moved from its measuring temperature by its lithiumDiffusivityActivationEnergy. */
    private static double diffusivity(Material material, double temperature, List<SourcedQuantity> used) {
        keep(material, material.require(MaterialProperty.LITHIUM_DIFFUSIVITY), used);
        material.property(MaterialProperty.LITHIUM_DIFFUSIVITY_ACTIVATION_ENERGY).ifPresent(e -> keep(material, e,
                used));
        Arrhenius diffusivity = StackBinding.arrhenius(material, MaterialProperty.LITHIUM_DIFFUSIVITY,
                MaterialProperty.LITHIUM_DIFFUSIVITY_ACTIVATION_ENERGY);
        if (diffusivity.activationEnergy().isEmpty()
                && Math.abs(temperature - diffusivity.referenceTemperature()) > 1e-6) {
            throw new SimulationException("material " + material.id() + " gives lithiumDiffusivity only at "
                    + Math.round((diffusivity.referenceTemperature() - 273.15) * 100) / 100.0 + " °C and the cell is at "
                    + Math.round((temperature - 273.15) * 100) / 100.0 + " °C; add 'lithiumDiffusivityActivationEnergy"
                    + " = <value> eV source <Source> \"where\"' to material " + material.id() + " ("
                    + material.origin() + ")");
        }
        return diffusivity.at(temperature);
    }

    private static double value(Material material, MaterialProperty property, List<SourcedQuantity> used) {
        return keep(material, material.require(property), used);
    }

    private static double keep(Material owner, SourcedQuantity value, List<SourcedQuantity> used) {
        return keep(owner.id(), value, used);
    }

    private static double keep(MaterialInterface owner, SourcedQuantity value, List<SourcedQuantity> used) {
        return keep(owner.id(), value, used);
    }

    /** Records the value, named after its owner so that the report says whose it is, and returns it in SI. */
    private static double keep(String owner, SourcedQuantity value, List<SourcedQuantity> used) {
        used.add(new SourcedQuantity(value.name() + " of " + owner, value.value(), value.source(), value.note()));
        return value.value().si();
    }
}
