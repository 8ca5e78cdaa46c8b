package org.interphase.sim.growth;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import org.interphase.sim.InputChecks;

/**
 * A grown film: its thickness after every step, its composition and density where they can be
 * computed, the material whose properties it has (for building a cell stack), and the warnings of the
 * run.
 *
 * @param material           the film's material (after an anneal, the annealed phase)
 * @param stepKind           what one step is (cycle, supercycle, bilayer, run)
 * @param thicknessAfterStep film thickness in m after each step, step 1 first
 * @param finalThickness     film thickness in m at the end
 * @param composition        molar fraction of each constituent, by material name (sums to 1); empty
 *                           when unknown
 * @param atomicFractions    atomic fraction of each element (sums to 1); empty when a formula cannot be read
 * @param density            film density in kg/m³, if known
 * @param warnings           what a grower should know about the run
 */
public record GrowthResult(Film material, StepKind stepKind, double[] thicknessAfterStep, double finalThickness,
        Map<String, Double> composition, Map<String, Double> atomicFractions, OptionalDouble density,
        List<GrowthWarning> warnings) {

    public GrowthResult {
        Objects.requireNonNull(material, "film material");
        Objects.requireNonNull(stepKind, "step kind");
        thicknessAfterStep = thicknessAfterStep.clone();
        InputChecks.finite(finalThickness, "final thickness");
        composition = Map.copyOf(composition);
        atomicFractions = Map.copyOf(atomicFractions);
        Objects.requireNonNull(density, "density");
        warnings = List.copyOf(warnings);
    }

    /** Name of the film material. */
    public String film() {
        return material.id();
    }

    /** A copy of the thickness profile (m), step 1 first. */
    @Override
    public double[] thicknessAfterStep() {
        return thicknessAfterStep.clone();
    }

    /** Whether a warning of this kind was raised. */
    public boolean hasWarning(GrowthWarning.Code code) {
        return warnings.stream().anyMatch(w -> w.code() == code);
    }
}
