package org.interphase.sim.electrochem;

import org.interphase.sim.InputChecks;

/**
 * Diffusion-limited growth, L² = L₀² + 2kt: the default for a mixed-conducting interphase (MCI).
 * <p>
 * Why parabolic: the MCI conducts electrons well but Li slowly ([001] via facts.md §a1, §d1), so
 * its growth is limited by Li transport through the layer already formed, whose flux falls as
 * 1/L. [external] The same √t law describes the interphase resistance of Li|Li10GeP2S12 measured
 * over time (Wenzel et al., Chem. Mater. 2016, 28, 2400), a type-B interface like Li|LATP.
 * A rate factor f (coating) scales the flux, hence k → f·k.
 *
 * @param rateConstant k, m²/s (positive)
 */
public record ParabolicGrowth(double rateConstant) implements InterphaseGrowthLaw {

    public ParabolicGrowth {
        InputChecks.positive(rateConstant, "parabolic rate constant k", "m2/s");
    }

    @Override
    public double advance(double thickness, double duration, double rateFactor) {
        return Math.sqrt(thickness * thickness + 2 * rateFactor * rateConstant * duration);
    }

    @Override
    public String describe() {
        return "parabolic, L^2 = L0^2 + 2kt with k = " + rateConstant + " m2/s";
    }
}
