package org.interphase.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParetoTest {

    @TempDir
    Path folder;

    /** One parameter x; outputs ASR and lifetime; minimize ASR, maximize lifetime, lifetime at least 100 h. */
    private static StudyPlan plan(StudyPlan.Bound... bounds) {
        Axis x = new Axis("x", null, "x", Axis.Kind.STEP, "", true, null, 0, 20, 1, 0);
        return new StudyPlan("S", "E", List.of(x), List.of("ASR", "lifetime"), 1, 1, 1, Optional.of(
                new StudyPlan.Objective(false, "ASR", List.of(bounds), List.of(new StudyPlan.Goal(true,
                        "lifetime")))));
    }

    private static List<Long> front(Pareto pareto) {
        return pareto.front().stream().map(Pareto.Member::index).toList();
    }

    @Test
    void aKnownFrontAlongTheFirstObjective() {
        Pareto pareto = new Pareto(plan(), plan().objective().orElseThrow());
        pareto.offer(0, new double[] { 0 }, new double[] { 20, 900 });
        pareto.offer(1, new double[] { 1 }, new double[] { 10, 500 });
        pareto.offer(2, new double[] { 2 }, new double[] { 15, 400 });
        pareto.offer(3, new double[] { 3 }, new double[] { 30, 1000 });
        pareto.offer(4, new double[] { 4 }, new double[] { 30, 950 });

        assertEquals(List.of(1L, 0L, 3L), front(pareto), "2 is beaten by 1 in both, 4 by 3 in lifetime alone");
    }

    @Test
    void aLaterPointRemovesTheMembersItBeats() {
        Pareto pareto = new Pareto(plan(), plan().objective().orElseThrow());
        pareto.offer(0, new double[] { 0 }, new double[] { 10, 500 });
        pareto.offer(1, new double[] { 1 }, new double[] { 20, 600 });
        pareto.offer(2, new double[] { 2 }, new double[] { 9, 600 });

        assertEquals(List.of(2L), front(pareto));
    }

    @Test
    void equalPointsDoNotBeatEachOtherAndBothStay() {
        Pareto pareto = new Pareto(plan(), plan().objective().orElseThrow());
        pareto.offer(0, new double[] { 0 }, new double[] { 10, 500 });
        pareto.offer(1, new double[] { 1 }, new double[] { 10, 500 });
        pareto.offer(2, new double[] { 2 }, new double[] { 10, 400 });

        assertEquals(List.of(0L, 1L), front(pareto), "2 ties on ASR but is worse in lifetime");
    }

    @Test
    void pointsMissingABoundOrAnObjectiveAndFailedPointsAreNotOnTheFront() throws IOException {
        StudyPlan plan = plan(new StudyPlan.Bound("lifetime", false, 100));
        Path points = folder.resolve(PointsFile.NAME);
        Files.writeString(points, String.join(",", plan.columns()) + "\n" + """
                0,0,10.0,500.0,ok,
                1,1,1.0,90.0,ok,
                2,2,0.5,,ok,
                3,3,0.1,5000.0,failed,"diverged, after 3 h"
                4,4,12.0,800.0,ok,
                """, StandardCharsets.UTF_8);

        Pareto pareto = Pareto.of(plan, points);
        pareto.write(folder);

        assertEquals(List.of(0L, 4L), front(pareto), "1 misses lifetime >= 100 h, 2 has no lifetime, 3 failed");
        assertEquals(List.of("index,x,ASR,lifetime,minimize ASR,maximize lifetime", "0,0,10.0,500.0,10.0,500.0",
                "4,4,12.0,800.0,12.0,800.0"), Files.readAllLines(folder.resolve(Pareto.NAME)));
    }

    @Test
    void aParameterCanBeAnObjective() {
        Axis x = new Axis("x", null, "x", Axis.Kind.STEP, "", true, null, 0, 20, 1, 0);
        StudyPlan plan = new StudyPlan("S", "E", List.of(x), List.of("ASR"), 1, 1, 1, Optional.of(
                new StudyPlan.Objective(false, "ASR", List.of(), List.of(new StudyPlan.Goal(false, "x")))));
        Pareto pareto = new Pareto(plan, plan.objective().orElseThrow());
        for (int i = 0; i < 5; i++) {
            // ASR falls as x grows: fewer cycles cost resistance, so every point is a trade-off.
            pareto.offer(i, new double[] { i }, new double[] { 10 - i });
        }
        pareto.offer(5, new double[] { 5 }, new double[] { 7 });

        assertEquals(List.of(4L, 3L, 2L, 1L, 0L), front(pareto), "5 is beaten by 3 (fewer and lower)");
    }
}
