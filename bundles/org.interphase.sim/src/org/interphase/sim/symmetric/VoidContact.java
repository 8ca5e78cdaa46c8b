package org.interphase.sim.symmetric;

/**
 * Contact loss at a Li electrode by void formation on stripping.
 * <p>
 * Model (facts.md §d3, §d4): on stripping, Li leaves the interface at the rate set by the current;
 * Li creep under the stack pressure (and vacancy diffusion in the Li) refills the interface at most
 * at a critical stripping current density i_c(p). Above it, voids open ([004] via facts §d4,
 * Kasemchainan et al., Li|Li6PS5Cl|Li X-ray tomography); below it, and during plating, they close
 * again. The void depth h (m of Li) therefore obeys, with v the Li volume per charge,
 * <pre>
 *   dh/dt = v (s·i − i_c(p)),  h ≥ 0,   s = +1 stripping, −1 plating,
 * </pre>
 * which is exact over a step of constant current. The contact area fraction is f = h_r / (h_r + h)
 * for an interface roughness h_r: voids shallower than the asperities barely detach the Li, deeper
 * ones detach it almost entirely. The interfacial resistance scales as 1/f ([external] interfacial
 * resistance ∝ (recoverable contact area)⁻¹, measured on Li6PS5Cl: "Constriction and contact impedance of
 * ceramic solid electrolytes", arXiv:2501.00600) and the
 * charge-transfer overpotential is evaluated at the local current density i/f (current focusing,
 * Chiang et al. via facts §d4).
 *
 * @param liVolumePerCharge            v = 1/(Q_sp ρ) of Li, m³/C (4.89 µm per mAh/cm², facts §d16 item 8)
 * @param criticalStrippingCurrentDensity i_c at the stack pressure of the run, A/m²
 * @param roughness                    h_r, m
 */
record VoidContact(double liVolumePerCharge, double criticalStrippingCurrentDensity, double roughness) {

    /**
     * @param voidDepth      h now, m
     * @param currentDensity i, A/m²: positive while this electrode is stripped, negative while plated
     * @param duration       s
     * @return h after {@code duration} at constant current
     */
    double advance(double voidDepth, double currentDensity, double duration) {
        double rate = liVolumePerCharge * (currentDensity - criticalStrippingCurrentDensity);
        return Math.max(0, voidDepth + rate * duration);
    }

    /** @return the contact area fraction f = h_r / (h_r + h), in (0, 1] */
    double contactFraction(double voidDepth) {
        return roughness / (roughness + voidDepth);
    }
}
