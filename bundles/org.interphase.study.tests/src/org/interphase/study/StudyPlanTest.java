package org.interphase.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StudyPlanTest {

    static Axis step(String slot, double from, double to, double step) {
        return new Axis(slot, null, slot, Axis.Kind.STEP, "", true, null, from, to, step, 0);
    }

    static Axis latin(String slot, int n) {
        return new Axis(slot, null, slot, Axis.Kind.LATIN, "nm", false, null, 0, 100, 0, n);
    }

    @Test
    void aGridIsTheCartesianProductOfItsAxesInFileOrder() {
        Axis cycles = step("cycles", 0, 300, 25);
        Axis list = new Axis("area", null, "area", Axis.Kind.LIST, "cm2", false, new double[] { 1, 2 }, 0, 0, 0, 0);
        StudyPlan plan = new StudyPlan("S", "E", List.of(cycles, list), List.of(), 1, 1, 1, Optional.empty());

        assertEquals(13 * 2, plan.size(), "0 to 300 step 25 is 13 values, crossed with 2");
        assertArrayEquals(new double[] { 0, 1 }, plan.point(0).values());
        assertArrayEquals(new double[] { 0, 2 }, plan.point(1).values());
        assertArrayEquals(new double[] { 300, 2 }, plan.point(25).values());
    }

    @Test
    void aLogRangeHasEqualRatios() {
        Axis log = new Axis("t", null, "thickness", Axis.Kind.LOG, "nm", false, null, 1, 1000, 0, 4);
        StudyPlan plan = new StudyPlan("S", "E", List.of(log), List.of(), 1, 1, 1, Optional.empty());

        double[] values = { plan.point(0).value(0), plan.point(1).value(0), plan.point(2).value(0),
                plan.point(3).value(0) };
        assertArrayEquals(new double[] { 1, 10, 100, 1000 }, values, 1e-9);
    }

    @Test
    void aLatinHypercubeSamplesEveryStratumOnceAndTheSeedDecidesTheSamples() {
        int n = 50;
        StudyPlan plan = new StudyPlan("S", "E", List.of(latin("a", n), latin("b", n)), List.of(), 7, n, 1,
                Optional.empty());
        for (int axis = 0; axis < 2; axis++) {
            boolean[] seen = new boolean[n];
            for (int row = 0; row < n; row++) {
                seen[(int) (plan.point(row).value(axis) / (100.0 / n))] = true;
            }
            assertEquals(n, countTrue(seen), "each of the " + n + " strata once on axis " + axis);
        }
        StudyPlan same = new StudyPlan("S", "E", List.of(latin("a", n), latin("b", n)), List.of(), 7, n, 1,
                Optional.empty());
        StudyPlan other = new StudyPlan("S", "E", List.of(latin("a", n), latin("b", n)), List.of(), 8, n, 1,
                Optional.empty());
        assertArrayEquals(plan.point(17).values(), same.point(17).values());
        assertNotEquals(Arrays.toString(plan.point(17).values()), Arrays.toString(other.point(17).values()));
    }

    @Test
    void pointsAreMadeOneAtATimeSoAPlanFarTooLargeToHoldStillIterates() {
        // 10^12 points could never be held: the plan makes each from its index as it is asked for.
        Axis big = step("cycles", 0, 999_999, 1);
        StudyPlan plan = new StudyPlan("S", "E", List.of(big, step("n", 0, 999_999, 1)), List.of(), 1, 1, 1,
                Optional.empty());

        Iterator<StudyPoint> points = plan.points(plan.size() - 2);

        assertEquals(1_000_000_000_000L, plan.size());
        assertArrayEquals(new double[] { 999_999, 999_998 }, points.next().values());
        assertArrayEquals(new double[] { 999_999, 999_999 }, points.next().values());
        assertEquals(false, points.hasNext());
    }

    @Test
    void monteCarloSamplesAreNormalAroundTheMeanWithTheWrittenSpread() {
        Axis uncertain = new Axis("t", null, "thickness", Axis.Kind.UNCERTAIN, "nm", false, null, 100, 100, 5, 0);
        int n = 20_000;
        StudyPlan plan = new StudyPlan("S", "E", List.of(uncertain), List.of(), 3, 1, n, Optional.empty());
        double sum = 0;
        double squares = 0;
        for (long i = 0; i < n; i++) {
            double v = plan.point(i).value(0);
            sum += v;
            squares += v * v;
        }
        double mean = sum / n;
        double sd = Math.sqrt(squares / n - mean * mean);
        // Standard errors: 5/sqrt(n) = 0.035 for the mean, 5/sqrt(2n) = 0.025 for the spread; 4 of them allowed.
        assertEquals(100, mean, 0.14);
        assertEquals(5, sd, 0.1);
    }

    private static int countTrue(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        return count;
    }
}
