package org.interphase.sim.stack;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;
import org.interphase.sim.impedance.Circuit;
import org.interphase.sim.impedance.Spectrum;

/**
 * The impedance of a cell stack: its equivalent circuit, the spectrum over a sweep, the contribution of every
 * layer and interface, and the numbers papers derive from such spectra.
 * <p>
 * <b>Effective conductivity.</b> [000] computes the "ionic conductivity" of its Li|LATP|Li and coated cells from
 * the resistance of the sandwich (facts.md §d15) and reports that the coating halves the charge-transfer arc
 * while raising the conductivity 8.9-fold (§c1 ). Both can hold only if that resistance excludes
 * the charge-transfer arcs: were they included, halving them could raise the conductivity at most twofold. So
 * σ_eff = L/(R·A) here divides the distance between the electrodes L by the {@link #ohmicResistance()} of all
 * layers (grains, grain boundaries, coatings and interphases such as the MCI), as [000] does; for those cells
 * L differs from the pellet thickness by less than 0.1 %.
 *
 * @param stack         the stack simulated
 * @param circuit       its equivalent circuit, with one labelled top-level part per contribution
 * @param spectrum      Z over the sweep
 * @param contributions the parts of the circuit in stack order, each with its spectrum
 */
public record StackImpedance(CellStack stack, Circuit circuit, Spectrum spectrum,
        List<StackContribution> contributions) {

    public StackImpedance {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(spectrum, "spectrum");
        contributions = List.copyOf(contributions);
    }

    /** The resistance of ion transport through all layers (bulk and grain-boundary parts), Ω. */
    public double ohmicResistance() {
        return resistanceOf(ContributionKind::isOhmic);
    }

    /** The sum of the charge-transfer resistances of all interfaces, Ω. */
    public double chargeTransferResistance() {
        return resistanceOf(kind -> kind == ContributionKind.CHARGE_TRANSFER);
    }

    /**
     * Ohmic plus charge-transfer resistance, Ω: the direct-current resistance of a cell with non-blocking
     * electrodes, where its spectrum meets the real axis at low frequency. Diffusion is not included.
     */
    public double totalResistance() {
        return ohmicResistance() + chargeTransferResistance();
    }

    /** σ_eff = L/(R_ohmic·A), S/m, as [000] computes its cell conductivities (see the class comment). */
    public double effectiveConductivity() {
        return InputChecks.finitePositive(stack.totalThickness() / (ohmicResistance() * stack.area()),
                "effective conductivity");
    }

    /**
     * @param label e.g. "LATP grain boundary"
     * @throws SimulationException if no part has that label
     */
    public StackContribution contribution(String label) {
        return contributions.stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new SimulationException("the stack has no part labelled '" + label + "'; its parts"
                        + " are " + contributions.stream().map(StackContribution::label).toList()));
    }

    private double resistanceOf(Predicate<ContributionKind> kinds) {
        return contributions.stream().filter(c -> kinds.test(c.kind())).mapToDouble(StackContribution::resistance)
                .sum();
    }
}
