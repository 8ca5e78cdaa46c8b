package org.interphase.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.compiler.SimulationPlan;
import org.interphase.dsl.library.Libraries;
import org.interphase.library.MaterialLibrary;
import org.interphase.model.Experiment;
import org.interphase.sim.SimulationException;
import org.interphase.sim.cycling.CyclingSimulation;
import org.interphase.sim.cycling.SolverSettings;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.stack.CellCondition;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.interphase.sim.stack.TemperatureSeries;
import org.interphase.sim.symmetric.SymmetricCellEngine;
import org.interphase.sim.voltammetry.Voltammetry;

/**
 * Runs an experiment measurement by measurement, reporting progress and honouring cancellation through a
 * {@link RunMonitor}, and builds the {@link org.interphase.model.run.SimulationRun} of the results. Nothing is
 * written here: {@link RunStore} saves the execution once it is complete. The command line and the IDE both run
 * experiments through this class.
 */
public final class RunExecutor {

    private final MaterialLibrary library;

    /** @param library the library DSL materials extend, normally {@code Libraries.builtIn()} */
    public RunExecutor(MaterialLibrary library) {
        this.library = Objects.requireNonNull(library, "material library");
    }

    /**
     * @throws org.interphase.dsl.compiler.CompileException         if the experiment cannot be compiled
     * @throws SimulationException                                  if an engine rejects its inputs; the message names the
     *                                                              measurement's file and line
     * @throws org.interphase.sim.electrochem.RunCancelledException if the monitor is cancelled
     */
    public Execution execute(Experiment experiment, RunMonitor monitor) {
        ModelCompiler compiler = new ModelCompiler(library);
        SimulationPlan plan = compiler.compile(experiment);
        List<Measured> measured = measure(plan, monitor);
        return new Execution(plan, measured,
                new RunModelBuilder(compiler).build(experiment, plan, measured));
    }

    /**
     * Runs the engines of a compiled experiment, measurement by measurement, and builds no run: a study reads the
     * {@link Summaries} of the results it returns. The measurements run in the order the file writes them on one
     * cell: each starts from the {@link CellCondition} the one before left (an impedance after plating/stripping
     * sees the grown interphases, voids and lithiated coatings; cycling continues the interphases, contact and Li
     * inventory of the cycling before it); an impedance changes nothing.
     *
     * @throws SimulationException                                  as {@link #execute}
     * @throws org.interphase.sim.electrochem.RunCancelledException if the monitor is cancelled
     */
    public static List<Measured> measure(SimulationPlan plan, RunMonitor monitor) {
        List<CompiledRun> runs = plan.runs();
        List<Measured> measured = new ArrayList<>();
        CellCondition condition = CellCondition.ASSEMBLED;
        for (int i = 0; i < runs.size(); i++) {
            CompiledRun run = runs.get(i);
            monitor.throwIfCancelled("the start of " + run.label());
            RunMonitor step = new StepMonitor(monitor, run.label(), i, runs.size());
            Measured result;
            try {
                result = measure(run, condition, step);
            } catch (SimulationException e) {
                // The engines do not know the DSL; the user needs the line of the measurement that failed.
                throw new SimulationException(run.source().location() + ": " + run.label() + ": " + e.getMessage());
            }
            condition = endState(result).orElse(condition);
            measured.add(analysed(result, step));
            step.progress(1, "done");
        }
        monitor.throwIfCancelled("the end of the run");
        return measured;
    }

    /** {@code measured} with the analyses of its measured spectrum, if it asks for any; they fail at their clause. */
    private static Measured analysed(Measured measured, RunMonitor monitor) {
        if (measured instanceof Measured.Impedance impedance && impedance.run().analyses().isPresent()) {
            return new Measured.Impedance(impedance.run(), impedance.result(), Optional.of(
                    MeasuredAnalysisRunner.run(impedance.run().label(), impedance.run().analyses().get(), monitor)));
        }
        return measured;
    }

    private static Measured measure(CompiledRun run, CellCondition condition, RunMonitor monitor) {
        return switch (run) {
            case CompiledRun.Impedance impedance -> new Measured.Impedance(impedance, StackCircuitBuilder.simulate(
                    condition.applyTo(impedance.stack()), impedance.frequencies()), Optional.empty());
            case CompiledRun.PlatingStripping cell -> new Measured.PlatingStripping(cell,
                    new SymmetricCellEngine(cell.model()).run(cell.input(), condition, monitor));
            case CompiledRun.Cycling cycling -> new Measured.Cycling(cycling, new CyclingSimulation(
                    cycling.parameters(), cycling.protocol(), SolverSettings.DEFAULT).run(condition, monitor));
            case CompiledRun.ImpedanceSeries series -> new Measured.ImpedanceSeries(series, TemperatureSeries.simulate(
                    condition.applyTo(series.stack()), series.temperatures(), series.frequencies()));
            case CompiledRun.CriticalCurrentRamp ramp -> new Measured.CriticalCurrentRamp(ramp,
                    ramp.ramp().run(ramp.model(), condition, monitor));
            case CompiledRun.Voltammetry sweep -> new Measured.Voltammetry(sweep, Voltammetry.run(sweep.input()));
        };
    }

    /**
     * The condition a measurement leaves the cell in; none for an impedance, which changes nothing, nor for a
     * voltammetry, whose oxidation products the model does not follow.
     */
    private static Optional<CellCondition> endState(Measured measured) {
        return switch (measured) {
            case Measured.Impedance impedance -> Optional.empty();
            case Measured.ImpedanceSeries series -> Optional.empty();
            case Measured.Voltammetry sweep -> Optional.empty();
            case Measured.CriticalCurrentRamp ramp -> Optional.of(ramp.result().curve().endState());
            case Measured.PlatingStripping cell -> Optional.of(cell.result().endState());
            case Measured.Cycling cycling -> Optional.of(cycling.result().endState());
        };
    }
}
