package org.interphase.sim.cycling;

import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;

/**
 * How the equations are discretised (PyBaMM's "solver", anchors.md §1): finite volumes in the
 * particle (or film), backward Euler in time with steps sized by the change of lithiation they
 * allow, and event location for cut-offs. Defaults give a reduced-order cell that runs 1000 cycles
 * in well under a second; {@link #refined(int)} checks convergence.
 *
 * @param radialCells        finite volumes across the particle or film (at least 3)
 * @param surfaceRefinement  ratio of neighbouring cell widths toward the surface, in (0, 1]: below 1
 *                           the cells shrink toward the surface, where the concentration varies most
 * @param maxLithiationStep  largest change of mean lithiation per time step during constant current
 * @param initialLithiation  lithiation of the cathode as assembled (discharged), in (0, 1)
 * @param maxStepDuration    a step that has not ended after this long (s) is stopped, so no protocol hangs
 */
public record SolverSettings(int radialCells, double surfaceRefinement, double maxLithiationStep,
        double initialLithiation, double maxStepDuration) {

    /** 10 volumes shrinking by 0.8 toward the surface, 2 % lithiation per step, cathode 99.5 % lithiated. */
    public static final SolverSettings DEFAULT = new SolverSettings(10, 0.8, 0.02, 0.995, 1000 * 3600.0);

    public SolverSettings {
        if (radialCells < 3) {
            throw new SimulationException("use at least 3 radial cells, got " + radialCells);
        }
        if (!(surfaceRefinement > 0 && surfaceRefinement <= 1)) {
            throw new SimulationException("surface refinement must lie in (0, 1], got " + surfaceRefinement);
        }
        if (!(maxLithiationStep > 0 && maxLithiationStep <= 0.2)) {
            throw new SimulationException("the lithiation step must lie in (0, 0.2], got " + maxLithiationStep);
        }
        if (!(initialLithiation > 0 && initialLithiation < 1)) {
            throw new SimulationException("the initial lithiation must lie strictly between 0 and 1, got "
                    + initialLithiation);
        }
        InputChecks.positive(maxStepDuration, "maximum step duration", "s");
    }

    /** Finer in space and time by {@code factor}: factor × the cells, 1/factor × the lithiation step. */
    public SolverSettings refined(int factor) {
        return new SolverSettings(radialCells * factor, Math.pow(surfaceRefinement, 1.0 / factor),
                maxLithiationStep / factor, initialLithiation, maxStepDuration);
    }

    /** The same settings starting from another lithiation. */
    public SolverSettings withInitialLithiation(double lithiation) {
        return new SolverSettings(radialCells, surfaceRefinement, maxLithiationStep, lithiation, maxStepDuration);
    }
}
