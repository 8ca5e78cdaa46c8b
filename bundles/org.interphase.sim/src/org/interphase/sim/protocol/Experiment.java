package org.interphase.sim.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.interphase.core.units.CRate;
import org.interphase.sim.SimulationException;

/**
 * What is done to a cell: cycles of steps, in order. This is the "experiment" of PyBaMM's split
 * into model, parameter values, experiment and solver (anchors.md §1): it knows nothing of the
 * cell, so one experiment runs on any cell. Build it from text ({@link #parse}), from sentences
 * ({@link #cycles}) or as a rate-capability series ({@link #rateCapability}).
 *
 * @param groups the step groups in order; group i makes {@code groups.get(i).repeats()} cycles
 */
public record Experiment(List<StepGroup> groups) {

    public Experiment {
        groups = List.copyOf(groups);
        if (groups.isEmpty()) {
            throw new SimulationException("an experiment needs at least one step, e.g. " + ProtocolParser.EXAMPLE);
        }
    }

    /**
     * Reads an experiment text: one step per line, e.g.
     * <pre>
     * Charge at C/10 until 4.2 V
     * Rest for 1 hour
     * (Discharge at C/10 until 3.2 V, Charge at C/10 until 4.2 V) × 100
     * Cycle × 5:
     *     Charge at 0.5 mA/cm2 until 4.2 V
     *     Hold at 4.2 V until C/50
     *     Discharge at 1 mA for 10 minutes or until 3.2 V
     * </pre>
     *
     * @throws ProtocolException with the line and column of the first problem
     */
    public static Experiment parse(String text) {
        return ProtocolParser.experiment(text);
    }

    /**
     * {@code repeats} cycles of the given sentences, e.g.
     * {@code cycles(100, "Charge at C/10 until 4.2 V", "Discharge at C/10 until 3.2 V")}.
     *
     * @throws ProtocolException if a sentence cannot be read
     */
    public static Experiment cycles(int repeats, String... sentences) {
        return new Experiment(List.of(new StepGroup(Arrays.stream(sentences).map(Step::parse).toList(), repeats)));
    }

    /**
     * A rate-capability series as in [003] (facts.md §c4 R-052): for each discharge rate, charge
     * at {@code chargeRate} to {@code upperVolts} and discharge at that rate to {@code lowerVolts},
     * {@code cyclesPerRate} times.
     *
     * @throws SimulationException if no rate is given or the window is empty
     */
    public static Experiment rateCapability(CRate chargeRate, double upperVolts, double lowerVolts,
            List<CRate> dischargeRates, int cyclesPerRate) {
        if (dischargeRates.isEmpty()) {
            throw new SimulationException("a rate-capability series needs at least one discharge rate, e.g. 0.1C, 1C, 5C");
        }
        if (!(lowerVolts > 0 && upperVolts > lowerVolts)) {
            throw new SimulationException("the voltage window " + lowerVolts + " V .. " + upperVolts
                    + " V is empty; give the lower cut-off first, e.g. 3.2 V .. 4.2 V");
        }
        String charge = "Charge at " + chargeRate + " until " + ProtocolParser.number(upperVolts) + " V";
        List<StepGroup> groups = new ArrayList<>();
        for (CRate rate : dischargeRates) {
            String discharge = "Discharge at " + rate + " until " + ProtocolParser.number(lowerVolts) + " V";
            groups.add(new StepGroup(List.of(Step.parse(charge), Step.parse(discharge)), cyclesPerRate));
        }
        return new Experiment(groups);
    }

    /** This experiment and then {@code next}, as one run. */
    public Experiment followedBy(Experiment next) {
        List<StepGroup> all = new ArrayList<>(groups);
        all.addAll(next.groups);
        return new Experiment(all);
    }

    /** The number of cycles the experiment makes. */
    public long cycleCount() {
        return groups.stream().mapToLong(StepGroup::repeats).sum();
    }

    /** Every distinct step, for checks before a run. */
    public List<Step> distinctSteps() {
        return groups.stream().flatMap(g -> g.steps().stream()).distinct().toList();
    }

    /** Experiment text that {@link #parse} reads back to an equal experiment. */
    public String text() {
        return groups.stream().map(StepGroup::text).collect(Collectors.joining("\n"));
    }
}
