package org.interphase.study;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * One parameter of a study plan as plain data (so that a plan can be shipped to other machines): the path it sets
 * and the values it takes, all in the unit the study file writes them in.
 *
 * @param label     the column of points.csv, e.g. "cycles of Alumina" or "thickness of Cell.film"
 * @param targetUri the EMF URI of the element whose slot is set; null for the experiment's measurements
 * @param slot      the slot, e.g. "thickness" (see org.interphase.dsl.study.StudySlots)
 * @param kind      how the values are chosen
 * @param unit      the unit of every value ("" for counts and plain numbers)
 * @param count     whether values are whole numbers (rounded)
 * @param values    a list's values
 * @param from      a range's first value, a sampled range's lower end, or an uncertain value's mean
 * @param to        a range's last value or a sampled range's upper end
 * @param step      a linear range's step, or an uncertain value's standard deviation
 * @param size      points of a logarithmic range or samples of a random or Latin-hypercube design
 * @param choices   the elements a choice axis takes, in order; its values are their indices
 */
public record Axis(String label, String targetUri, String slot, Kind kind, String unit, boolean count,
        double[] values, double from, double to, double step, int size, List<Choice> choices) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How an axis chooses its values. */
    public enum Kind {
        /** The values listed. */
        LIST,
        /** From a to b in equal steps. */
        STEP,
        /** From a to b with equal ratios. */
        LOG,
        /** Uniformly random in a range, independently for each sample. */
        RANDOM,
        /** Latin hypercube in a range: each of n equal strata sampled once. */
        LATIN,
        /** Normally distributed around a mean, once per Monte Carlo sample. */
        UNCERTAIN,
        /** One of named elements (the stacks of "vary stack over A, B"); the value is the element's index. */
        CHOICE;

        /** Whether its values form a grid axis (crossed with the others) rather than a sample. */
        public boolean grid() {
            return this == LIST || this == STEP || this == LOG || this == CHOICE;
        }
    }

    /** An element a choice axis takes: its name (what points.csv holds) and its EMF URI. */
    public record Choice(String name, String uri) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** An axis of numbers. */
    public Axis(String label, String targetUri, String slot, Kind kind, String unit, boolean count, double[] values,
            double from, double to, double step, int size) {
        this(label, targetUri, slot, kind, unit, count, values, from, to, step, size, List.of());
    }

    /** An axis that takes each of {@code choices} in turn. */
    public static Axis choice(String label, String slot, List<Choice> choices) {
        return new Axis(label, null, slot, Kind.CHOICE, "", true, null, 0, 0, 0, 0, choices);
    }

    public Axis {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        values = values == null ? new double[0] : values.clone();
        choices = List.copyOf(choices);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The values of a grid axis (list, linear or logarithmic range). */
    long gridSize() {
        return switch (kind) {
            case LIST -> values.length;
            // The small allowance keeps "0 to 300 step 25" at 13 values despite rounding of (to - from) / step.
            case STEP -> (long) Math.floor((to - from) / step * (1 + 1e-12) + 1e-9) + 1;
            case LOG -> size;
            case CHOICE -> choices.size();
            default -> 1;
        };
    }

    /** The i-th value of a grid axis. */
    double gridValue(long i) {
        double value = switch (kind) {
            case LIST -> values[(int) i];
            case STEP -> from + i * step;
            case LOG -> size == 1 ? from : from * Math.pow(to / from, (double) i / (size - 1));
            case CHOICE -> i;
            default -> throw new IllegalStateException(kind + " is not a grid axis");
        };
        return rounded(value);
    }

    /**
     * The value of a sampled axis in sample {@code row}; {@code stratum} is the row's Latin-hypercube stratum.
     */
    double sampledValue(long seed, int axis, long row, int stratum) {
        SplittableRandom random = Streams.random(seed, axis, row);
        double value = switch (kind) {
            case RANDOM -> from + random.nextDouble() * (to - from);
            case LATIN -> from + (stratum + random.nextDouble()) / size * (to - from);
            case UNCERTAIN -> from + step * random.nextGaussian();
            default -> throw new IllegalStateException(kind + " is not sampled");
        };
        return rounded(value);
    }

    private double rounded(double value) {
        return count ? Math.rint(value) : value;
    }

    /** A value as points.csv writes it: a choice's name, a count without decimals, else the double. */
    public String format(double value) {
        if (kind == Kind.CHOICE) {
            return choices.get((int) value).name();
        }
        return count ? Long.toString(Math.round(value)) : Double.toString(value);
    }

    /** The value of a field of points.csv that {@link #format} wrote. @throws NumberFormatException otherwise */
    public double parse(String field) {
        if (kind == Kind.CHOICE) {
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).name().equals(field)) {
                    return i;
                }
            }
            throw new NumberFormatException("'" + field + "' is none of " + choices.stream().map(Choice::name)
                    .toList());
        }
        return Double.parseDouble(field);
    }

    /** "thickness of Cell.film [nm]": the column header of points.csv. */
    public String column() {
        return unit.isEmpty() ? label : label + " [" + unit + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Axis axis && label.equals(axis.label) && Objects.equals(targetUri, axis.targetUri)
                && slot.equals(axis.slot) && kind == axis.kind && unit.equals(axis.unit) && count == axis.count
                && Arrays.equals(values, axis.values) && Double.compare(from, axis.from) == 0
                && Double.compare(to, axis.to) == 0 && Double.compare(step, axis.step) == 0 && size == axis.size
                && choices.equals(axis.choices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, targetUri, slot, kind, Arrays.hashCode(values), from, to, step, size, choices);
    }

    @Override
    public String toString() {
        String kind = this.kind.name().toLowerCase(java.util.Locale.ROOT);
        return this.kind == Kind.CHOICE ? column() + " " + kind + " of " + String.join(", ",
                choices.stream().map(Choice::name).toList()) : column() + " " + kind;
    }
}
