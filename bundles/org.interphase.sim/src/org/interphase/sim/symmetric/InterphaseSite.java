package org.interphase.sim.symmetric;

import java.util.Objects;
import java.util.Optional;

import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;
import org.interphase.sim.electrochem.InterphaseGrowthLaw;
import org.interphase.sim.stack.LayerMaterial;

/**
 * A place in a symmetric cell where Li reduces a layer and a mixed-conducting interphase (MCI)
 * grows into it: on the Li side of that layer, directly on Li or under coatings.
 * The binding layer finds them from the stack's materials and interfaces; a plug-in may build its own with
 * another {@link InterphaseGrowthLaw}.
 *
 * @param side             the Li electrode whose electrons and Li drive the reaction
 * @param label            names the interphase's resistance series, e.g. "Li|LATP interphase"
 * @param reducedLayer     label of the stack layer the interphase consumes as it grows
 * @param existingLayer    label of the stack layer that already is this interphase at the start (as
 *                         the binding layer builds Li|LATP), or empty if it starts from nothing
 * @param material         the interphase material, for its ionic conductivity
 * @param law              how it thickens
 * @param initialThickness L₀, m: the thickness of {@code existingLayer}, or 0
 * @param rateFactor       0 to 1: the share of the bare growth rate that the layers between Li and
 *                         the reduced layer let through (electron tunnelling through insulating coatings)
 */
public record InterphaseSite(ElectrodeSide side, String label, String reducedLayer, Optional<String> existingLayer,
        LayerMaterial material, InterphaseGrowthLaw law, double initialThickness, double rateFactor) {

    public InterphaseSite {
        Objects.requireNonNull(side, "electrode side");
        Objects.requireNonNull(label, "interphase label");
        Objects.requireNonNull(reducedLayer, () -> "reduced layer of " + label);
        Objects.requireNonNull(existingLayer, () -> "existing layer of " + label + " (use Optional.empty())");
        Objects.requireNonNull(material, () -> "material of " + label);
        Objects.requireNonNull(law, () -> "growth law of " + label);
        InputChecks.nonNegative(initialThickness, "initial thickness of " + label, "m");
        if (!(rateFactor >= 0 && rateFactor <= 1)) {
            throw new SimulationException("rate factor of " + label + " must lie in [0, 1], got "
                    + rateFactor);
        }
    }

    /** The same site growing by another law, e.g. a plug-in's, from the same start. */
    public InterphaseSite withLaw(InterphaseGrowthLaw other) {
        return new InterphaseSite(side, label, reducedLayer, existingLayer, material, other, initialThickness,
                rateFactor);
    }
}
