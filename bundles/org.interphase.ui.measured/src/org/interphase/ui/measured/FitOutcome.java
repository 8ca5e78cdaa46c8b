package org.interphase.ui.measured;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.interphase.sim.stack.StackFitResult;
import org.interphase.sim.stack.StackFitResult.FittedConductivity;
import org.interphase.sim.stack.StackFitResult.FittedPart;

/**
 * A finished fit: what was fitted to which stack, and the result.
 *
 * @param comparison    the comparison whose stack model the fit started from; its file receives fitted values
 * @param measuredLabel the overlaid spectrum that was fitted, e.g. "bare-latp-eis.mpt (measured)"
 * @param points        how many measured points were fitted
 * @param result        the fitted arcs and conductivities
 */
public record FitOutcome(Comparison comparison, String measuredLabel, int points, StackFitResult result) {

    /**
     * The arcs that give a layer property, one per material and property: the mirrored faces of a symmetric cell are
     * fitted as one part and give the same value twice.
     */
    List<FittedPart> layerParts() {
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
    static double predicted(StackFitResult.FittedPart part) {
        StackFitResult.FittedConductivity sigma = part.conductivity().orElseThrow();
        return sigma.value() * part.resistance() / part.predictedResistance();
    }
}
