package org.interphase.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.interphase.sim.impedance.DrtPeak;
import org.interphase.sim.impedance.DrtResult;
import org.interphase.sim.impedance.FitConstraints;
import org.interphase.sim.impedance.FittedParameter;
import org.interphase.sim.impedance.KramersKronigResult;
import org.interphase.sim.impedance.Spectrum;
import org.junit.jupiter.api.Test;

/** Issue 15's acceptance on {@link AcceptanceSpectrum}, through the service the IDE, CLI and runs use. */
class ImpedanceAnalysisTest {

    private static final Spectrum NOISY = AcceptanceSpectrum.noisy(15);

    /** Every true value ×1.3 or ×0.8 alternately, both α 0.8: a start a user reads off a Nyquist plot. */
    static List<Double> offStart() {
        double[] truth = AcceptanceSpectrum.TRUTH;
        Double[] start = new Double[truth.length];
        for (int i = 0; i < truth.length; i++) {
            start[i] = i == 3 || i == 6 ? 0.8 : truth[i] * (i % 2 == 0 ? 1.3 : 0.8);
        }
        return List.of(start);
    }

    @Test
    void theFitRecoversEveryParameterWithinTwoPercent() throws Exception {
        CircuitFitOutcome outcome = ImpedanceAnalysis.fit(NOISY, new FitRequest(AcceptanceSpectrum.CIRCUIT, offStart(),
                Map.of(), FitConstraints.NONE));
        List<FittedParameter> fitted = outcome.fit().parameters();
        for (int i = 0; i < fitted.size(); i++) {
            double truth = AcceptanceSpectrum.TRUTH[i];
            assertEquals(truth, fitted.get(i).value(), 0.02 * truth, fitted.get(i).name());
            assertTrue(fitted.get(i).standardError().isPresent(), fitted.get(i).name() + " has a standard error");
        }
        assertEquals(0.01 / Math.sqrt(2), outcome.fit().residualRms(), 0.003, "the residuals are the noise");
    }

    @Test
    void theSameCircuitInBoukampNotationWithoutStartingValuesFitsToo() throws Exception {
        // R(RQ)(RQ) is impedance.py's R0-p(R1,CPE2)-p(R3,CPE4); the Warburg is left out, so fit the two arcs alone.
        Spectrum arcs = org.interphase.sim.impedance.Circuit.parse("R0-p(R1,CPE1)-p(R2,CPE2)",
                Arrays.copyOf(AcceptanceSpectrum.TRUTH, 7)).spectrum(NOISY.frequencies());
        CircuitFitOutcome outcome = ImpedanceAnalysis.fit(arcs, FitRequest.of("R(RQ)(RQ)"));
        assertEquals("R0-p(R1,CPE2)-p(R3,CPE4)", outcome.circuitString());
        assertEquals(AcceptanceSpectrum.R2, outcome.fit().circuit().parameterValue("R3"), 0.02 * AcceptanceSpectrum.R2);
        assertEquals(AcceptanceSpectrum.R1, outcome.fit().circuit().parameterValue("R1"), 0.02 * AcceptanceSpectrum.R1);
    }

    @Test
    void aFixedValueStaysAndBoundsHold() throws Exception {
        FitConstraints constraints = new FitConstraints(Map.of("Wo1_tau", 10.0),
                Map.of("CPE1_alpha", new FitConstraints.Bounds(0.5, 0.88)),
                List.of(new FitConstraints.FrequencyBounds("CPE2", 1, 5)));
        CircuitFitOutcome outcome = ImpedanceAnalysis.fit(NOISY, new FitRequest(AcceptanceSpectrum.CIRCUIT, offStart(),
                Map.of(), constraints));
        var circuit = outcome.fit().circuit();
        assertEquals(10.0, circuit.parameterValue("Wo1_tau"));
        assertTrue(outcome.fit().parameters().get(8).fixed());
        assertTrue(circuit.parameterValue("CPE1_alpha") <= 0.88 + 1e-12);
        // The true arc is at 1/(2π·1 ms) = 160 Hz; bounded to 1..5 Hz it ends on the bound.
        double tau = Math.pow(circuit.parameterValue("R2") * circuit.parameterValue("CPE2_Q"),
                1 / circuit.parameterValue("CPE2_alpha"));
        double frequency = 1 / (2 * Math.PI * tau);
        assertTrue(frequency >= 1 - 1e-6 && frequency <= 5 + 1e-6, frequency + " Hz");
    }

    @Test
    void kramersKronigPassesTheCleanSpectrumAndFlagsDrift() throws Exception {
        KramersKronigResult clean = ImpedanceAnalysis.kramersKronig(NOISY, OptionalInt.empty());
        assertTrue(clean.valid(), "max residual " + clean.maxResidual() + " at M = " + clean.elementCount());
        KramersKronigResult drifting = ImpedanceAnalysis.kramersKronig(AcceptanceSpectrum.drifting(NOISY, 0.2),
                OptionalInt.empty());
        assertFalse(drifting.valid(), "max residual " + drifting.maxResidual());
        assertEquals(12, ImpedanceAnalysis.kramersKronig(NOISY, OptionalInt.of(12)).elementCount());
    }

    @Test
    void theDrtFindsBothArcsWithTheirTimeConstantsAndResistances() throws Exception {
        DrtResult drt = ImpedanceAnalysis.drt(NOISY, OptionalDouble.empty());
        assertTrue(drt.lambdaRule().startsWith("discrepancy"), drt.lambdaRule());
        DrtPeak first = peakNear(drt, AcceptanceSpectrum.TAU1);
        DrtPeak second = peakNear(drt, AcceptanceSpectrum.TAU2);
        assertEquals(AcceptanceSpectrum.TAU1, first.tau(), 0.1 * AcceptanceSpectrum.TAU1, drt.peaks().toString());
        assertEquals(AcceptanceSpectrum.TAU2, second.tau(), 0.1 * AcceptanceSpectrum.TAU2, drt.peaks().toString());
        assertEquals(AcceptanceSpectrum.R1, first.resistance(), 0.1 * AcceptanceSpectrum.R1, drt.peaks().toString());
        assertEquals(AcceptanceSpectrum.R2, second.resistance(), 0.1 * AcceptanceSpectrum.R2, drt.peaks().toString());
    }

    @Test
    void aCircuitErrorNamesItsColumn() {
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> ImpedanceAnalysis.fit(NOISY, FitRequest.of("R0-p(R1,CPX1)")));
        assertTrue(e.getMessage().contains("column 9"), e.getMessage());
        AnalysisException cdc = assertThrows(AnalysisException.class,
                () -> ImpedanceAnalysis.fit(NOISY, FitRequest.of("R(RQ(RC)")));
        assertTrue(cdc.getMessage().contains("column 2"), cdc.getMessage());
    }

    private static DrtPeak peakNear(DrtResult drt, double tau) {
        return drt.peaks().stream().min((a, b) -> Double.compare(Math.abs(Math.log(a.tau() / tau)),
                Math.abs(Math.log(b.tau() / tau)))).orElseThrow(() -> new AssertionError("no peak"));
    }
}
