package org.interphase.sim.symmetric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.interphase.sim.stack.CellCondition;

/**
 * What a plating/stripping run produced: the voltage curve, the resistance of every element of the
 * cell over the same times, the events, and the lifetime.
 * <p>
 * Each half-cycle contributes a point at its start and {@code pointsPerHalfCycle} more; consecutive
 * half-cycles therefore share a time at which the voltage jumps (the square wave of a symmetric cell).
 * A run that ends in a short circuit ends with a point at the short time at zero volts.
 *
 * @param time        s from the start, non-decreasing
 * @param current     A, positive while the left electrode is stripped
 * @param voltage     V, with the sign of the current
 * @param resistances Ω of each element at each time, by label in stack order: layers and their parts
 *                    ("LATP bulk"), interphases ("Li|LATP interphase"), and interfaces ("Li|LATP charge
 *                    transfer": for a Li contact the small-signal value RT/(F i₀ f A) that EIS would
 *                    measure, with f its remaining contact area fraction)
 * @param events      in order of time
 * @param lifetime    s: time of the failure or short circuit, or the experiment's total time if none
 * @param endState    the cell as the run leaves it (interphase thicknesses, electrolyte left, contact fractions,
 *                    lithiated coatings), where the next measurement of the experiment starts
 */
public record SymmetricCellResult(double[] time, double[] current, double[] voltage,
        Map<String, double[]> resistances, List<SymmetricCellEvent> events, double lifetime,
        CellCondition endState) {

    public SymmetricCellResult {
        int n = time.length;
        if (current.length != n || voltage.length != n
                || resistances.values().stream().anyMatch(series -> series.length != n)) {
            throw new IllegalArgumentException("every series of a result must have one value per time point");
        }
        time = time.clone();
        current = current.clone();
        voltage = voltage.clone();
        Map<String, double[]> copy = new LinkedHashMap<>();
        resistances.forEach((label, series) -> copy.put(label, series.clone()));
        resistances = Collections.unmodifiableMap(copy);
        events = List.copyOf(events);
        Objects.requireNonNull(endState, "end state");
    }

    @Override
    public double[] time() {
        return time.clone();
    }

    @Override
    public double[] current() {
        return current.clone();
    }

    @Override
    public double[] voltage() {
        return voltage.clone();
    }

    /** The resistance series by element label; each array is a copy. */
    @Override
    public Map<String, double[]> resistances() {
        Map<String, double[]> copy = new LinkedHashMap<>();
        resistances.forEach((label, series) -> copy.put(label, series.clone()));
        return copy;
    }

    /**
     * @param label e.g. "LATP bulk"
     * @return a copy of that element's resistance series, Ω
     * @throws IllegalArgumentException naming the known labels if there is no such element
     */
    public double[] resistance(String label) {
        double[] series = resistances.get(label);
        if (series == null) {
            throw new IllegalArgumentException("no element '" + label + "'; the elements are " + resistances.keySet());
        }
        return series.clone();
    }

    /** The first event of a kind, if there was one. */
    public Optional<SymmetricCellEvent> firstEvent(SymmetricCellEvent.Kind kind) {
        Objects.requireNonNull(kind, "event kind");
        return events.stream().filter(e -> e.kind() == kind).findFirst();
    }

    /** Whether the cell failed or shorted before the end of the experiment. */
    public boolean failed() {
        return events.stream().anyMatch(SymmetricCellEvent::endsRun);
    }
}
