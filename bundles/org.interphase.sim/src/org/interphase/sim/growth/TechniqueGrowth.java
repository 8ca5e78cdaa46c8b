package org.interphase.sim.growth;

import java.util.List;
import java.util.Objects;

import org.interphase.sim.InputChecks;

/**
 * What a contributed technique's growth model computes: the thickness after each step of the run. The growth engine
 * turns it into a {@link GrowthResult} with the film's composition and density, as for the built-in techniques.
 *
 * @param stepKind           what one entry stands for ({@link StepKind#RUN} for one continuous deposition)
 * @param thicknessAfterStep film thickness in m after each step, at least one entry, never decreasing below zero
 * @param warnings           what a grower should know about the run (e.g. a value outside the model's calibration)
 */
public record TechniqueGrowth(StepKind stepKind, double[] thicknessAfterStep, List<GrowthWarning> warnings) {

    public TechniqueGrowth {
        Objects.requireNonNull(stepKind, "step kind");
        if (thicknessAfterStep.length == 0) {
            throw new IllegalArgumentException("a growth model must give the thickness after at least one step");
        }
        thicknessAfterStep = thicknessAfterStep.clone();
        for (double thickness : thicknessAfterStep) {
            InputChecks.nonNegative(thickness, "grown thickness", "m");
        }
        warnings = List.copyOf(warnings);
    }

    /** One continuous run that grows {@code thickness} m. */
    public static TechniqueGrowth run(double thickness, List<GrowthWarning> warnings) {
        return new TechniqueGrowth(StepKind.RUN, new double[] {thickness}, warnings);
    }

    @Override
    public double[] thicknessAfterStep() {
        return thicknessAfterStep.clone();
    }

    /** The thickness at the end, m. */
    public double finalThickness() {
        return thicknessAfterStep[thicknessAfterStep.length - 1];
    }
}
