package org.interphase.sim.cycling;

import java.util.Objects;

import org.interphase.sim.InputChecks;
import org.interphase.sim.electrochem.InterphaseGrowthLaw;

/**
 * A film that grows at an interface while the cell works: it adds its resistance L/(σA) and binds
 * charge in a side reaction, q·A·ΔL for a thickness gain ΔL.
 *
 * @param material         name of the interphase material, for reports
 * @param law              how it thickens (parabolic, linear, tunnelling-limited)
 * @param initialThickness L₀, m (positive)
 * @param conductivity     ionic conductivity σ at the cell temperature, S/m
 * @param chargeDensity    q, charge bound per volume grown, C/m³ (Li at the anode, electrons of the
 *                         oxidation at the cathode)
 */
public record Interphase(String material, InterphaseGrowthLaw law, double initialThickness, double conductivity,
        double chargeDensity) {

    public Interphase {
        Objects.requireNonNull(material, "interphase material");
        Objects.requireNonNull(law, () -> "growth law of " + material);
        InputChecks.positive(initialThickness, "initial thickness of interphase " + material, "m");
        InputChecks.positive(conductivity, "ionic conductivity of interphase " + material, "S/m");
        InputChecks.nonNegative(chargeDensity, "charge density of interphase " + material, "C/m3");
    }

    /** Resistance of a layer of thickness {@code thickness} over {@code area}, Ω. */
    double resistance(double thickness, double area) {
        return thickness / (conductivity * area);
    }

}
