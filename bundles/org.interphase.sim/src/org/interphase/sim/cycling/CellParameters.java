package org.interphase.sim.cycling;

import java.util.List;
import java.util.Objects;

import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.sim.InputChecks;
import org.interphase.sim.protocol.CellBasis;

/**
 * The parameter values of a full cell (PyBaMM's "parameter values", anchors.md §1), in SI units at
 * the cell temperature: cathode open-circuit curve, solid diffusion, capacity, kinetics, the ohmic
 * layers between the electrodes and the degradation parameters of both electrode contacts. Build
 * them from the compiled stack, or directly for studies.
 *
 * @param name                 the cell, for reports: the name of its stack, e.g. "PaaPeoLfpCell"
 * @param area                 electrode area A, m²
 * @param temperature          T, K
 * @param openCircuit          cathode open-circuit potential vs Li/Li⁺ over its practical window
 * @param shape                sphere (composite) or plane (thin film)
 * @param diffusionLength      particle radius or film thickness, m
 * @param diffusivity          Li diffusivity in the cathode, m²/s
 * @param capacity             charge of the cathode's practical window that takes part in cycling, C
 * @param cathodeMass          mass of cathode active material (for mAh/g), kg
 * @param reactionArea         cathode|electrolyte reaction area, m² (A for a film, 3V/R for particles)
 * @param volumeChange         volumetric strain of the cathode over its window, fraction
 * @param separatorResistance  ohmic resistance of the layers between the electrodes, Σ tᵢ/(σᵢ(T)·A), Ω
 * @param innerContacts        the contacts between neighbouring layers that Li⁺ crosses by Butler–Volmer kinetics
 *                             (e.g. a buffer | electrolyte contact), i₀ per electrode area; none for layers in
 *                             ideal contact
 * @param cathodeInterface     cathode contact
 * @param anodeInterface       Li anode contact
 * @param lithiumInventory     charge of the Li metal anode, C
 * @param provenance           the values these numbers come from, with their sources
 */
public record CellParameters(String name, double area, double temperature, OpenCircuitCurve openCircuit,
        ParticleShape shape, double diffusionLength, double diffusivity, double capacity, double cathodeMass,
        double reactionArea, double volumeChange, double separatorResistance, List<ElectrodeInterface> innerContacts,
        ElectrodeInterface cathodeInterface, ElectrodeInterface anodeInterface, double lithiumInventory,
        List<SourcedQuantity> provenance) {

    private static final double SECONDS_PER_HOUR = 3600;

    /** @throws org.interphase.sim.SimulationException for any non-physical value, before anything is computed */
    public CellParameters {
        Objects.requireNonNull(name, "cell name");
        Objects.requireNonNull(openCircuit, () -> "open-circuit curve of " + name);
        Objects.requireNonNull(shape, () -> "particle shape of " + name);
        Objects.requireNonNull(cathodeInterface, () -> "cathode interface of " + name);
        Objects.requireNonNull(anodeInterface, () -> "anode interface of " + name);
        InputChecks.positive(area, "electrode area of " + name, "m2");
        InputChecks.temperature(temperature, "temperature of " + name);
        InputChecks.positive(diffusionLength, "particle radius or film thickness of " + name, "m");
        InputChecks.positive(diffusivity, "Li diffusivity in the cathode of " + name, "m2/s");
        InputChecks.positive(capacity, "capacity of " + name + " (cathode mass x specific capacity x utilization)", "C");
        InputChecks.positive(cathodeMass, "cathode active mass of " + name, "kg");
        InputChecks.positive(reactionArea, "cathode reaction area of " + name, "m2");
        InputChecks.nonNegative(volumeChange, "cathode volume change of " + name, "");
        InputChecks.nonNegative(separatorResistance, "separator resistance of " + name, "ohm");
        InputChecks.positive(lithiumInventory, "Li inventory of the anode of " + name, "C");
        innerContacts = List.copyOf(innerContacts);
        provenance = List.copyOf(provenance);
    }

    /** A cell whose layers touch each other ideally: kinetics only at the two electrodes. */
    public CellParameters(String name, double area, double temperature, OpenCircuitCurve openCircuit,
            ParticleShape shape, double diffusionLength, double diffusivity, double capacity, double cathodeMass,
            double reactionArea, double volumeChange, double separatorResistance, ElectrodeInterface cathodeInterface,
            ElectrodeInterface anodeInterface, double lithiumInventory, List<SourcedQuantity> provenance) {
        this(name, area, temperature, openCircuit, shape, diffusionLength, diffusivity, capacity, cathodeMass,
                reactionArea, volumeChange, separatorResistance, List.of(), cathodeInterface, anodeInterface,
                lithiumInventory, provenance);
    }

    /** The capacity C-rates refer to, A h: the fresh cell's (C-rates do not follow fade, facts.md §d15). */
    public double nominalCapacityAh() {
        return capacity / SECONDS_PER_HOUR;
    }

    /** What the protocol's relative currents (C-rates, current densities) refer to. */
    public CellBasis basis() {
        return new CellBasis(nominalCapacityAh(), area);
    }

    /** The same cell with every degradation switched off: no interphase growth, no side reactions, no contact loss. */
    public CellParameters withoutDegradation() {
        return new CellParameters(name, area, temperature, openCircuit, shape, diffusionLength, diffusivity, capacity,
                cathodeMass, reactionArea, volumeChange, separatorResistance, innerContacts,
                cathodeInterface.withoutDegradation(),
                anodeInterface.withoutDegradation(), lithiumInventory, provenance);
    }
}
