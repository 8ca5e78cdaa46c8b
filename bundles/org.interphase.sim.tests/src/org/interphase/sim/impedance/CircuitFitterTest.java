package org.interphase.sim.impedance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.interphase.sim.SimulationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Complex non-linear least-squares fits of {@link CircuitFitter}. */
class CircuitFitterTest {

    private static final Circuit TRUTH = SyntheticSpectra.FIVE_ELEMENTS;
    private static final Spectrum NOISY = SyntheticSpectra.withNoise(TRUTH.spectrum(SyntheticSpectra.SWEEP), 0.01, 42);

    /** Every parameter a factor 2 off the truth, alternately up and down (α from 0.9 to 0.45). */
    private static Circuit guessOffByFactorTwo() {
        double[] values = TRUTH.parameterValues();
        for (int i = 0; i < values.length; i++) {
            values[i] *= i % 2 == 0 ? 2 : 0.5;
        }
        return TRUTH.withParameterValues(values);
    }

    @Test
    void recoversEveryParameterWithinTwoPercentFromOnePercentNoise() {
        FitResult result = new CircuitFitter().fit(guessOffByFactorTwo(), NOISY);
        double[] truth = TRUTH.parameterValues();
        for (int i = 0; i < truth.length; i++) {
            FittedParameter fitted = result.parameters().get(i);
            assertEquals(truth[i], fitted.value(), 0.02 * truth[i], fitted.name());
            // The standard error is an honest error bar: the truth lies within four of them.
            assertEquals(truth[i], fitted.value(), 4 * fitted.standardError().orElseThrow(), fitted.name());
        }
        // With modulus weighting the residual RMS estimates the per-component noise, 1 %/√2.
        assertEquals(0.01 / Math.sqrt(2), result.residualRms(), 0.002);
        assertEquals(result.chiSquare() / (2 * NOISY.size() - truth.length), result.reducedChiSquare(), 1e-15);
        assertTrue(result.iterations() > 0 && result.iterations() < 100, "iterations " + result.iterations());
        assertEquals(TRUTH.toString(), result.circuit().toString());
    }

    @ParameterizedTest
    @EnumSource(Weighting.class)
    void everyWeightingFindsTheExactParametersOfCleanData(Weighting weighting) {
        FitResult result = new CircuitFitter(weighting, CircuitFitter.DEFAULT_MAX_ITERATIONS)
                .fit(guessOffByFactorTwo(), TRUTH.spectrum(SyntheticSpectra.SWEEP));
        double[] truth = TRUTH.parameterValues();
        double[] fitted = result.circuit().parameterValues();
        for (int i = 0; i < truth.length; i++) {
            assertEquals(truth[i], fitted[i], 1e-6 * truth[i], result.parameters().get(i).name());
        }
        assertEquals(weighting, result.weighting());
    }

    @Test
    void exponentIsKeptWithinItsBound() {
        // Data of an ideal capacitor fitted with a CPE: the optimum sits on the bound α = 1.
        Circuit truth = Circuit.parse("R0-p(R1,CPE1)", 10, 100, 1e-6, 1.0);
        FitResult result = new CircuitFitter().fit(truth.withParameterValues(20, 50, 3e-6, 0.7),
                truth.spectrum(FrequencySweep.logarithmic(1e6, 1, 10)));
        assertEquals(1.0, result.circuit().parameterValue("CPE1_alpha"), 1e-6);
        assertTrue(result.circuit().parameterValue("CPE1_alpha") <= 1.0);
    }

    @Test
    void unidentifiableParametersHaveNoStandardError() {
        // Two resistors in series: only their sum is determined by the data.
        Circuit twoResistors = Circuit.parse("R1-R2", 30, 70);
        FitResult result = new CircuitFitter().fit(twoResistors.withParameterValues(40, 40),
                twoResistors.spectrum(1, 10, 100));
        assertEquals(100, result.circuit().parameterValue("R1") + result.circuit().parameterValue("R2"), 1e-6);
        assertTrue(result.parameters().stream().allMatch(p -> p.standardError().isEmpty()),
                result.parameters().toString());
    }

    @Test
    void fewerPointsThanParametersIsRejected() {
        Spectrum five = TRUTH.spectrum(Arrays.copyOf(SyntheticSpectra.SWEEP, 5));
        SimulationException e = assertThrows(SimulationException.class, () -> new CircuitFitter().fit(TRUTH, five));
        assertTrue(e.getMessage().contains("5 points but circuit 'R0-p(R1,C1)-p(R2,CPE2)' has 6 parameters"),
                e.getMessage());
    }

    @Test
    void iterationLimitGivesAClearException() {
        SimulationException e = assertThrows(SimulationException.class,
                () -> new CircuitFitter(Weighting.MODULUS, 1).fit(guessOffByFactorTwo(), NOISY));
        assertTrue(e.getMessage().contains("did not converge within 1 iterations"), e.getMessage());
    }

    @Test
    void zeroImpedanceCannotBeWeightedByItsModulus() {
        Spectrum withZero = Spectrum.of(new double[] {1, 2, 3}, new double[] {0, 1, 1}, new double[3]);
        assertThrows(SimulationException.class, () -> new CircuitFitter().fit(Circuit.parse("R0", 1), withZero));
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThrows(SimulationException.class, () -> new CircuitFitter(Weighting.UNIT, 0));
        assertThrows(SimulationException.class, () -> new CircuitFitter(null, 10));
    }
}
