package org.interphase.sim.cycling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.interphase.sim.SimulationException;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.protocol.CellBasis;
import org.interphase.sim.protocol.Experiment;
import org.interphase.sim.protocol.Step;
import org.interphase.sim.protocol.StepGroup;
import org.interphase.sim.protocol.Termination;
import org.interphase.sim.stack.CellCondition;

/**
 * Runs an experiment on a {@link ReducedCellModel}: adaptive backward-Euler steps (sized by the
 * lithiation they move under constant current, growing geometrically at rest and in holds) and
 * event location by Brent's method for voltage cut-offs, current limits and the ends of the
 * cathode's window, so that a step ends where its limit is met and not one time step later.
 */
final class CyclingSolver {

    private static final double SECONDS_PER_HOUR = 3600;
    /** First time step of a rest or hold, s; later ones grow geometrically. */
    private static final double FIRST_STEP = 1.0;
    private static final double GROWTH = 2.0;
    private static final int CANCEL_CHECK_STEPS = 1000;
    private static final int MAX_EVALUATIONS = 200;
    /** Relative accuracy of located event times and of the current of a hold. */
    private static final double ACCURACY = 1e-10;
    /**
     * A cycle that moves less than this share of the nominal capacity in and out shows a dead cell: cycling it on
     * gave coulombic efficiencies of noise (100.2 %) for as many cycles as asked.
     */
    private static final double DEAD_CELL_CAPACITY = 1e-3;

    private final ReducedCellModel model;
    private final SolverSettings settings;
    private final CellBasis basis;
    private final RunMonitor monitor;
    /** Locates events in time; a second instance solves for hold currents inside those searches (solvers keep state). */
    private final BrentSolver brent = new BrentSolver(ACCURACY, 1e-14);
    private final BrentSolver currentSolver = new BrentSolver(ACCURACY, 1e-18);

    private final CellState now;
    private final CellState trial;
    private final CellState probe;
    private final Recorder recorder;
    private final List<StepRecord> steps = new ArrayList<>();
    private final List<CycleSummary> cycles = new ArrayList<>();
    private long solverSteps;

    // per-cycle accumulators
    private double chargeAh;
    private double dischargeAh;
    private double chargeWh;
    private double dischargeWh;
    private double sideAtCycleStart;

    CyclingSolver(ReducedCellModel model, SolverSettings settings, CellCondition start, RunMonitor monitor) {
        this.model = model;
        this.settings = settings;
        this.basis = model.parameters().basis();
        this.monitor = monitor;
        this.now = model.initialState(settings.initialLithiation(), start);
        this.trial = new CellState(model.cells());
        this.probe = new CellState(model.cells());
        this.recorder = new Recorder();
    }

    CyclingResult run(Experiment experiment) {
        recorder.add(0, 0, model.voltage(now, 0), 0, 1, 1);
        long total = experiment.cycleCount();
        int cycle = 0;
        for (StepGroup group : experiment.groups()) {
            for (int repeat = 0; repeat < group.repeats(); repeat++) {
                cycle++;
                monitor.throwIfCancelled("cycle " + cycle + " of " + total);
                startCycle();
                // Directions of the constant-current steps that ended on a voltage or cathode limit (+1, -1).
                Set<Integer> limited = new HashSet<>();
                boolean exhausted = false;
                for (int s = 0; s < group.steps().size(); s++) {
                    Step step = group.steps().get(s);
                    double start = now.time;
                    StepEnd end = run(step, cycle, s + 1);
                    steps.add(new StepRecord(cycle, s + 1, step.text(), start, now.time, end));
                    if (step instanceof Step.ConstantCurrent cc
                            && (end == StepEnd.VOLTAGE || end == StepEnd.CATHODE_LIMIT)) {
                        limited.add(cc.direction().sign() > 0 ? 1 : -1);
                    }
                    exhausted |= end == StepEnd.LITHIUM_EXHAUSTED;
                }
                finishCycle(cycle);
                monitor.progress((double) cycle / total, "cycle " + cycle + " of " + total);
                Optional<CellFailure> failure = failure(cycle, limited.size() == 2, exhausted);
                if (failure.isPresent()) {
                    return result(failure);
                }
            }
        }
        return result(Optional.empty());
    }

    private CyclingResult result(Optional<CellFailure> failure) {
        CellParameters p = model.parameters();
        return new CyclingResult(p.name(), recorder.series(), cycles, steps, p.nominalCapacityAh(), p.cathodeMass(),
                failure, model.condition(now));
    }

    /**
     * A cell out of Li, or one whose charge and discharge both end on their limits almost at once, cannot be cycled
     * on. Cycles that charge or discharge for a set time or charge only are not judged: they may move little.
     */
    private Optional<CellFailure> failure(int cycle, boolean chargedAndDischargedToLimits, boolean exhausted) {
        double nominal = model.parameters().nominalCapacityAh();
        if (exhausted) {
            return Optional.of(new CellFailure(cycle, now.time, "cell failed in cycle " + cycle
                    + ": the Li anode ran out of Li"));
        }
        if (chargedAndDischargedToLimits && chargeAh + dischargeAh < DEAD_CELL_CAPACITY * nominal) {
            return Optional.of(new CellFailure(cycle, now.time, String.format(Locale.ROOT, "cell failed in cycle %d:"
                    + " it took and gave %.3g mAh, less than %.1f %% of its nominal %.3g mAh; its voltage limits are"
                    + " met at once", cycle, (chargeAh + dischargeAh) * 1000, DEAD_CELL_CAPACITY * 100,
                    nominal * 1000)));
        }
        return Optional.empty();
    }

    private StepEnd run(Step step, int cycle, int index) {
        return switch (step) {
            case Step.ConstantCurrent cc -> constantCurrent(cc, cycle, index);
            case Step.ConstantVoltage cv -> hold(cv, cycle, index);
            case Step.Rest rest -> rest(rest, cycle, index);
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // constant current

    private StepEnd constantCurrent(Step.ConstantCurrent step, int cycle, int index) {
        double current = step.direction().sign() * step.current().amperes(basis);
        boolean charging = current > 0;
        OptionalDouble cutoff = step.termination(Termination.Voltage.class)
                .map(v -> OptionalDouble.of(v.volts())).orElse(OptionalDouble.empty());
        double duration = durationLimit(step);
        double charge = capacityLimit(step);
        double start = now.time;
        double passed = 0;
        while (true) {
            double elapsed = now.time - start;
            double dt = settings.maxLithiationStep() * model.capacity(now) / Math.abs(current);
            StepEnd limit = null;
            if (dt >= duration - elapsed) {
                dt = duration - elapsed;
                limit = step.termination(Termination.Duration.class).isPresent() ? StepEnd.TIME
                        : StepEnd.STEP_TIME_LIMIT;
            }
            if (Math.abs(current) * dt >= charge - passed) {
                dt = (charge - passed) / Math.abs(current);
                limit = StepEnd.CAPACITY;
            }
            model.advance(now, current, dt, trial);
            double v = model.voltage(trial, current);
            StepEnd event = null;
            double eventTime = dt;
            if (cutoff.isPresent() && (charging ? v >= cutoff.getAsDouble() : v <= cutoff.getAsDouble())) {
                double target = cutoff.getAsDouble();
                eventTime = locate(dt, h -> {
                    model.advance(now, current, h, probe);
                    double vh = model.voltage(probe, current);
                    return charging ? target - vh : vh - target;
                });
                event = StepEnd.VOLTAGE;
            }
            if (charging ? trial.surface <= 0 : trial.surface >= 1) {
                double t = locate(dt, h -> {
                    model.advance(now, current, h, probe);
                    return charging ? probe.surface : 1 - probe.surface;
                });
                if (event == null || t < eventTime) {
                    event = StepEnd.CATHODE_LIMIT;
                    eventTime = t;
                }
            }
            if (!charging && trial.lithiumInventory <= 0) {
                double t = locate(dt, h -> {
                    model.advance(now, current, h, probe);
                    return probe.lithiumInventory;
                });
                if (event == null || t < eventTime) {
                    event = StepEnd.LITHIUM_EXHAUSTED;
                    eventTime = t;
                }
            }
            if (event != null) {
                model.advance(now, current, eventTime, trial);
                accept(current, model.voltage(trial, current), eventTime, cycle, index);
                return event;
            }
            accept(current, v, dt, cycle, index);
            passed += Math.abs(current) * dt;
            if (limit != null) {
                return limit;
            }
        }
    }

    /**
     * The time in (0, dt] at which {@code event} (positive before the event, zero or negative after)
     * changes sign, given that it has changed sign by {@code dt}. A step that starts past its limit
     * (e.g. a discharge whose first instant is below the cut-off) ends after a vanishing time.
     */
    private double locate(double dt, DoubleUnaryOperator event) {
        double tiny = dt * 1e-9;
        if (event.applyAsDouble(tiny) <= 0) {
            return tiny;
        }
        return brent.solve(MAX_EVALUATIONS, event::applyAsDouble, tiny, dt);
    }

    // ---------------------------------------------------------------------------------------------------------
    // voltage hold

    private StepEnd hold(Step.ConstantVoltage step, int cycle, int index) {
        double target = step.volts();
        double limitCurrent = step.termination(Termination.Current.class)
                .map(c -> c.current().amperes(basis)).orElse(0.0);
        double duration = durationLimit(step);
        double charge = capacityLimit(step);
        double start = now.time;
        double passed = 0;
        double dt = FIRST_STEP;
        double previous = Double.NaN;
        while (true) {
            double elapsed = now.time - start;
            StepEnd limit = null;
            if (dt >= duration - elapsed) {
                dt = duration - elapsed;
                limit = step.termination(Termination.Duration.class).isPresent() ? StepEnd.TIME
                        : StepEnd.STEP_TIME_LIMIT;
            }
            double current = holdCurrent(target, dt);
            if (Math.abs(current) <= limitCurrent) {
                double t = locate(dt, h -> Math.abs(holdCurrent(target, h)) - limitCurrent);
                finishHoldStep(target, t, cycle, index);
                return StepEnd.CURRENT;
            }
            if (passed + Math.abs(current) * dt >= charge) {
                double remaining = charge - passed;
                double t = locate(dt, h -> remaining - Math.abs(holdCurrent(target, h)) * h);
                finishHoldStep(target, t, cycle, index);
                return StepEnd.CAPACITY;
            }
            model.advance(now, current, dt, trial);
            accept(current, model.voltage(trial, current), dt, cycle, index);
            passed += Math.abs(current) * dt;
            if (limit != null) {
                return limit;
            }
            // Grow the step while the current changes slowly, as it does once diffusion has taken over.
            double change = Double.isNaN(previous) ? 1 : Math.abs(current - previous) / Math.abs(previous);
            dt *= change < 0.1 ? GROWTH : 1;
            previous = current;
        }
    }

    private void finishHoldStep(double target, double dt, int cycle, int index) {
        double current = holdCurrent(target, dt);
        model.advance(now, current, dt, trial);
        accept(current, model.voltage(trial, current), dt, cycle, index);
    }

    /** The current that keeps the voltage at {@code target} over a step of {@code dt}: V(I) rises with I. */
    private double holdCurrent(double target, double dt) {
        double bound = Math.max(basis.nominalCapacityAh() * 1000, 1e-12);
        DoubleUnaryOperator mismatch = current -> {
            model.advance(now, current, dt, probe);
            return model.voltage(probe, current) - target;
        };
        if (mismatch.applyAsDouble(-bound) > 0 || mismatch.applyAsDouble(bound) < 0) {
            throw new SimulationException("no current below 1000C holds the cell at " + target + " V; check that the"
                    + " hold voltage lies within the cathode's window (" + model.parameters().openCircuit().minPotential()
                    + " V .. " + model.parameters().openCircuit().maxPotential() + " V)");
        }
        return currentSolver.solve(MAX_EVALUATIONS, mismatch::applyAsDouble, -bound, bound);
    }

    // ---------------------------------------------------------------------------------------------------------
    // rest

    private StepEnd rest(Step.Rest step, int cycle, int index) {
        double duration = durationLimit(step);
        double start = now.time;
        double dt = FIRST_STEP;
        while (true) {
            double remaining = duration - (now.time - start);
            boolean last = dt >= remaining;
            double h = last ? remaining : dt;
            model.advance(now, 0, h, trial);
            accept(0, model.voltage(trial, 0), h, cycle, index);
            if (last) {
                return StepEnd.TIME;
            }
            dt *= GROWTH;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // bookkeeping

    private double durationLimit(Step step) {
        return step.termination(Termination.Duration.class).map(Termination.Duration::seconds)
                .orElse(settings.maxStepDuration());
    }

    private static double capacityLimit(Step step) {
        return step.termination(Termination.Capacity.class).map(c -> c.ampereHours() * SECONDS_PER_HOUR)
                .orElse(Double.POSITIVE_INFINITY);
    }

    /** Makes the trial state the current one and records it. */
    private void accept(double current, double voltage, double dt, int cycle, int index) {
        now.copyFrom(trial);
        double ah = current * dt / SECONDS_PER_HOUR;
        if (current > 0) {
            chargeAh += ah;
            chargeWh += ah * voltage;
        } else {
            dischargeAh -= ah;
            dischargeWh -= ah * voltage;
        }
        recorder.add(now.time, current, voltage, ah, cycle, index);
        if (++solverSteps % CANCEL_CHECK_STEPS == 0) {
            monitor.throwIfCancelled("t = " + Math.round(now.time / SECONDS_PER_HOUR) + " h, cycle " + cycle);
        }
    }

    private void startCycle() {
        chargeAh = 0;
        dischargeAh = 0;
        chargeWh = 0;
        dischargeWh = 0;
        sideAtCycleStart = now.sideCharge;
    }

    private void finishCycle(int cycle) {
        cycles.add(new CycleSummary(cycle, chargeAh, dischargeAh, chargeWh, dischargeWh,
                chargeAh > 0 ? OptionalDouble.of(dischargeAh / chargeAh) : OptionalDouble.empty(),
                chargeAh > 0 ? OptionalDouble.of(chargeWh / chargeAh) : OptionalDouble.empty(),
                dischargeAh > 0 ? OptionalDouble.of(dischargeWh / dischargeAh) : OptionalDouble.empty(),
                model.totalResistance(now), (now.sideCharge - sideAtCycleStart) / SECONDS_PER_HOUR,
                now.activeFraction, now.lithiumInventory / SECONDS_PER_HOUR));
    }

    /** Growable columns of the time series. */
    private static final class Recorder {
        private double[] time = new double[1024];
        private double[] current = new double[1024];
        private double[] voltage = new double[1024];
        private double[] capacity = new double[1024];
        private int[] cycle = new int[1024];
        private int[] step = new int[1024];
        private int size;
        private double net;

        void add(double t, double i, double v, double ah, int c, int s) {
            if (size == time.length) {
                int n = size * 2;
                time = Arrays.copyOf(time, n);
                current = Arrays.copyOf(current, n);
                voltage = Arrays.copyOf(voltage, n);
                capacity = Arrays.copyOf(capacity, n);
                cycle = Arrays.copyOf(cycle, n);
                step = Arrays.copyOf(step, n);
            }
            net += ah;
            time[size] = t;
            current[size] = i;
            voltage[size] = v;
            capacity[size] = net;
            cycle[size] = c;
            step[size] = s;
            size++;
        }

        TimeSeries series() {
            return new TimeSeries(Arrays.copyOf(time, size), Arrays.copyOf(current, size),
                    Arrays.copyOf(voltage, size), Arrays.copyOf(capacity, size),
                    Arrays.copyOf(cycle, size), Arrays.copyOf(step, size));
        }
    }
}
