package org.interphase.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void meanDeviationAndPercentilesOfKnownValuesLeavingMissingOnesOut() {
        Spread spread = Spread.of(new double[] { 5, Double.NaN, 1, 4, 2, 3 });

        assertEquals(5, spread.count());
        assertEquals(3, spread.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), spread.deviation(), 1e-12, "n - 1 in the denominator");
        assertEquals(1.2, spread.p5(), 1e-12, "between the first and second of five values");
        assertEquals(4.8, spread.p95(), 1e-12);
        assertEquals(1, spread.min());
        assertEquals(5, spread.max());
    }

    @Test
    void noValueGivesNaNAndOneValueNoSpread() {
        assertTrue(Double.isNaN(Spread.of(new double[] { Double.NaN }).mean()));
        assertEquals(0, Spread.of(new double[] { 7 }).deviation());
    }

    @Test
    void theHistogramCountsEveryValueOnceInEqualBins() {
        double[] values = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, Double.NaN };
        Spread spread = Spread.of(values);

        assertArrayEquals(new int[] { 3, 2, 3, 3 }, spread.histogram(values, 4), "bins of 2.5; 10 in the last");
        assertArrayEquals(new int[] { 3, 0 }, Spread.of(new double[] { 2, 2, 2 }).histogram(new double[] { 2, 2, 2 },
                2), "one value: all in the first bin");
    }

    @Test
    void aNormalSampleHasItsMeanDeviationAndPercentiles() {
        SplittableRandom random = new SplittableRandom(3);
        double[] values = new double[20000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 + 5 * random.nextGaussian();
        }
        Spread spread = Spread.of(values);

        assertEquals(100, spread.mean(), 0.15);
        assertEquals(5, spread.deviation(), 0.1);
        assertEquals(100 - 1.645 * 5, spread.p5(), 0.25, "5 % of a normal distribution is 1.645 σ below its mean");
        assertEquals(100 + 1.645 * 5, spread.p95(), 0.25);
        assertEquals(16, Spread.bins(values.length), "Sturges: 1 + log2(20000) rounded up");
    }
}
