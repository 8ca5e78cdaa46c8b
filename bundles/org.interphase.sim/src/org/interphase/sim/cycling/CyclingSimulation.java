package org.interphase.sim.cycling;

import java.util.Objects;

import org.interphase.sim.SimulationException;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.protocol.Experiment;
import org.interphase.sim.protocol.Step;
import org.interphase.sim.protocol.Termination;
import org.interphase.sim.stack.CellCondition;

/**
 * A cycling run composed as in PyBaMM (anchors.md §1): the reduced solid-state cell model,
 * parameter values ({@link CellParameters}, as the binding layer compiles them from a stack), an experiment
 * ({@link Experiment}) and solver settings ({@link SolverSettings}); each of the last three can be
 * swapped without touching the others. The constructor checks that the experiment can run on the
 * cell before anything is computed.
 *
 * <pre>
 * CellParameters cell = ...; // compiled from a stack by the binding layer
 * Experiment cycles = Experiment.cycles(20, "Charge at C/10 until 3.8 V", "Discharge at C/10 until 2.5 V");
 * CyclingResult result = new CyclingSimulation(cell, cycles, SolverSettings.DEFAULT).run(RunMonitor.NONE);
 * </pre>
 */
public final class CyclingSimulation {

    /** The most cycles one run simulates: already years of lab time, and 10⁶ cycles once peaked at 4 GB. */
    public static final long MAX_CYCLES = 100_000;

    private final CellParameters parameters;
    private final Experiment experiment;
    private final SolverSettings settings;

    /**
     * @throws SimulationException if a step asks for something the cell cannot do (a charge cut-off
     *                             or hold above the cathode's highest open-circuit voltage, a
     *                             discharge cut-off at or above it), or for more than
     *                             {@value #MAX_CYCLES} cycles
     */
    public CyclingSimulation(CellParameters parameters, Experiment experiment, SolverSettings settings) {
        this.parameters = Objects.requireNonNull(parameters, "cell parameters");
        this.experiment = Objects.requireNonNull(experiment, "experiment");
        this.settings = Objects.requireNonNull(settings, "solver settings");
        if (experiment.cycleCount() > MAX_CYCLES) {
            throw new SimulationException("the experiment has " + experiment.cycleCount() + " cycles; a run simulates at"
                    + " most " + MAX_CYCLES);
        }
        experiment.distinctSteps().forEach(this::check);
    }

    private void check(Step step) {
        OpenCircuitCurve ocv = parameters.openCircuit();
        String window = " for " + parameters.name() + ": the open-circuit voltage of its cathode (" + ocv.id()
                + ") lies between " + ocv.minPotential() + " V and " + ocv.maxPotential() + " V";
        switch (step) {
            case Step.ConstantCurrent cc -> cc.termination(Termination.Voltage.class).ifPresent(cutoff -> {
                boolean charge = cc.direction().sign() > 0;
                if (charge && cutoff.volts() > ocv.maxPotential()) {
                    throw new SimulationException("'" + step.text() + "': the cut-off " + cutoff.text()
                            + " is above the cathode's maximum voltage" + window + "; charge to at most "
                            + ocv.maxPotential() + " V");
                }
                if (!charge && cutoff.volts() >= ocv.maxPotential()) {
                    throw new SimulationException("'" + step.text() + "': the cut-off " + cutoff.text()
                            + " is not below the cathode's maximum voltage" + window + ", so the step would end at once");
                }
            });
            case Step.ConstantVoltage hold -> {
                if (hold.volts() > ocv.maxPotential() || hold.volts() < ocv.minPotential()) {
                    throw new SimulationException("'" + step.text() + "': " + hold.voltageText() + " is outside the "
                            + "cathode's window" + window);
                }
            }
            case Step.Rest rest -> {
                // a rest needs nothing of the cell
            }
        }
    }

    /**
     * Runs the experiment from the as-assembled cell.
     *
     * @param monitor receives progress once per cycle; cancelling it ends the run within one cycle
     *                (or 1000 solver steps) with a {@link org.interphase.sim.electrochem.RunCancelledException}
     * @return the result; a cell that can no longer be cycled ends the run early with
     *         {@link CyclingResult#failure()}
     */
    public CyclingResult run(RunMonitor monitor) {
        return run(CellCondition.ASSEMBLED, monitor);
    }

    /**
     * Runs the experiment on a cell that earlier measurements have changed: its interphases, cathode contact and Li
     * inventory start where {@code start} says (by the contacts' labels, e.g. the {@link CyclingResult#endState()}
     * of an earlier run); the cathode starts at the settings' lithiation.
     *
     * @see #run(RunMonitor)
     */
    public CyclingResult run(CellCondition start, RunMonitor monitor) {
        Objects.requireNonNull(start, "start condition (CellCondition.ASSEMBLED for a new cell)");
        Objects.requireNonNull(monitor, "run monitor (use RunMonitor.NONE)");
        ReducedCellModel model = new ReducedCellModel(parameters, settings);
        return new CyclingSolver(model, settings, start, monitor).run(experiment);
    }
}
