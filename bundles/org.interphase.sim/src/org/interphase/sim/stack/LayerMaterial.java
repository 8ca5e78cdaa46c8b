package org.interphase.sim.stack;

import java.util.Objects;
import java.util.Optional;

import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;

/**
 * What the impedance model needs to know about the material of a layer: its ionic conductivity σ(T), its
 * relative permittivity, and its grain boundaries if it is a polycrystalline ceramic and they are known.
 * The binding layer builds one from the layer's material.
 *
 * @param id                   material id, for messages
 * @param conductivity         ionic conductivity σ(T), S/m; for a polycrystalline ceramic without grain-boundary
 *                             data, the conductivity of the whole (grains and boundaries)
 * @param relativePermittivity ε_r (≥ 1)
 * @param grainBoundary        grain boundaries, if known
 */
public record LayerMaterial(String id, Arrhenius conductivity, double relativePermittivity,
        Optional<GrainBoundary> grainBoundary) {

    /** @throws SimulationException for a permittivity below that of vacuum */
    public LayerMaterial {
        InputChecks.named(id, "layer material id");
        Objects.requireNonNull(conductivity, () -> "conductivity of " + id);
        Objects.requireNonNull(grainBoundary, () -> "grain boundary of " + id + " (use Optional.empty())");
        if (!Double.isFinite(relativePermittivity) || relativePermittivity < 1) {
            throw new SimulationException("relative permittivity of " + id + " must be a finite number ≥ 1 (vacuum),"
                    + " got " + relativePermittivity);
        }
    }

    /** A material without grain-boundary data. */
    public LayerMaterial(String id, Arrhenius conductivity, double relativePermittivity) {
        this(id, conductivity, relativePermittivity, Optional.empty());
    }
}
