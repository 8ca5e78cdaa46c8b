package org.interphase.sim.impedance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.interphase.sim.SimulationException;
import org.junit.jupiter.api.Test;

/** The linear Kramers–Kronig test of {@link LinearKramersKronig}. */
class LinearKramersKronigTest {

    private static final Spectrum CLEAN = SyntheticSpectra.FIVE_ELEMENTS.spectrum(SyntheticSpectra.SWEEP);
    private static final Spectrum NOISY = SyntheticSpectra.withNoise(CLEAN, 0.01, 42);

    @Test
    void noisyButStationarySpectrumPasses() {
        KramersKronigResult result = new LinearKramersKronig().test(NOISY);
        assertTrue(result.valid(), "max residual " + result.maxResidual());
        assertTrue(result.mu() < LinearKramersKronig.DEFAULT_MU_CUTOFF);
        // Residuals are then just the noise: RMS ≈ 1 %/√2 per component.
        assertEquals(0.01 / Math.sqrt(2), result.residualRms(), 0.003);
        assertEquals(NOISY.size(), result.realResiduals().length);
        assertEquals(NOISY.size(), result.fit().size());
    }

    @Test
    void cleanSpectrumIsReproducedAlmostExactly() {
        KramersKronigResult result = new LinearKramersKronig().test(CLEAN);
        assertTrue(result.valid());
        assertTrue(result.maxResidual() < 1e-3, "max residual " + result.maxResidual());
    }

    @Test
    void drift20PercentOverTheMeasurementFails() {
        // A 1 % noisy spectrum hides drift of a few percent; 20 % by the end of the sweep, mostly during the
        // slow last decade, leaves local residuals the KK model cannot absorb.
        KramersKronigResult result = new LinearKramersKronig().test(SyntheticSpectra.withDrift(NOISY, 0.2));
        assertFalse(result.valid(), "max residual " + result.maxResidual());
        int worst = 0;
        double[] real = result.realResiduals();
        double[] imaginary = result.imaginaryResiduals();
        for (int i = 1; i < real.length; i++) {
            if (Math.max(Math.abs(real[i]), Math.abs(imaginary[i]))
                    > Math.max(Math.abs(real[worst]), Math.abs(imaginary[worst]))) {
                worst = i;
            }
        }
        assertTrue(NOISY.frequency(worst) < 1, "the drift shows at the low-frequency end, worst at "
                + NOISY.frequency(worst) + " Hz");
    }

    @Test
    void theSearchStopsAtTheFirstMWhoseMuIsAtOrBelowTheCutoff() {
        KramersKronigResult automatic = new LinearKramersKronig().test(NOISY);
        int chosen = automatic.elementCount();
        assertTrue(automatic.mu() <= LinearKramersKronig.DEFAULT_MU_CUTOFF);
        for (int m = 2; m < chosen; m++) {
            assertTrue(new LinearKramersKronig().test(NOISY, m).mu() > LinearKramersKronig.DEFAULT_MU_CUTOFF,
                    "μ at M = " + m + " is above the cutoff, else the search would have stopped there");
        }
        assertEquals(automatic.maxResidual(), new LinearKramersKronig().test(NOISY, chosen).maxResidual(), 1e-12);
    }

    @Test
    void idealRcArcsAreNotStoppedByTheDipOfMuOnACoarseGrid() {
        // Debye arcs between grid points make μ dip below 0.85 already at M = 6 with ~12 % residuals; the search
        // starts at two elements per decade (7 decades: M = 14), where that dip is behind it.
        Spectrum debye = Circuit.parse("R0-p(R1,CPE1)-p(R2,C2)", 20, 100, 1e-6, 0.85, 250, 1e-4)
                .spectrum(SyntheticSpectra.SWEEP);
        assertFalse(new LinearKramersKronig().test(debye, 6).valid(), "the coarse grid cannot follow the arcs");
        KramersKronigResult automatic = new LinearKramersKronig().test(debye);
        assertTrue(automatic.elementCount() >= 14, "M = " + automatic.elementCount());
        assertTrue(automatic.valid(), "max residual " + automatic.maxResidual());
    }

    @Test
    void aChosenMOutsideTwoToThePointCountIsRefused() {
        SimulationException e = assertThrows(SimulationException.class,
                () -> new LinearKramersKronig().test(NOISY, NOISY.size() + 1));
        assertTrue(e.getMessage().contains("takes 2 to " + NOISY.size()), e.getMessage());
    }

    @Test
    void blockingElectrodeNeedsTheSeriesCapacitance() {
        // Ag|LLTO|Ag-like blocking cell: a bulk arc then a capacitive line down to the lowest frequency.
        Spectrum blocking = Circuit.parse("R0-p(R1,C1)-C2", 5, 1000, 1e-9, 1e-6)
                .spectrum(FrequencySweep.logarithmic(1e6, 0.1, 10));
        LinearKramersKronig withCapacitance = new LinearKramersKronig(LinearKramersKronig.DEFAULT_MU_CUTOFF,
                LinearKramersKronig.DEFAULT_MAX_ELEMENTS, LinearKramersKronig.DEFAULT_RESIDUAL_THRESHOLD, true);
        assertTrue(LinearKramersKronig.hasCapacitiveTail(blocking));
        assertFalse(new LinearKramersKronig().test(blocking).valid());
        KramersKronigResult result = withCapacitance.test(blocking);
        assertTrue(result.valid(), "max residual " + result.maxResidual());
    }

    @Test
    void tooShortSpectrumIsRejected() {
        Spectrum three = Spectrum.of(new double[] {1, 10, 100}, new double[] {1, 1, 1}, new double[3]);
        SimulationException e = assertThrows(SimulationException.class, () -> new LinearKramersKronig().test(three));
        assertTrue(e.getMessage().contains("at least 4 points"), e.getMessage());
    }

    @Test
    void zeroImpedanceIsRejected() {
        double[] zero = new double[5];
        double[] one = new double[5];
        Arrays.fill(one, 1);
        one[2] = 0;
        Spectrum withZero = Spectrum.of(new double[] {1, 2, 3, 4, 5}, one, zero);
        assertThrows(SimulationException.class, () -> new LinearKramersKronig().test(withZero));
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThrows(SimulationException.class, () -> new LinearKramersKronig(0, 50, 0.05, false));
        assertThrows(SimulationException.class, () -> new LinearKramersKronig(0.85, 1, 0.05, false));
        assertThrows(SimulationException.class, () -> new LinearKramersKronig(0.85, 50, Double.NaN, false));
    }
}
