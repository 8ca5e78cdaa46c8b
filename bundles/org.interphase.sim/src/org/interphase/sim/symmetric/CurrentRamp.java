package org.interphase.sim.symmetric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.stack.CellCondition;

/**
 * A critical-current-density ramp: plating/stripping at a current density raised by a fixed step after every
 * {@code stepTime}, until the cell short-circuits or fails or the total time has passed. The critical current density
 * (CCD) is the current density of the step in which the cell shorts, as the sources read it (facts.md §d4). Each step
 * runs the {@link SymmetricCellEngine} with its own current, so shorts follow from the same criteria as in a constant
 * current run: the local current density i/f at the plated electrode against the interface's CCD, where voids opened
 * by stripping above the pressure-dependent critical stripping current i_c(p) shrink the contact fraction f.
 * <p>
 * Each step starts from the condition the one before left (voids, interphases, lithiated coatings), the first from
 * the condition the measurements before the ramp left.
 *
 * @param first    the experiment at the first current density; its total time is that of the whole ramp
 * @param step     increase of the current density per step, A/m²
 * @param stepTime how long each current density is held, s: a whole number of cycles (plating and stripping)
 */
public record CurrentRamp(SymmetricCellInput first, double step, double stepTime) {

    /** @throws SimulationException if a step is not a whole number of cycles or longer than the whole run */
    public CurrentRamp {
        Objects.requireNonNull(first, "first step");
        InputChecks.positive(step, "current step", "A/m2");
        InputChecks.positive(stepTime, "step time", "s");
        double cycles = stepTime / (2 * first.halfCycleTime());
        if (cycles < 1 - 1e-9 || Math.abs(cycles - Math.rint(cycles)) > 1e-6) {
            throw new SimulationException("each current of a ramp is held for whole cycles of plating and stripping,"
                    + " a multiple of " + 2 * first.halfCycleTime() + " s, got " + stepTime + " s");
        }
        if (stepTime > first.totalTime()) {
            throw new SimulationException("the step time " + stepTime + " s is longer than the whole ramp ("
                    + first.totalTime() + " s); run longer");
        }
    }

    /** The result of a ramp: the curve of all steps run, the current densities applied and the CCD if reached. */
    public record Result(SymmetricCellResult curve, double[] currentDensities,
            OptionalDouble criticalCurrentDensity) {
        public Result {
            currentDensities = currentDensities.clone();
        }

        @Override
        public double[] currentDensities() {
            return currentDensities.clone();
        }
    }

    /**
     * @param start the cell as the measurements before left it ({@link CellCondition#ASSEMBLED} for a new cell)
     * @throws org.interphase.sim.electrochem.RunCancelledException if the monitor cancels the run
     */
    public Result run(SymmetricCellModel model, CellCondition start, RunMonitor monitor) {
        SymmetricCellEngine engine = new SymmetricCellEngine(model);
        int steps = (int) Math.ceil(first.totalTime() / stepTime - 1e-9);
        List<SymmetricCellResult> runs = new ArrayList<>();
        List<Double> currents = new ArrayList<>();
        CellCondition condition = start;
        for (int k = 0; k < steps; k++) {
            double current = first.currentDensity() + k * step;
            double length = Math.min(stepTime, first.totalTime() - k * stepTime);
            if (length < first.halfCycleTime()) {
                // A remainder shorter than a half-cycle is no step of the ramp.
                break;
            }
            SymmetricCellInput input = new SymmetricCellInput(first.stack(), current, first.halfCycleTime(), length,
                    first.pointsPerHalfCycle(), first.stackPressure(), first.interphases(), first.coatings());
            int done = k;
            SymmetricCellResult result = engine.run(input, condition, new RunMonitor() {
                @Override
                public void progress(double fraction, String message) {
                    monitor.progress((done + fraction) / steps, String.format(java.util.Locale.ROOT,
                            "%.3g mA/cm2: %s", current / 10, message));
                }

                @Override
                public boolean isCancelled() {
                    return monitor.isCancelled();
                }
            });
            runs.add(result);
            currents.add(current);
            condition = result.endState();
            if (result.failed()) {
                break;
            }
        }
        SymmetricCellResult last = runs.get(runs.size() - 1);
        OptionalDouble ccd = last.firstEvent(SymmetricCellEvent.Kind.SHORT_CIRCUIT).isPresent()
                ? OptionalDouble.of(currents.get(currents.size() - 1))
                : OptionalDouble.empty();
        return new Result(joined(runs), currents.stream().mapToDouble(Double::doubleValue).toArray(), ccd);
    }

    /** The steps one after the other, each shifted to start where the one before it ended. */
    private SymmetricCellResult joined(List<SymmetricCellResult> runs) {
        int n = runs.stream().mapToInt(run -> run.time().length).sum();
        double[] time = new double[n];
        double[] current = new double[n];
        double[] voltage = new double[n];
        Map<String, double[]> resistances = new LinkedHashMap<>();
        runs.get(0).resistances().keySet().forEach(label -> resistances.put(label, new double[n]));
        List<SymmetricCellEvent> events = new ArrayList<>();
        int at = 0;
        double offset = 0;
        double lifetime = 0;
        for (SymmetricCellResult run : runs) {
            int m = run.time().length;
            double[] t = run.time();
            for (int i = 0; i < m; i++) {
                time[at + i] = offset + t[i];
            }
            System.arraycopy(run.current(), 0, current, at, m);
            System.arraycopy(run.voltage(), 0, voltage, at, m);
            for (Map.Entry<String, double[]> series : run.resistances().entrySet()) {
                System.arraycopy(series.getValue(), 0, resistances.get(series.getKey()), at, m);
            }
            for (SymmetricCellEvent event : run.events()) {
                events.add(new SymmetricCellEvent(event.kind(), offset + event.time(), event.message()));
            }
            lifetime = offset + run.lifetime();
            at += m;
            offset += stepTime;
        }
        return new SymmetricCellResult(time, current, voltage, resistances, events, lifetime,
                runs.get(runs.size() - 1).endState());
    }
}
