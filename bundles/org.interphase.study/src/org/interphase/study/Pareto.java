package org.interphase.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The answer of a study with two or more objectives: its Pareto front, the points that ran, meet every bound and
 * that no other such point beats in every objective (no worse in all, better in one). Points with equal objectives
 * do not beat each other, so both stay on the front. Points are offered one at a time and only the front is held,
 * so a large study is read row by row.
 */
public final class Pareto {

    static final String NAME = "pareto.csv";

    /** A point of the front: its index, parameters, outputs and objectives' values (in the goals' order). */
    public record Member(long index, double[] values, double[] outputs, double[] goals) {
    }

    private final StudyPlan plan;
    private final StudyPlan.Objective objective;
    private final List<StudyPlan.Goal> goals;
    private final List<Member> front = new ArrayList<>();

    Pareto(StudyPlan plan, StudyPlan.Objective objective) {
        this.plan = plan;
        this.objective = objective;
        this.goals = objective.goals();
    }

    /** The front of the points file's points that ran. */
    static Pareto of(StudyPlan plan, Path points) throws IOException {
        Pareto pareto = new Pareto(plan, plan.objective().orElseThrow());
        PointsFile.eachRan(points, plan, pareto::offer);
        return pareto;
    }

    /** Offers a point that ran; it joins the front unless it misses a bound, an objective or is beaten. */
    void offer(long index, double[] values, double[] outputs) {
        if (!objective.feasible(plan.outputs(), outputs)) {
            return;
        }
        double[] scores = new double[goals.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = plan.value(goals.get(i).quantity(), values, outputs);
            if (Double.isNaN(scores[i])) {
                return;
            }
        }
        for (Member member : front) {
            if (beats(member.goals(), scores)) {
                return;
            }
        }
        front.removeIf(member -> beats(scores, member.goals()));
        front.add(new Member(index, values, outputs, scores));
    }

    /** The front, along the first objective (ascending), then by index. */
    public List<Member> front() {
        return front.stream().sorted(Comparator.<Member>comparingDouble(member -> member.goals()[0])
                .thenComparingLong(Member::index)).toList();
    }

    /** Whether {@code a} is no worse than {@code b} in every objective and better in one. */
    private boolean beats(double[] a, double[] b) {
        boolean better = false;
        for (int i = 0; i < a.length; i++) {
            double difference = goals.get(i).maximize() ? a[i] - b[i] : b[i] - a[i];
            if (difference < 0) {
                return false;
            }
            better |= difference > 0;
        }
        return better;
    }

    /**
     * Writes pareto.csv: index, parameters and outputs as in points.csv, then one column per objective titled
     * as written ("minimize ASR"); a row saying so when no point is on the front.
     */
    void write(Path folder) throws IOException {
        List<String> header = new ArrayList<>(plan.columns().subList(0, plan.columns().size() - 2));
        goals.forEach(goal -> header.add(goal.toString()));
        List<String> lines = new ArrayList<>(List.of(String.join(",", header.stream().map(PointsFile::csv).toList())));
        if (front.isEmpty()) {
            lines.add("none: no point that ran meets every bound");
        }
        for (Member member : front()) {
            StringBuilder row = PointsFile.fields(new StringBuilder().append(member.index()), plan, member.values(),
                    member.outputs());
            for (double goal : member.goals()) {
                row.append(',').append(goal);
            }
            lines.add(row.toString());
        }
        Files.write(folder.resolve(NAME), lines, StandardCharsets.UTF_8);
    }
}
