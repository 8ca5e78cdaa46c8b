package org.interphase.study;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The points of a study, as plain data: the grid axes crossed (Cartesian product, first axis slowest), times the
 * rows of the sampled design (random and Latin-hypercube axes drawn together), times the Monte Carlo samples of the
 * uncertain axes. A point is computed from its index alone ({@link #point(long)}), so the plan never holds the
 * points: a million-point study costs the memory of its axes (and one stratum table per Latin-hypercube axis).
 * <p>
 * A plan holds the study's name, its experiment, its axes, the outputs reported per point (by their names in the
 * study file), the seed of every random value, the rows of the sampled design (1 without one), the Monte Carlo
 * samples per point (1 without uncertain axes) and the objective, if any.
 */
public final class StudyPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String study;
    private final String experiment;
    private final List<Axis> axes;
    private final List<String> outputs;
    private final long seed;
    private final int rows;
    private final int samples;
    private final Objective objective;
    /** Per Latin-hypercube axis, the stratum of each row: a permutation drawn from the seed. */
    private final int[][] strata;

    /**
     * The least or greatest value of an output or a parameter among the points that meet every bound.
     *
     * @param quantity an output's name or a parameter's slot
     */
    public record Objective(boolean maximize, String quantity, List<Bound> bounds, List<Goal> also)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public Objective {
            bounds = List.copyOf(bounds);
            also = List.copyOf(also);
        }

        /** A single objective. */
        public Objective(boolean maximize, String quantity, List<Bound> bounds) {
            this(maximize, quantity, bounds, List.of());
        }

        /** Every objective, this one's first: more than one asks for a Pareto front. */
        public List<Goal> goals() {
            List<Goal> goals = new ArrayList<>(List.of(new Goal(maximize, quantity)));
            goals.addAll(also);
            return goals;
        }

        /** Whether a point's outputs (in the order of {@code names}) meet every bound; a missing one does not. */
        boolean feasible(List<String> names, double[] outputs) {
            for (Bound bound : bounds) {
                double value = outputs[names.indexOf(bound.output())];
                if (Double.isNaN(value) || !bound.holds(value)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One objective: the least or greatest value of an output's name or a parameter's slot. */
    public record Goal(boolean maximize, String quantity) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** "minimize ASR". */
        @Override
        public String toString() {
            return (maximize ? "maximize " : "minimize ") + quantity;
        }
    }

    /** {@code output >= limit} (or {@code <=} when {@code atMost}), in the output's unit. */
    public record Bound(String output, boolean atMost, double limit) implements Serializable {
        private static final long serialVersionUID = 1L;

        public boolean holds(double value) {
            return atMost ? value <= limit : value >= limit;
        }

        /** How far {@code value} is on the wrong side of the limit, relative to it; 0 when it holds. */
        public double violation(double value) {
            double scale = Math.max(Math.abs(limit), Double.MIN_NORMAL);
            return holds(value) ? 0 : Math.abs(value - limit) / scale;
        }
    }

    public StudyPlan(String study, String experiment, List<Axis> axes, List<String> outputs, long seed, int rows,
            int samples, Optional<Objective> objective) {
        if (rows < 1 || samples < 1) {
            throw new IllegalArgumentException("a plan needs at least one sample row and one Monte Carlo sample");
        }
        this.study = study;
        this.experiment = experiment;
        this.axes = List.copyOf(axes);
        this.outputs = List.copyOf(outputs);
        this.seed = seed;
        this.rows = rows;
        this.samples = samples;
        this.objective = objective.orElse(null);
        this.strata = new int[this.axes.size()][];
        for (int i = 0; i < this.axes.size(); i++) {
            if (this.axes.get(i).kind() == Axis.Kind.LATIN) {
                strata[i] = permutation(rows, seed, i);
            }
        }
    }

    public String study() {
        return study;
    }

    public String experiment() {
        return experiment;
    }

    public List<Axis> axes() {
        return axes;
    }

    public List<String> outputs() {
        return outputs;
    }

    public long seed() {
        return seed;
    }

    public int rows() {
        return rows;
    }

    public int samples() {
        return samples;
    }

    public Optional<Objective> objective() {
        return Optional.ofNullable(objective);
    }

    /** The number of points; at least 1. @throws ArithmeticException beyond Long.MAX_VALUE */
    public long size() {
        long size = Math.multiplyExact((long) rows, (long) samples);
        for (Axis axis : axes) {
            if (axis.kind().grid()) {
                size = Math.multiplyExact(size, axis.gridSize());
            }
        }
        return size;
    }

    /** The point of index {@code index} (0 ≤ index < {@link #size()}), the same on every call and every machine. */
    public StudyPoint point(long index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("point " + index + " of " + size());
        }
        long sample = index % samples;
        long rest = index / samples;
        long row = rest % rows;
        long grid = rest / rows;
        double[] values = new double[axes.size()];
        // Mixed radix, the last grid axis fastest.
        for (int i = axes.size() - 1; i >= 0; i--) {
            Axis axis = axes.get(i);
            if (axis.kind().grid()) {
                long n = axis.gridSize();
                values[i] = axis.gridValue(grid % n);
                grid /= n;
            }
        }
        for (int i = 0; i < axes.size(); i++) {
            Axis axis = axes.get(i);
            switch (axis.kind()) {
                case RANDOM -> values[i] = axis.sampledValue(seed, i, row, 0);
                case LATIN -> values[i] = axis.sampledValue(seed, i, row, strata[i][(int) row]);
                case UNCERTAIN -> values[i] = axis.sampledValue(seed, i, index, 0);
                default -> {
                    // set above
                }
            }
        }
        return new StudyPoint(index, values);
    }

    /** The points from {@code first} on, made one at a time as they are asked for. */
    public Iterator<StudyPoint> points(long first) {
        long size = size();
        return new Iterator<>() {
            private long next = first;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public StudyPoint next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return point(next++);
            }
        };
    }

    /** The axis whose slot or label is {@code name}, e.g. "cycles". */
    public Optional<Integer> axis(String name) {
        for (int i = 0; i < axes.size(); i++) {
            if (axes.get(i).slot().equals(name) || axes.get(i).label().equals(name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The value of an output (by name) or of a parameter (by slot) at a point. */
    double value(String quantity, double[] values, double[] outputs) {
        int output = this.outputs.indexOf(quantity);
        return output >= 0 ? outputs[output] : values[axis(quantity).orElseThrow()];
    }

    /** The header of points.csv. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("index"));
        axes.forEach(axis -> columns.add(axis.column()));
        outputs.forEach(columns::add);
        columns.add("status");
        columns.add("message");
        return columns;
    }

    private static int[] permutation(int n, long seed, int axis) {
        int[] strata = new int[n];
        for (int i = 0; i < n; i++) {
            strata[i] = i;
        }
        SplittableRandom random = Streams.random(seed, axis, -1);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = strata[i];
            strata[i] = strata[j];
            strata[j] = swap;
        }
        return strata;
    }
}
