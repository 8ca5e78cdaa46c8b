package org.interphase.sim.stack;

import java.util.Objects;

import org.interphase.sim.InputChecks;

/**
 * The grain boundaries of a polycrystalline ceramic in the brick-layer model: grains of size d separated by
 * boundaries of electrical thickness δ. For a layer of thickness t and area A the boundaries add
 * R_gb = t/(σ_gb·A) in parallel with C_gb = ε₀ε_r·A/t · d/δ (the boundaries are thin, so their capacitance is
 * d/δ times the bulk one; the same ε_r is assumed).
 *
 * @param conductivity specific grain-boundary conductivity σ_gb(T), S/m, as papers report it (pellet thickness
 *                     over R_gb·A)
 * @param grainSize    d, m
 * @param width        δ, m
 */
public record GrainBoundary(Arrhenius conductivity, double grainSize, double width) {

    /** @throws org.interphase.sim.SimulationException for a non-positive size or width */
    public GrainBoundary {
        Objects.requireNonNull(conductivity, "grain-boundary conductivity");
        InputChecks.positive(grainSize, "grain size", "metres");
        InputChecks.positive(width, "grain-boundary width", "metres");
    }

    /** d/δ: how much larger the grain-boundary capacitance is than the bulk capacitance of the same layer. */
    public double capacitanceRatio() {
        return InputChecks.finitePositive(grainSize / width, "grain size / grain-boundary width");
    }
}
