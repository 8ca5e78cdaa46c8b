package org.interphase.sim.symmetric;

import org.interphase.sim.InputChecks;

/**
 * How much of the interphase growth rate an electronically insulating layer between Li and a reducible
 * electrolyte lets through.
 * <p>
 * The MCI forms where Li⁺ and electrons from the Li meet a reducible cation (Ti⁴⁺, Ge⁴⁺; facts.md
 * §d1); an effective protective layer must be electronically insulating ([001] via §d1). An insulating
 * layer passes electrons only by tunnelling and multiplies the rate by exp(−t/λ) for its thickness t,
 * with the tunnelling length λ of its material (rectangular-barrier tunnelling, transmission ∝ exp(−2κt),
 * λ = 1/(2κ) ≈ 0.1 nm for a 1 eV barrier; the same electron-tunnelling limit that stops SEI growth, Peled
 * 1979). Any other layer (a metal, a mixed conductor) lets electrons through: the binding applies no shield.
 * <p>
 * Consistent with the sources: 15 nm of ALD Al2O3 (insulating) on LATP stops the reduction
 * ([001] R-015, factor ≈ e⁻¹⁵⁰); even 5–20 ALD cycles (0.5–2 nm) showed no Ti reduction ([002] R-050,
 * factor ≤ e⁻⁵); a 15 nm Li3PO4 layer, not flagged insulating, let LATP degrade like
 * bare LATP ([001] R-012).
 *
 * @param tunnellingLength λ of the layer's material, m
 */
public record CoatingShield(double tunnellingLength) {

    /** @throws org.interphase.sim.SimulationException for a non-positive length */
    public CoatingShield {
        InputChecks.positive(tunnellingLength, "tunnelling length", "m");
    }

    /**
     * @param thickness the layer's thickness, m
     * @return exp(−t/λ), the factor, 0 to 1, by which the layer scales the growth rate behind it
     */
    public double transmission(double thickness) {
        return Math.exp(-thickness / tunnellingLength);
    }
}
