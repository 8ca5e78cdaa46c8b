package org.interphase.sim.cycling;

import java.util.Objects;

import org.interphase.sim.InputChecks;
import org.interphase.sim.electrochem.InterphaseGrowthLaw;

/**
 * A film that grows at an interface while the cell works: it adds its resistance L/(σA) and binds
 * charge in a side reaction, q·A·ΔL for a thickness gain ΔL.
 * <p>
 * A cathode interphase may be driven by a stability-window mismatch: it then grows only while the
 * cathode's potential U lies above the oxidation limit of the layer that reacts, with its law's rate
 * scaled by the mismatch per volt (a Wagner-type layer, whose growth constant is proportional to the
 * driving force of the reaction), and by the share of electrons that reach that layer through the
 * stable buffers in front of it.
 *
 * @param material         name of the interphase material, for reports
 * @param law              how it thickens (parabolic, linear, tunnelling-limited); for a
 *                         window-driven film, its rate at 1 V above the oxidation limit
 * @param initialThickness L₀, m (positive)
 * @param conductivity     ionic conductivity σ at the cell temperature, S/m
 * @param chargeDensity    q, charge bound per volume grown, C/m³ (Li at the anode, electrons of the
 *                         oxidation at the cathode)
 * @param oxidationLimit   the oxidation limit of the layer that reacts, V vs Li/Li⁺; NaN for a film
 *                         that grows whatever the potential
 * @param exposure         share (0..1) of the reaction that reaches the reacting layer: 1 in direct
 *                         contact, exp(−Σ t/λ) behind electronically insulating buffers
 */
public record Interphase(String material, InterphaseGrowthLaw law, double initialThickness, double conductivity,
        double chargeDensity, double oxidationLimit, double exposure) {

    /** A volt: the mismatch at which a window-driven film grows at its law's rate. */
    private static final double REFERENCE_MISMATCH = 1;

    public Interphase {
        Objects.requireNonNull(material, "interphase material");
        Objects.requireNonNull(law, () -> "growth law of " + material);
        InputChecks.positive(initialThickness, "initial thickness of interphase " + material, "m");
        InputChecks.positive(conductivity, "ionic conductivity of interphase " + material, "S/m");
        InputChecks.nonNegative(chargeDensity, "charge density of interphase " + material, "C/m3");
        if (!Double.isNaN(oxidationLimit)) {
            InputChecks.finite(oxidationLimit, "oxidation limit of the layer that forms interphase " + material);
        }
        InputChecks.nonNegative(exposure, "exposure of interphase " + material, "");
    }

    /** A film that grows whatever the potential. */
    public Interphase(String material, InterphaseGrowthLaw law, double initialThickness, double conductivity,
            double chargeDensity) {
        this(material, law, initialThickness, conductivity, chargeDensity, Double.NaN, 1);
    }

    /** The same film, grown by oxidising a layer of oxidation limit {@code limit} that {@code share} of it reaches. */
    public Interphase drivenAbove(double limit, double share) {
        return new Interphase(material, law, initialThickness, conductivity, chargeDensity, limit, share);
    }

    /** Resistance of a layer of thickness {@code thickness} over {@code area}, Ω. */
    double resistance(double thickness, double area) {
        return thickness / (conductivity * area);
    }

    /** The factor on the law's rate with the cathode at {@code potential} (V vs Li/Li⁺). */
    double rateFactor(double potential) {
        if (Double.isNaN(oxidationLimit)) {
            return exposure;
        }
        return exposure * Math.max(0, potential - oxidationLimit) / REFERENCE_MISMATCH;
    }
}
