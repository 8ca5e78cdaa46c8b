package org.interphase.sim.electrochem;

import java.util.Map;

import org.interphase.core.extensions.Contribution;

/**
 * An interphase growth law offered by id, with the constants it needs: the simulation-model extension point. The
 * built-in {@link ParabolicGrowth} ({@code parabolic}) and {@link LinearGrowth} ({@code linear}) are contributed the
 * same way as a plug-in's laws, through the extension point {@value #EXTENSION_POINT} (schema
 * {@code schema/growthLaws.exsd}) or headless through
 * {@code META-INF/services/org.interphase.sim.electrochem.GrowthLawContribution}; {@link GrowthLaws#installed()}
 * lists them.
 */
public interface GrowthLawContribution extends Contribution {

    /** Id of the extension point that growth laws are contributed to. */
    String EXTENSION_POINT = "org.interphase.sim.growthLaws";

    /** The law in words, e.g. "diffusion-limited, L² = L₀² + 2kt". */
    String description();

    /** The constants the law needs: name → SI unit, e.g. {@code k → m2/s}. */
    Map<String, String> constants();

    /**
     * The law with these constants.
     *
     * @param values every constant of {@link #constants()} in SI units
     * @throws org.interphase.sim.SimulationException if a value is impossible (e.g. a negative rate)
     */
    InterphaseGrowthLaw create(Map<String, Double> values);
}
