package org.interphase.sim.impedance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

/** Analytic checks of the element formulas and of series/parallel composition. */
class ElementTypeTest {

    private static final double R = 250;
    private static final double C = 2e-6;
    private static final Circuit RC = Circuit.parse("p(R1,C1)", R, C);

    @Test
    void parallelRcArcHasDiameterR() {
        Spectrum arc = RC.spectrum(FrequencySweep.logarithmic(1e9, 1e-3, 20));
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double real : arc.realParts()) {
            max = Math.max(max, real);
            min = Math.min(min, real);
        }
        // The apex is at 318 Hz; over 5.5 decades either side Z' = R/(1 + (ωRC)²) gets within 1e-11 R of R and 0.
        assertEquals(R, max - min, 1e-9 * R);
    }

    @Test
    void parallelRcApexIsAtOmegaOneOverRc() {
        Complex apex = RC.impedance(1 / (R * C));
        assertEquals(R / 2, apex.getReal(), 1e-12 * R);
        assertEquals(-R / 2, apex.getImaginary(), 1e-12 * R);
        // The apex is the maximum of −Z'': slightly off 1/RC it is lower on both sides.
        assertTrue(-RC.impedance(1.01 / (R * C)).getImaginary() < R / 2);
        assertTrue(-RC.impedance(0.99 / (R * C)).getImaginary() < R / 2);
    }

    @Test
    void warburgIsAStraightLineAtMinus45Degrees() {
        Spectrum tail = Circuit.parse("W1", 30).spectrum(FrequencySweep.logarithmic(1e5, 1e-3, 5));
        for (double phase : tail.phasesDegrees()) {
            assertEquals(-45, phase, 0.01);
        }
        assertEquals(30 * Math.sqrt(2 / 4.0), Circuit.parse("W1", 30).impedance(4).norm(), 1e-12);
    }

    @Test
    void seriesAddsImpedances() {
        double omega = 1234;
        Complex r = Circuit.parse("R1", 10).impedance(omega);
        Complex l = Circuit.parse("L1", 1e-3).impedance(omega);
        Complex q = Circuit.parse("CPE1", 1e-5, 0.7).impedance(omega);
        Complex total = Circuit.parse("R1-L1-CPE1", 10, 1e-3, 1e-5, 0.7).impedance(omega);
        assertClose(r.add(l).add(q), total, 1e-12);
    }

    @Test
    void parallelAddsAdmittances() {
        double omega = 77;
        Complex a = Circuit.parse("R1-C1", 100, 1e-4).impedance(omega);
        Complex b = Circuit.parse("Wo1", 40, 2).impedance(omega);
        Complex c = Circuit.parse("L1", 0.5).impedance(omega);
        Complex expected = a.reciprocal().add(b.reciprocal()).add(c.reciprocal()).reciprocal();
        assertClose(expected, Circuit.parse("p(R1-C1,Wo1,L1)", 100, 1e-4, 40, 2, 0.5).impedance(omega), 1e-12);
    }

    @Test
    void cpeWithUnitExponentIsACapacitor() {
        for (double omega : new double[] {1e-2, 1, 1e3, 1e6}) {
            assertClose(Circuit.parse("C1", 3e-7).impedance(omega),
                    Circuit.parse("CPE1", 3e-7, 1.0).impedance(omega), 1e-12);
        }
    }

    @Test
    void inductorLeadsBy90Degrees() {
        assertClose(new Complex(0, 2e-6 * 1e6), Circuit.parse("L0", 2e-6).impedance(1e6), 1e-12);
    }

    @Test
    void finiteWarburgsReachTheirLowFrequencyLimits() {
        double z0 = 80;
        double tau = 4;
        double omega = 1e-7;
        // Transmissive: a resistance Z0. Reflective: Z0/3 in series with a capacitance τ/Z0.
        assertClose(new Complex(z0), Circuit.parse("Ws1", z0, tau).impedance(omega), 1e-6);
        Complex open = Circuit.parse("Wo1", z0, tau).impedance(omega);
        assertEquals(z0 / 3, open.getReal(), 1e-6 * z0);
        assertEquals(-z0 / (omega * tau), open.getImaginary(), 1e-6 * z0 / (omega * tau));
    }

    @Test
    void finiteWarburgsBecomeSemiInfiniteAtHighFrequency() {
        double z0 = 80;
        double tau = 4;
        double omega = 1e4;
        // For ωτ ≫ 1 both tend to Z0/√(jωτ), i.e. a Warburg with σ = Z0/√(2τ).
        Complex warburg = Circuit.parse("W1", z0 / Math.sqrt(2 * tau)).impedance(omega);
        assertClose(warburg, Circuit.parse("Wo1", z0, tau).impedance(omega), 1e-12);
        assertClose(warburg, Circuit.parse("Ws1", z0, tau).impedance(omega), 1e-12);
    }

    @Test
    void gerischerTendsToItsResistanceAndToMinus45Degrees() {
        Circuit gerischer = Circuit.parse("G1", 60, 0.01);
        assertClose(new Complex(60), gerischer.impedance(1e-6), 1e-8);
        assertEquals(-45, Math.toDegrees(gerischer.impedance(1e9).getArgument()), 0.01);
    }

    private static void assertClose(Complex expected, Complex actual, double relative) {
        double tolerance = relative * expected.norm();
        assertEquals(expected.getReal(), actual.getReal(), tolerance, "real part");
        assertEquals(expected.getImaginary(), actual.getImaginary(), tolerance, "imaginary part");
    }
}
