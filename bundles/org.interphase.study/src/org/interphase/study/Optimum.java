package org.interphase.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Answers a study's objective: first by exhaustive search over the points run (the best point that ran and meets
 * every bound), then, when the study has continuous ranges, by refining that point with Hipparchus's Nelder–Mead
 * simplex over those ranges, the other parameters held at the best point's values and the bounds added as
 * penalties. The optimiser's points are run like the study's; only one that meets every bound can replace the
 * grid's optimum.
 */
public final class Optimum {

    static final String NAME = "optimum.csv";
    /** Runs the optimiser may make; each is one run of the experiment. */
    static final int OPTIMISER_EVALUATIONS = 80;
    private static final double PENALTY = 1e3;

    /** A point with its outputs and the objective's value there. */
    public record Found(String method, double[] values, double[] outputs, double objective) {
    }

    /** "100.0 at cycles of Alumina150 = 100 (grid)": the objective's value where it was found, and how. */
    public static String describe(StudyPlan plan, Found found) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < plan.axes().size(); i++) {
            Axis axis = plan.axes().get(i);
            values.add(axis.label() + " = " + axis.format(found.values()[i]) + (axis.unit().isEmpty() ? ""
                    : " " + axis.unit()));
        }
        return found.objective() + " at " + String.join(", ", values) + " (" + found.method() + ")";
    }

    private final StudyPlan plan;
    private final StudyPlan.Objective objective;

    Optimum(StudyPlan plan, StudyPlan.Objective objective) {
        this.plan = plan;
        this.objective = objective;
    }

    /** The best feasible point of points.csv, if any; read row by row, so a large study is never held. */
    Optional<Found> grid(Path points) throws IOException {
        Found[] best = { null };
        PointsFile.eachRan(points, plan, (index, values, found) -> {
            if (objective.feasible(plan.outputs(), found)) {
                double value = objective(values, found);
                if (best[0] == null || better(value, best[0].objective())) {
                    best[0] = new Found("grid", values, found, value);
                }
            }
        });
        return Optional.ofNullable(best[0]);
    }

    /** Refines {@code start} over the continuous ranges; empty if there are none or nothing better is found. */
    Optional<Found> refine(Found start, PointEvaluator evaluator) {
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < plan.axes().size(); i++) {
            Axis axis = plan.axes().get(i);
            if (axis.kind() != Axis.Kind.LIST && axis.kind() != Axis.Kind.UNCERTAIN && axis.kind() != Axis.Kind.CHOICE
                    && axis.to() != axis.from()) {
                free.add(i);
            }
        }
        if (free.isEmpty() || plan.samples() > 1) {
            return Optional.empty();
        }
        Found[] best = { null };
        double[] guess = free.stream().mapToDouble(i -> scaled(plan.axes().get(i), start.values()[i])).toArray();
        ObjectiveFunction function = new ObjectiveFunction(u -> {
            double[] values = start.values().clone();
            for (int k = 0; k < free.size(); k++) {
                values[free.get(k)] = unscaled(plan.axes().get(free.get(k)), u[k]);
            }
            PointResult result = evaluator.evaluate(new StudyPoint(-1, values));
            if (result.failed()) {
                return Double.MAX_VALUE / 1e6;
            }
            double value = objective(values, result.outputs());
            double violation = 0;
            for (StudyPlan.Bound bound : objective.bounds()) {
                double output = result.outputs()[plan.outputs().indexOf(bound.output())];
                violation += Double.isNaN(output) ? 1 : bound.violation(output);
            }
            if (violation == 0 && (best[0] == null || better(value, best[0].objective()))) {
                best[0] = new Found("optimiser", values, result.outputs(), value);
            }
            double minimised = objective.maximize() ? -value : value;
            return minimised + PENALTY * (1 + Math.abs(value)) * violation;
        });
        try {
            new SimplexOptimizer(1e-6, 1e-9).optimize(new MaxEval(OPTIMISER_EVALUATIONS), function, GoalType.MINIMIZE,
                    new InitialGuess(guess), new NelderMeadSimplex(guess.length, 0.1));
        } catch (MathIllegalStateException evaluationsUsedUp) {
            // The best feasible point seen so far is the answer.
        }
        return Optional.ofNullable(best[0]).filter(found -> !better(start.objective(), found.objective()));
    }

    /** Writes optimum.csv: one row per method that found a feasible point, or a row saying none did. */
    void write(Path folder, List<Found> found) throws IOException {
        List<String> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("method"));
        plan.axes().forEach(axis -> header.add(axis.column()));
        header.addAll(plan.outputs());
        header.add((objective.maximize() ? "maximum of " : "minimum of ") + objective.quantity());
        lines.add(String.join(",", header.stream().map(PointsFile::csv).toList()));
        if (found.isEmpty()) {
            lines.add("none: no point that ran meets every bound");
        }
        for (Found each : found) {
            StringBuilder row = PointsFile.fields(new StringBuilder(each.method()), plan, each.values(),
                    each.outputs());
            lines.add(row.append(',').append(each.objective()).toString());
        }
        Files.write(folder.resolve(NAME), lines, StandardCharsets.UTF_8);
    }

    private double objective(double[] values, double[] outputs) {
        return plan.value(objective.quantity(), values, outputs);
    }

    private boolean better(double value, double than) {
        return objective.maximize() ? value > than : value < than;
    }

    private static double scaled(Axis axis, double value) {
        return axis.kind() == Axis.Kind.LOG ? Math.log(value / axis.from()) / Math.log(axis.to() / axis.from())
                : (value - axis.from()) / (axis.to() - axis.from());
    }

    /** The value at {@code u} of the range, {@code u} held to [0, 1] so the optimiser stays inside it. */
    private static double unscaled(Axis axis, double u) {
        double clamped = Math.max(0, Math.min(1, u));
        double value = axis.kind() == Axis.Kind.LOG ? axis.from() * Math.pow(axis.to() / axis.from(), clamped)
                : axis.from() + clamped * (axis.to() - axis.from());
        return axis.count() ? Math.rint(value) : value;
    }

}
