package org.interphase.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.interphase.sim.SimulationException;
import org.interphase.sim.impedance.CircuitFitter;
import org.interphase.sim.impedance.Spectrum;
import org.interphase.sim.stack.StackFit;
import org.interphase.sim.stack.StackFitResult;
import org.interphase.sim.stack.StackFitResult.FittedConductivity;
import org.interphase.sim.stack.StackFitResult.FittedPart;
import org.interphase.sim.stack.StackImpedance;

/**
 * A fit of a measured spectrum with the circuit of a stack, starting from the stack model: the fitted arcs and the
 * layer conductivities they give.
 *
 * @param measuredLabel the spectrum that was fitted, e.g. "bare-latp-eis.mpt (measured)"
 * @param points        how many measured points were fitted
 * @param result        the fitted arcs and conductivities
 */
public record StackFitOutcome(String measuredLabel, int points, StackFitResult result) {

    /**
     * @param model    the stack's simulated spectrum, whose circuit the fit starts from
     * @param measured the spectrum to fit
     * @throws AnalysisException if the fit fails, with the engine's reason
     */
    public static StackFitOutcome fit(StackImpedance model, Spectrum measured, String measuredLabel)
            throws AnalysisException {
        try {
            return new StackFitOutcome(measuredLabel, measured.size(),
                    new StackFit(new CircuitFitter()).fit(model, measured));
        } catch (SimulationException e) {
            throw new AnalysisException(e.getMessage());
        }
    }

    /**
     * The arcs that give a layer property, one per material and property: the mirrored faces of a symmetric cell are
     * fitted as one part and give the same value twice.
     */
    public List<FittedPart> layerParts() {
        Set<String> seen = new HashSet<>();
        List<FittedPart> unique = new ArrayList<>();
        for (FittedPart part : result.parts()) {
            if (part.conductivity().isPresent()) {
                FittedConductivity sigma = part.conductivity().get();
                if (seen.add(sigma.material() + (sigma.grainBoundary() ? "/grain boundary" : "/bulk"))) {
                    unique.add(part);
                }
            }
        }
        return unique;
    }

    /** Predicted (the model's) conductivity of a fitted one, S/m: σ ∝ 1/R, so σ·R_fit/R_predicted. */
    public static double predicted(FittedPart part) {
        FittedConductivity sigma = part.conductivity().orElseThrow();
        return sigma.value() * part.resistance() / part.predictedResistance();
    }
}
