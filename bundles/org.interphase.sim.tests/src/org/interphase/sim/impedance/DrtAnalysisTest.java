package org.interphase.sim.impedance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.interphase.sim.SimulationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Distribution of relaxation times by {@link DrtAnalysis}. */
class DrtAnalysisTest {

    private static final double R_INF = 10;
    private static final double R1 = 100;
    private static final double TAU1 = 1e-5;
    private static final double R2 = 200;
    private static final double TAU2 = 2e-2;
    private static final Spectrum TWO_ARCS = Circuit.parse("R0-p(R1,C1)-p(R2,C2)", R_INF, R1, TAU1 / R1, R2, TAU2 / R2)
            .spectrum(SyntheticSpectra.SWEEP);

    @ParameterizedTest(name = "noise {0}")
    @ValueSource(doubles = {0, 0.01})
    void twoArcsGiveTwoPeaksAtTheirTimeConstants(double noise) {
        Spectrum data = noise == 0 ? TWO_ARCS : SyntheticSpectra.withNoise(TWO_ARCS, noise, 7);
        DrtResult drt = new DrtAnalysis().analyse(data);
        List<DrtPeak> peaks = drt.peaks();
        assertEquals(2, peaks.size(), peaks.toString());
        assertWithinFactor(TAU1, peaks.get(0).tau(), 1.5);
        assertWithinFactor(TAU2, peaks.get(1).tau(), 1.5);
        assertEquals(R1 + R2, drt.polarisationResistance(), 0.1 * (R1 + R2));
        assertEquals(R_INF, drt.highFrequencyResistance(), 0.1 * R_INF);
        assertEquals(1 / (2 * Math.PI * peaks.get(0).tau()), peaks.get(0).frequency(), 1e-9);
    }

    @Test
    void distributionIsNonNegativeOnAGridBeyondTheData() {
        DrtResult drt = new DrtAnalysis().analyse(SyntheticSpectra.withNoise(TWO_ARCS, 0.01, 3));
        assertTrue(Arrays.stream(drt.gamma()).allMatch(g -> g >= 0));
        double[] tau = drt.timeConstants();
        // One decade beyond 1/ω_max = 1.6e-7 s and 1/ω_min = 1.6 s: nine decades at 10 points per decade.
        assertEquals(1 / (2 * Math.PI * 1e6) / 10, tau[0], 1e-20);
        assertEquals(10 / (2 * Math.PI * 0.1), tau[tau.length - 1], 1e-9);
        assertEquals(91, tau.length);
        assertEquals(DrtAnalysis.DEFAULT_LAMBDA, drt.lambda());
    }

    @Test
    void reconstructedSpectrumFollowsTheData() {
        DrtResult drt = new DrtAnalysis().analyse(TWO_ARCS);
        double[] data = TWO_ARCS.moduli();
        double[] fit = drt.fit().moduli();
        for (int i = 0; i < data.length; i++) {
            assertEquals(data[i], fit[i], 0.02 * data[i], "at " + TWO_ARCS.frequency(i) + " Hz");
        }
    }

    @Test
    void strongerRegularisationBroadensThePeaks() {
        double sharp = highestGamma(new DrtAnalysis(1e-4, 10).analyse(TWO_ARCS));
        double smooth = highestGamma(new DrtAnalysis(1e-1, 10).analyse(TWO_ARCS));
        assertTrue(smooth < sharp, smooth + " vs " + sharp);
    }

    @Test
    void invalidInputIsRejected() {
        assertThrows(SimulationException.class, () -> new DrtAnalysis(0, 10));
        assertThrows(SimulationException.class, () -> new DrtAnalysis(Double.NaN, 10));
        assertThrows(SimulationException.class, () -> new DrtAnalysis(1e-3, 1));
        Spectrum three = Spectrum.of(new double[] {1, 10, 100}, new double[] {1, 1, 1}, new double[3]);
        assertThrows(SimulationException.class, () -> new DrtAnalysis().analyse(three));
    }

    private static double highestGamma(DrtResult drt) {
        return Arrays.stream(drt.gamma()).max().orElseThrow();
    }

    private static void assertWithinFactor(double expected, double actual, double factor) {
        assertTrue(actual > expected / factor && actual < expected * factor, actual + " not within ×" + factor
                + " of " + expected);
    }
}
