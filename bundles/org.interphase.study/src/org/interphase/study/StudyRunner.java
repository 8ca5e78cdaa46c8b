package org.interphase.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.interphase.runs.ResultFolder;
import org.interphase.sim.electrochem.RunCancelledException;
import org.interphase.sim.electrochem.RunMonitor;

/**
 * Runs a study into a results folder: points.csv with every point's parameters, outputs and status,
 * optimum.csv when the study has an objective, pareto.csv instead when it has several, distributions.csv when it
 * has uncertain parameters, and report.txt. The folder is claimed through {@link ResultFolder}
 * (never a folder Interphase did not write) and appears only when the study is complete; a study cancelled or
 * killed leaves its rows staged, and running it again into the same folder goes on from the first point not
 * written. The command line and the IDE both run studies through this class.
 */
public final class StudyRunner {

    /** The study's summary in words. */
    public static final String REPORT = "report.txt";
    /** Every point's parameters, outputs and status, one row a point in index order. */
    public static final String POINTS = PointsFile.NAME;

    /**
     * What a finished study did.
     *
     * @param folder      the results folder
     * @param points      points in the plan
     * @param failed      points whose run failed (recorded with their message)
     * @param resumedAt   the first point this run computed (0 unless an interrupted study was resumed)
     * @param seconds     wall time of this run
     * @param optimum     the best point found, if the study has one objective and a point meets its bounds
     * @param front       the Pareto front, along the first objective, if the study has several objectives; empty
     *                    otherwise or when no point meets the bounds
     */
    public record Outcome(Path folder, long points, long failed, long resumedAt, double seconds,
            Optional<Optimum.Found> optimum, List<Pareto.Member> front) {

        /** Points computed per second of wall time in this run. */
        public double pointsPerSecond() {
            return (points - resumedAt) / Math.max(seconds, 1e-9);
        }
    }

    private StudyRunner() {
    }

    /**
     * @throws org.interphase.runs.ResultFolderException if the folder may not be written; nothing was run
     * @throws RunCancelledException                       if the monitor is cancelled; the rows written are kept
     *                                                     for a resume
     */
    public static Outcome run(StudyPlan plan, Evaluators source, Path target, ResultFolder.Replace replace,
            StudyExecutor executor, RunMonitor monitor) throws IOException {
        long start = System.nanoTime();
        try (ResultFolder folder = ResultFolder.claimResumable(target, replace)) {
            long resumedAt;
            long[] failed = { 0 };
            try (PointsFile points = PointsFile.open(folder.staging(), plan)) {
                resumedAt = points.resumedAt();
                try {
                    executor.execute(plan, resumedAt, source, result -> {
                        failed[0] += result.failed() ? 1 : 0;
                        points.write(result);
                    }, monitor);
                } catch (IOException | RuntimeException e) {
                    folder.keepStaged();
                    throw e;
                }
            }
            try {
                executor.complete(plan, folder.staging());
            } catch (IOException | RuntimeException e) {
                // every point is written: running the study again only completes the folder
                folder.keepStaged();
                throw e;
            }
            Path staged = folder.staging().resolve(PointsFile.NAME);
            failed[0] += resumedAt == 0 ? 0 : countFailed(staged, resumedAt);
            Optional<Optimum.Found> optimum = Optional.empty();
            List<Pareto.Member> front = List.of();
            if (plan.objective().filter(objective -> !objective.also().isEmpty()).isPresent()) {
                Pareto pareto = Pareto.of(plan, staged);
                pareto.write(folder.staging());
                front = pareto.front();
            } else if (plan.objective().isPresent()) {
                optimum = optimum(plan, source, folder.staging(), staged);
            }
            if (plan.samples() > 1) {
                Distributions.write(plan, staged, folder.staging());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Outcome outcome = new Outcome(folder.target(), plan.size(), failed[0], resumedAt, seconds, optimum,
                    front);
            Files.writeString(folder.staging().resolve(REPORT), report(plan, outcome), StandardCharsets.UTF_8);
            folder.commit();
            return outcome;
        }
    }

    private static Optional<Optimum.Found> optimum(StudyPlan plan, Evaluators source, Path folder, Path points)
            throws IOException {
        Optimum search = new Optimum(plan, plan.objective().orElseThrow());
        List<Optimum.Found> found = new ArrayList<>();
        Optional<Optimum.Found> grid = search.grid(points);
        grid.ifPresent(found::add);
        grid.flatMap(best -> search.refine(best, source.evaluator(plan))).ifPresent(found::add);
        search.write(folder, found);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /** Failed rows among the first {@code rows} points, which an earlier run wrote. */
    private static long countFailed(Path points, long rows) throws IOException {
        try (var lines = Files.lines(points, StandardCharsets.UTF_8)) {
            return lines.skip(1).limit(rows).filter(line -> line.contains(",failed,")).count();
        }
    }

    private static String report(StudyPlan plan, Outcome outcome) {
        StringBuilder report = new StringBuilder();
        report.append("Study ").append(plan.study()).append(" of experiment ").append(plan.experiment()).append('\n');
        report.append("\nParameters:\n");
        plan.axes().forEach(axis -> report.append("  ").append(axis).append('\n'));
        report.append(String.format(Locale.ROOT, "%nPoints: %d (%d failed), seed %d", outcome.points(),
                outcome.failed(), plan.seed()));
        if (plan.samples() > 1) {
            report.append(", ").append(plan.samples()).append(" Monte Carlo samples per point");
        }
        report.append(String.format(Locale.ROOT, "%nThis run: points %d to %d in %.1f s (%.1f points/s)%n",
                outcome.resumedAt(), outcome.points() - 1, outcome.seconds(), outcome.pointsPerSecond()));
        plan.objective().filter(objective -> !objective.also().isEmpty()).ifPresent(objective -> report.append(
                "\nObjectives: ").append(objective.goals().stream().map(StudyPlan.Goal::toString).toList())
                .append(outcome.front().isEmpty() ? ": no point meets the bounds" : ": Pareto front of "
                        + outcome.front().size() + " points in " + Pareto.NAME).append('\n'));
        plan.objective().filter(objective -> objective.also().isEmpty()).ifPresent(objective -> report.append(
                "\nObjective: ").append(objective.maximize()
                ? "maximize " : "minimize ").append(objective.quantity()).append(outcome.optimum().map(found -> " = "
                        + Optimum.describe(plan, found)).orElse(": no point meets the bounds"))
                .append('\n'));
        return report.toString();
    }
}
