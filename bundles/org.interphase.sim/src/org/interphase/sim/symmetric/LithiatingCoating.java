package org.interphase.sim.symmetric;

import java.util.Objects;

import org.interphase.sim.InputChecks;
import org.interphase.sim.electrochem.ParabolicGrowth;
import org.interphase.sim.stack.LayerMaterial;

/**
 * A coating against Li metal that converts into a Li conductor while the cell works (activation): ALD Al2O3 turns
 * into Li-Al-O, ZnO alloys to LiZn (facts.md §a5, §d2, §d3). Li and electrons come from the Li it touches, so the
 * lithiated phase grows from that face into the coating as a front limited by Li transport through what has
 * already converted: s² = 2kt, the coating wholly lithiated after t_a = d²/(2k) for a thickness d (a thicker coating
 * activates later, with the square of its thickness). Until then the coating is two resistors in series,
 * R = [s/σ_lith + (d − s)/σ]/A, with σ the conductivity of the coating as assembled; once lithiated, R = d/(σ_lith·A).
 *
 * @param side      the Li electrode it touches
 * @param layer     the coating's label in the stack
 * @param lithiated the lithiated phase, for its ionic conductivity σ_lith(T)
 * @param front     how the lithiated depth advances (parabolic with k, m²/s)
 */
public record LithiatingCoating(ElectrodeSide side, String layer, LayerMaterial lithiated, ParabolicGrowth front) {

    public LithiatingCoating {
        Objects.requireNonNull(side, "electrode side");
        InputChecks.named(layer, "coating label");
        Objects.requireNonNull(lithiated, () -> "lithiated material of " + layer);
        Objects.requireNonNull(front, () -> "lithiation law of " + layer);
    }

    /** t_a = d²/(2k), s: when a coating of thickness {@code thickness}, m, is wholly lithiated. */
    public double activationTime(double thickness) {
        return thickness * thickness / (2 * front.rateConstant());
    }
}
