package org.interphase.sim.symmetric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.stack.CellCondition;
import org.interphase.sim.symmetric.CellCircuit.ReducedLayer;
import org.interphase.sim.symmetric.SymmetricCellEvent.Kind;

/**
 * Galvanostatic plating/stripping of a Li | … | Li cell over hundreds of hours.
 * <p>
 * Per half-cycle the current is constant, so the state (interphase thicknesses, void depths) is advanced
 * analytically from sample to sample: the result does not depend on the sampling interval, and a 600 h
 * run at 1 h half-cycles costs a few thousand evaluations. The voltage is
 * |V| = I·ΣR(t) + η_BV(stripped Li) + |η_BV(plated Li)|, with the sign of the current. Events are located
 * to within a microsecond by root finding inside the step where they happen:
 * <ul>
 * <li>interphase onset: an interphase reaches {@link SymmetricCellModel#onsetThickness()} (or is there
 * from assembly, as on Li|LATP, facts.md §d1);</li>
 * <li>contact loss: voids opened on stripping cut an electrode's contact area below
 * {@link SymmetricCellModel#contactLossFraction()} (void depth grows at v·(i − i_c(p)) and the contact
 * fraction is h_r/(h_r + h); see {@link SymmetricCellModel});</li>
 * <li>failure (ends the run): |V| reaches the cut-off, the overpotential divergence by which the sources
 * read lifetime (§d15; 2.0 V as in [004] R-063);</li>
 * <li>coating activated: a coating that lithiates ({@link LithiatingCoating}) has converted through its whole
 * thickness;</li>
 * <li>short circuit (ends the run, voltage to zero): at the start of a half-cycle the local plating current
 * density i/f exceeds the critical current density (current focusing at voids, §d4), or the
 * mixed-conducting interphases from both electrodes have consumed the whole electrolyte between them
 * (electronic percolation, §d1, §d4 electronic-conduction model).</li>
 * </ul>
 */
public final class SymmetricCellEngine {

    /** How often, in samples, a long half-cycle checks for cancellation between progress reports. */
    private static final int CANCEL_CHECK_INTERVAL = 4096;
    /** Events are located to this absolute accuracy, s. */
    private static final double EVENT_TIME_ACCURACY = 1e-6;
    private static final int MAX_SOLVER_EVALUATIONS = 200;
    private static final double HOUR = 3600;

    private final SymmetricCellModel model;

    /** @param model the physics parameters, as the binding layer compiles them from the stack */
    public SymmetricCellEngine(SymmetricCellModel model) {
        this.model = Objects.requireNonNull(model, "symmetric-cell model");
    }

    /**
     * @param input   the experiment (validated when it was built)
     * @param monitor receives progress once per half-cycle; a cancelled run stops at the next check
     * @return the curves, resistances, events and lifetime
     * @throws org.interphase.sim.SimulationException if a value of the stack cannot be computed at its
     *                                                 temperature
     * @throws org.interphase.sim.electrochem.RunCancelledException if the monitor cancels the run
     */
    public SymmetricCellResult run(SymmetricCellInput input, RunMonitor monitor) {
        return run(input, CellCondition.ASSEMBLED, monitor);
    }

    /**
     * The experiment on a cell that earlier measurements have changed: its interphases, voids and lithiated coatings
     * start where {@code start} says (by the stack's labels); what it does not name starts as assembled.
     *
     * @param start e.g. the {@link SymmetricCellResult#endState()} of an earlier run on the same stack
     * @see #run(SymmetricCellInput, RunMonitor)
     */
    public SymmetricCellResult run(SymmetricCellInput input, CellCondition start, RunMonitor monitor) {
        Objects.requireNonNull(input, "symmetric-cell input");
        Objects.requireNonNull(start, "start condition (CellCondition.ASSEMBLED for a new cell)");
        Objects.requireNonNull(monitor, "run monitor (use RunMonitor.NONE)");
        return new Run(input, new CellCircuit(input, model), start, monitor).execute();
    }

    /** Something that happens when a function of the state crosses zero from below. */
    private interface Condition {
        /** Negative before the event, zero or more once it has happened, after {@code duration} from {@code prev}. */
        double value(CellState prev, CellState state, double duration);
    }

    /** A watched event: its condition, whether it ends the run, and its message once it happens. */
    private static final class Watch {
        final Kind kind;
        final Condition condition;
        final Function<CellState, String> message;
        boolean fired;

        Watch(Kind kind, Condition condition, Function<CellState, String> message) {
            this.kind = kind;
            this.condition = condition;
            this.message = message;
        }

        boolean endsRun() {
            return kind == Kind.FAILURE || kind == Kind.SHORT_CIRCUIT;
        }
    }

    /** An event found inside a step, at {@code tau} s after the start of the step. */
    private record Found(Watch watch, double tau) {
    }

    /** One run: the buffers and watches of a single experiment. */
    private final class Run {
        private final SymmetricCellInput input;
        private final CellCircuit circuit;
        private final RunMonitor monitor;
        private final CellCondition start;
        private final double cutoff = model.cutoffVoltage().value().si();
        private final double current;
        private final Recorder recorder;
        private final List<SymmetricCellEvent> events = new ArrayList<>();
        private final List<Watch> watches = new ArrayList<>();
        private long halfCycle;
        private CellState state;
        private long samples;

        Run(SymmetricCellInput input, CellCircuit circuit, CellCondition start, RunMonitor monitor) {
            this.input = input;
            this.circuit = circuit;
            this.start = start;
            this.monitor = monitor;
            this.current = input.currentDensity() * circuit.area();
            long estimate = input.halfCycles() * (input.pointsPerHalfCycle() + 1L) + 2;
            this.recorder = new Recorder(circuit.labels(), (int) Math.min(estimate, 1 << 20));
            watches.add(new Watch(Kind.FAILURE, (prev, now, d) -> circuit.voltageMagnitude(now, halfCycle) - cutoff,
                    this::failureMessage));
            for (int k = 0; k < circuit.sites().size(); k++) {
                int site = k;
                double onset = model.onsetThickness();
                watches.add(new Watch(Kind.INTERPHASE_ONSET, (prev, now, d) -> now.interphase()[site] - onset,
                        now -> onsetMessage(site, now)));
            }
            double threshold = model.contactLossFraction();
            for (ElectrodeSide side : ElectrodeSide.values()) {
                watches.add(new Watch(Kind.CONTACT_LOSS,
                        (prev, now, d) -> threshold - circuit.contactFraction(now, side),
                        now -> contactMessage(side, now)));
            }
            for (int j = 0; j < circuit.coatings().size(); j++) {
                int coating = j;
                LithiatingCoating lithiating = circuit.coatings().get(j);
                double thickness = circuit.coatingThickness(j);
                // Uncapped, so that the root finder sees the front cross the far face rather than a flat zero.
                watches.add(new Watch(Kind.COATING_ACTIVATED, (prev, now, d) -> lithiating.front()
                        .advance(prev.lithiated()[coating], d, 1) - thickness,
                        now -> activationMessage(lithiating, thickness)));
            }
            for (ReducedLayer layer : circuit.reducedLayers()) {
                if (layer.percolates()) {
                    watches.add(new Watch(Kind.SHORT_CIRCUIT,
                            (prev, now, d) -> circuit.consumptionExcess(layer, prev, d),
                            now -> percolationMessage(layer)));
                }
            }
        }

        SymmetricCellResult execute() {
            state = circuit.initial(start);
            for (Watch watch : watches) {
                // Interphases present from assembly (Li|LATP reacts on contact) set in at t = 0; a coating
                // activated in an earlier measurement is not reported again.
                if (watch.kind == Kind.INTERPHASE_ONSET && watch.condition.value(state, state, 0) >= 0) {
                    fire(watch, 0, state);
                } else if (watch.kind == Kind.COATING_ACTIVATED && watch.condition.value(state, state, 0) >= 0) {
                    watch.fired = true;
                }
            }
            for (halfCycle = 0; halfCycle < input.halfCycles(); halfCycle++) {
                double start = halfCycle * input.halfCycleTime();
                // Plain concatenation: a formatted message per half-cycle would cost more than the physics.
                monitor.progress(start / input.totalTime(), "half-cycle " + (halfCycle + 1) + " of "
                        + input.halfCycles());
                monitor.throwIfCancelled("the start of half-cycle " + (halfCycle + 1));
                Optional<SymmetricCellResult> ended = runHalfCycle(start);
                if (ended.isPresent()) {
                    return ended.get();
                }
            }
            monitor.progress(1, "done");
            return result(input.totalTime());
        }

        /** One half-cycle from {@code start}, s: the result if the cell fails or shorts in it. */
        private Optional<SymmetricCellResult> runHalfCycle(double start) {
            double sign = halfCycle % 2 == 0 ? 1 : -1;
            double v0 = circuit.voltageMagnitude(state, halfCycle);
            recorder.add(start, sign * current, sign * v0, circuit, state);
            String dendrite = dendriteShort(state);
            if (dendrite != null) {
                return Optional.of(shortCircuit(start, sign, state, dendrite));
            }
            if (v0 >= cutoff) {
                return Optional.of(end(start, new SymmetricCellEvent(Kind.FAILURE, start, failureMessage(state))));
            }
            double length = Math.min(input.halfCycleTime(), input.totalTime() - start);
            double step = input.halfCycleTime() / input.pointsPerHalfCycle();
            int steps = (int) Math.ceil(length / step - 1e-9);
            double tauPrev = 0;
            for (int j = 1; j <= steps; j++) {
                double tau = j == steps ? length : j * step;
                CellState next = circuit.advance(state, tau - tauPrev, halfCycle);
                Optional<Found> terminal = fireEvents(state, next, tau - tauPrev, start + tauPrev);
                if (terminal.isPresent()) {
                    CellState at = circuit.advance(state, terminal.get().tau(), halfCycle);
                    state = at;
                    double t = start + tauPrev + terminal.get().tau();
                    recorder.add(t, sign * current, sign * circuit.voltageMagnitude(at, halfCycle), circuit, at);
                    String message = terminal.get().watch().message.apply(at);
                    return Optional.of(terminal.get().watch().kind == Kind.SHORT_CIRCUIT
                            ? shortCircuit(t, sign, at, message)
                            : end(t, new SymmetricCellEvent(Kind.FAILURE, t, message)));
                }
                recorder.add(start + tau, sign * current, sign * circuit.voltageMagnitude(next, halfCycle), circuit,
                        next);
                state = next;
                tauPrev = tau;
                if (++samples % CANCEL_CHECK_INTERVAL == 0) {
                    monitor.throwIfCancelled("half-cycle " + (halfCycle + 1));
                }
            }
            return Optional.empty();
        }

        /**
         * Records the events that happen in the step from {@code prev} (at time {@code stepStart}, s) to
         * {@code next} up to the first that ends the run, and returns that one if there is one.
         */
        private Optional<Found> fireEvents(CellState prev, CellState next, double duration, double stepStart) {
            Found terminal = null;
            for (Found f : detect(prev, next, duration)) {
                if (terminal == null && f.watch().endsRun()) {
                    terminal = f;
                } else if (terminal == null || f.tau() <= terminal.tau()) {
                    fire(f.watch(), stepStart + f.tau(), circuit.advance(prev, f.tau(), halfCycle));
                }
            }
            return Optional.ofNullable(terminal);
        }

        /** Events whose condition crossed zero in this step, ordered by time, failure and short first on ties. */
        private List<Found> detect(CellState prev, CellState next, double duration) {
            List<Found> found = List.of();
            for (Watch watch : watches) {
                if (!watch.fired && watch.condition.value(prev, next, duration) >= 0) {
                    if (found.isEmpty()) {
                        found = new ArrayList<>();
                    }
                    found.add(new Found(watch, locate(watch.condition, prev, duration)));
                }
            }
            if (found.size() > 1) {
                found.sort(Comparator.comparingDouble(Found::tau));
            }
            return found;
        }

        /** The time after {@code prev} at which the condition crosses zero, s. */
        private double locate(Condition condition, CellState prev, double duration) {
            if (condition.value(prev, prev, 0) >= 0) {
                return 0;
            }
            BrentSolver solver = new BrentSolver(1e-12, EVENT_TIME_ACCURACY);
            return solver.solve(MAX_SOLVER_EVALUATIONS,
                    tau -> condition.value(prev, circuit.advance(prev, tau, halfCycle), tau), 0, duration);
        }

        /**
         * A dendrite short at the start of a half-cycle: the message, or null if the plated contact holds or no
         * critical current density is known.
         */
        private String dendriteShort(CellState state) {
            if (model.criticalCurrentDensity().isEmpty()) {
                return null;
            }
            SourcedQuantity criticalCurrentDensity = model.criticalCurrentDensity().get();
            ElectrodeSide plated = ElectrodeSide.LEFT.strippedIn(halfCycle) ? ElectrodeSide.RIGHT : ElectrodeSide.LEFT;
            double fraction = circuit.contactFraction(state, plated);
            double local = circuit.currentDensity() / fraction;
            if (local <= criticalCurrentDensity.value().si()) {
                return null;
            }
            return String.format(Locale.ROOT, "plating at the %s Li electrode at a local current density of %.3g"
                    + " mA/cm2 (%.0f %% of its area in contact) exceeds the critical current density %s (%s):"
                    + " Li penetrates the electrolyte and shorts the cell", plated.word(), local / 10,
                    100 * fraction, criticalCurrentDensity.value().text(), criticalCurrentDensity.source().key());
        }

        private void fire(Watch watch, double time, CellState state) {
            watch.fired = true;
            events.add(new SymmetricCellEvent(watch.kind, time, watch.message.apply(state)));
        }

        private SymmetricCellResult shortCircuit(double time, double sign, CellState state, String message) {
            // An electronic bridge of Li metal or MCI: its resistance is negligible next to the cell's.
            recorder.add(time, sign * current, 0, circuit, state);
            return end(time, new SymmetricCellEvent(Kind.SHORT_CIRCUIT, time, message));
        }

        private SymmetricCellResult end(double time, SymmetricCellEvent event) {
            events.add(event);
            monitor.progress(1, event.kind() + " at " + String.format(Locale.ROOT, "%.1f h", time / HOUR));
            return result(time);
        }

        private SymmetricCellResult result(double lifetime) {
            events.sort(Comparator.comparingDouble(SymmetricCellEvent::time));
            return recorder.result(events, lifetime, circuit.condition(state));
        }

        private String activationMessage(LithiatingCoating coating, double thickness) {
            return String.format(Locale.ROOT, "coating %s is lithiated through its %.3g nm (%s): its resistance has"
                    + " fallen to that of the lithiated phase %s", coating.layer(), thickness * 1e9,
                    coating.front().describe().replace("L^2 = L0^2 + 2kt", "s^2 = 2kt"), coating.lithiated().id());
        }

        private String failureMessage(CellState state) {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "the overpotential reached the %s"
                    + " cut-off (%s, overpotential divergence): the cell has failed",
                    model.cutoffVoltage().value().text(), model.cutoffVoltage().source().key()));
            for (int k = 0; k < circuit.sites().size(); k++) {
                text.append(String.format(Locale.ROOT, "; %s %.0f nm", circuit.sites().get(k).label(),
                        state.interphase()[k] * 1e9));
            }
            return text.toString();
        }

        private String onsetMessage(int k, CellState state) {
            InterphaseSite site = circuit.sites().get(k);
            return String.format(Locale.ROOT, "interphase %s is %.1f nm thick: Li reduces %s (%s%s)", site.label(),
                    state.interphase()[k] * 1e9, site.reducedLayer(), site.law().describe(),
                    site.rateFactor() < 1 ? String.format(Locale.ROOT, ", slowed by the coating to %.2g of the bare"
                            + " rate", site.rateFactor()) : "");
        }

        private String contactMessage(ElectrodeSide side, CellState state) {
            return String.format(Locale.ROOT, "voids opened on stripping at the %s Li electrode (%s): %.0f %% of"
                    + " its area is left in contact, its charge-transfer resistance is up %.0f %%; stripping at"
                    + " %.3g mA/cm2 outruns what Li creep refills at the stack pressure", side.word(),
                    circuit.contactLabel(side), 100 * circuit.contactFraction(state, side),
                    100 * (1 / circuit.contactFraction(state, side) - 1), circuit.currentDensity() / 10);
        }

        private String percolationMessage(ReducedLayer layer) {
            return String.format(Locale.ROOT, "the mixed-conducting interphases have consumed all %.3g µm of %s:"
                    + " the electronically conducting interphase bridges the electrodes and the voltage collapses",
                    layer.thickness() * 1e6, layer.label());
        }
    }

    /** Growable series of the run. */
    private static final class Recorder {
        private final List<String> labels;
        private double[] time;
        private double[] current;
        private double[] voltage;
        private double[][] resistances;
        private final double[] scratch;
        private int size;

        Recorder(List<String> labels, int capacity) {
            this.labels = labels;
            time = new double[capacity];
            current = new double[capacity];
            voltage = new double[capacity];
            resistances = new double[labels.size()][capacity];
            scratch = new double[labels.size()];
        }

        void add(double t, double i, double v, CellCircuit circuit, CellState state) {
            if (size == time.length) {
                int capacity = Math.max(16, 2 * size);
                time = Arrays.copyOf(time, capacity);
                current = Arrays.copyOf(current, capacity);
                voltage = Arrays.copyOf(voltage, capacity);
                for (int e = 0; e < resistances.length; e++) {
                    resistances[e] = Arrays.copyOf(resistances[e], capacity);
                }
            }
            time[size] = t;
            current[size] = i;
            voltage[size] = v;
            circuit.resistances(state, scratch);
            for (int e = 0; e < scratch.length; e++) {
                resistances[e][size] = scratch[e];
            }
            size++;
        }

        SymmetricCellResult result(List<SymmetricCellEvent> events, double lifetime, CellCondition end) {
            Map<String, double[]> series = new LinkedHashMap<>();
            for (int e = 0; e < labels.size(); e++) {
                series.put(labels.get(e), Arrays.copyOf(resistances[e], size));
            }
            return new SymmetricCellResult(Arrays.copyOf(time, size), Arrays.copyOf(current, size),
                    Arrays.copyOf(voltage, size), series, events, lifetime, end);
        }
    }
}
