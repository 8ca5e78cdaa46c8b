package org.interphase.sim.symmetric;

/**
 * How much of the interphase growth rate a layer between Li and a reducible electrolyte lets through.
 * <p>
 * The MCI forms where Li⁺ and electrons from the Li meet a reducible cation (Ti⁴⁺, Ge⁴⁺; facts.md
 * §d1); an effective protective layer must be electronically insulating ([001] via §d1). So:
 * <ul>
 * <li>a layer flagged {@code electronicallyInsulating} passes electrons only by tunnelling, and
 * multiplies the rate by exp(−t/λ) for its thickness t ([external] rectangular-barrier tunnelling,
 * transmission ∝ exp(−2κt), λ = 1/(2κ) ≈ 0.1 nm for a 1 eV barrier; the same electron-tunnelling
 * limit that stops SEI growth, Peled 1979 — see {@link SymmetricCellModel#tunnellingLength()});</li>
 * <li>any other layer (not flagged, e.g. a metal or a mixed conductor) lets electrons through: factor 1.
 * This is deliberately conservative: a coating protects only if its material is said to insulate.</li>
 * </ul>
 * Consistent with the sources: 15 nm of ALD Al2O3 (insulating) on LATP stops the reduction
 * ([001] R-015, factor ≈ e⁻¹⁵⁰); even 5–20 ALD cycles (0.5–2 nm) showed no Ti reduction ([002] R-050,
 * factor ≤ e⁻⁵); a 15 nm Li3PO4 layer, not flagged insulating, let LATP degrade like
 * bare LATP ([001] R-012).
 *
 * @param tunnellingLength λ, m
 */
public record CoatingShield(double tunnellingLength) {

    /**
     * @param insulating whether the layer's material is electronically insulating
     * @param thickness  its thickness, m
     * @return the factor, 0 to 1, by which the layer scales the growth rate behind it
     */
    public double factor(boolean insulating, double thickness) {
        return insulating ? Math.exp(-thickness / tunnellingLength) : 1.0;
    }
}
