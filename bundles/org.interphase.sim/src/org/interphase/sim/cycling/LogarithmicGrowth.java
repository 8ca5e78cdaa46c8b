package org.interphase.sim.cycling;

import org.interphase.sim.InputChecks;
import org.interphase.sim.electrochem.InterphaseGrowthLaw;

/**
 * Electron-tunnelling-limited interphase growth, dL/dt = k·exp(−L/λ), integrated exactly:
 * L(t + Δt) = λ·ln(exp(L/λ) + kΔt/λ). A passivating film grows fast while it is thin and almost
 * stops once electrons can no longer tunnel through it, which is why the first charge of a cell
 * loses much more charge than later ones (a first-cycle efficiency well below the later ones).
 * [external] Tang, Lu, Newman, J. Electrochem. Soc. 159 (2012) A1775; PyBaMM's
 * "tunnelling limited" SEI option (anchors.md §1.1).
 *
 * @param velocity         k, the growth velocity of a bare surface, m/s (positive)
 * @param tunnellingLength λ, m (positive)
 */
public record LogarithmicGrowth(double velocity, double tunnellingLength) implements InterphaseGrowthLaw {

    public LogarithmicGrowth {
        InputChecks.positive(velocity, "tunnelling-limited growth velocity", "m/s");
        InputChecks.positive(tunnellingLength, "tunnelling length", "m");
    }

    @Override
    public double advance(double thickness, double duration, double rateFactor) {
        // exp(L/λ) + kΔt/λ, written so that thick films do not overflow: L + λ·log1p(kΔt/λ·exp(−L/λ)).
        double growth = rateFactor * velocity * duration / tunnellingLength * Math.exp(-thickness / tunnellingLength);
        return thickness + tunnellingLength * Math.log1p(growth);
    }

    @Override
    public String describe() {
        return "tunnelling-limited, dL/dt = k exp(-L/lambda) with k = " + velocity + " m/s, lambda = "
                + tunnellingLength + " m";
    }
}
