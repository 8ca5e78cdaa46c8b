package org.interphase.sim.stack;

import org.interphase.sim.InputChecks;

/**
 * Solid-state diffusion of Li into an intercalating electrode of finite size: a finite-length Warburg with a
 * reflective far boundary (Li cannot leave the back of the particle or film), Z0 = (R_d·A)/A, τ = L²/D. It tends
 * to a capacitor at low frequency, which is the steep tail of an intercalation electrode.
 *
 * @param diffusionCoefficient   D of Li in the electrode, m²/s
 * @param length                 L, the diffusion length (particle radius or film thickness), m
 * @param areaSpecificResistance R_d·A, the diffusion resistance times the electrode area, Ω·m²
 */
public record FiniteDiffusion(double diffusionCoefficient, double length, double areaSpecificResistance) {

    /** @throws org.interphase.sim.SimulationException for non-positive values */
    public FiniteDiffusion {
        InputChecks.positive(diffusionCoefficient, "diffusion coefficient", "m²/s");
        InputChecks.positive(length, "diffusion length", "metres");
        InputChecks.positive(areaSpecificResistance, "area-specific diffusion resistance", "Ω·m²");
    }

    /** τ = L²/D, s. */
    public double diffusionTime() {
        return InputChecks.finitePositive(length * length / diffusionCoefficient, "diffusion time L²/D");
    }
}
