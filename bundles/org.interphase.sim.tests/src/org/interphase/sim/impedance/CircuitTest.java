package org.interphase.sim.impedance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hipparchus.complex.Complex;
import org.interphase.sim.SimulationException;
import org.junit.jupiter.api.Test;

/** Parameters, contributions and the numerical limits of {@link Circuit}. */
class CircuitTest {

    @Test
    void parameterOrderFollowsTheCircuitString() {
        Circuit circuit = Circuit.parse("R0-p(R1,CPE1)-Wo1", 10, 100, 1e-6, 0.8, 50, 2);
        assertEquals(List.of("R0", "R1", "CPE1_Q", "CPE1_alpha", "Wo1_Z0", "Wo1_tau"),
                circuit.parameters().stream().map(Parameter::name).toList());
        assertEquals(List.of("Ω", "Ω", "S·s^α", "1", "Ω", "s"),
                circuit.parameters().stream().map(Parameter::unit).toList());
        assertEquals(0.8, circuit.parameterValue("CPE1_alpha"));
        assertEquals(List.of("G2_R", "G2_tau", "Ws3_Z0", "Ws3_tau", "L4", "C5"),
                Circuit.parametersOf(CircuitParser.parse("p(G2,Ws3)-L4-C5")).stream().map(Parameter::name).toList());
    }

    @Test
    void wrongParameterCountIsRejectedWithTheNames() {
        SimulationException e = assertThrows(SimulationException.class, () -> Circuit.parse("R0-p(R1,C1)", 10, 100));
        assertTrue(e.getMessage().contains("3 parameters [R0, R1, C1] but 2 values"), e.getMessage());
    }

    @Test
    void valuesOutsideTheirRangeAreRejected() {
        SimulationException alpha = assertThrows(SimulationException.class,
                () -> Circuit.parse("CPE1", 1e-6, 1.2));
        assertTrue(alpha.getMessage().contains("CPE1_alpha = 1.2") && alpha.getMessage().contains("(0, 1.0]"),
                alpha.getMessage());
        assertThrows(SimulationException.class, () -> Circuit.parse("R1", 0.0));
        assertThrows(SimulationException.class, () -> Circuit.parse("R1", -5.0));
        assertThrows(SimulationException.class, () -> Circuit.parse("R1", Double.NaN));
        assertThrows(SimulationException.class, () -> Circuit.parse("C1", Double.POSITIVE_INFINITY));
    }

    @Test
    void unknownParameterNameIsRejected() {
        SimulationException e = assertThrows(SimulationException.class,
                () -> Circuit.parse("R0", 5).parameterValue("R1"));
        assertTrue(e.getMessage().contains("[R0]"), e.getMessage());
    }

    @Test
    void contributionsOfLabelledLayersSumToTheTotal() {
        CircuitNode cell = new Series(List.of(new Element(ElementType.R, "0").withLabel("contacts"),
                new Parallel(new Element(ElementType.R, "1"), new Element(ElementType.C, "1")).withLabel("LATP bulk"),
                new Series(new Element(ElementType.R, "2"),
                        new Parallel(new Element(ElementType.R, "3"), new Element(ElementType.CPE, "3")))
                        .withLabel("Li|LATP interface")), "");
        Circuit circuit = Circuit.of(cell, 5, 200, 1e-9, 20, 300, 1e-5, 0.85);
        assertEquals("R0-p(R1,C1)-R2-p(R3,CPE3)", circuit.toString());
        double omega = 500;
        List<Contribution> parts = circuit.contributions(omega);
        assertEquals(List.of("contacts", "LATP bulk", "Li|LATP interface"), parts.stream().map(Contribution::label).toList());
        Complex sum = parts.stream().map(Contribution::impedance).reduce(Complex.ZERO, Complex::add);
        Complex total = circuit.impedance(omega);
        assertEquals(total.getReal(), sum.getReal(), 1e-12 * total.norm());
        assertEquals(total.getImaginary(), sum.getImaginary(), 1e-12 * total.norm());
        assertArrayEquals(new double[] {20, 300, 1e-5, 0.85}, circuit.seriesParts().get(2).parameterValues());
    }

    @Test
    void unlabelledPartsAreNamedByTheirCircuitString() {
        List<Contribution> parts = Circuit.parse("R0-p(R1,C1)", 1, 2, 3e-3).contributions(10);
        assertEquals(List.of("R0", "p(R1,C1)"), parts.stream().map(Contribution::label).toList());
        assertEquals(List.of("R0"), Circuit.parse("R0", 1).contributions(10).stream().map(Contribution::label).toList());
    }

    @Test
    void duplicateElementNamesInABuiltTreeAreRejected() {
        CircuitNode twice = new Series(new Element(ElementType.R, "1"), new Element(ElementType.R, "1"));
        assertThrows(SimulationException.class, () -> Circuit.of(twice, 1, 2));
    }

    @Test
    void nonDigitIndexIsRejected() {
        assertThrows(SimulationException.class, () -> new Element(ElementType.R, "ct"));
    }

    @Test
    void capacitorAtVeryLowFrequencyIsLargeButFinite() {
        // 1/(ωC) = 1e18 Ω at ω = 1e-12 rad/s: representable, so it is returned.
        assertEquals(-1e18, Circuit.parse("C1", 1e-6).impedance(1e-12).getImaginary(), 1e6);
    }

    @Test
    void capacitorWhoseImpedanceOverflowsRaisesInsteadOfReturningInfinity() {
        SimulationException e = assertThrows(SimulationException.class,
                () -> Circuit.parse("C1", 1e-6).impedance(1e-310));
        assertTrue(e.getMessage().contains("overflows"), e.getMessage());
    }

    @Test
    void overflowingBranchOfAParallelGroupCarriesNoCurrent() {
        // The physical limit of R∥C at ω → 0 is R; the capacitor branch is open.
        Complex z = Circuit.parse("p(R1,C1)", 250, 1e-6).impedance(1e-310);
        assertEquals(250, z.getReal(), 1e-12);
        assertEquals(0, z.getImaginary(), 1e-12);
    }

    @Test
    void finiteWarburgStaysFiniteOverTwentyDecades() {
        Circuit circuit = Circuit.parse("Wo1-Ws2-G3", 10, 1e3, 10, 1e-9, 10, 1);
        for (double omega = 1e-8; omega < 1e13; omega *= 10) {
            Complex z = circuit.impedance(omega);
            assertTrue(Double.isFinite(z.getReal()) && Double.isFinite(z.getImaginary()), "ω = " + omega);
        }
    }

    @Test
    void invalidAngularFrequencyIsRejected() {
        Circuit r = Circuit.parse("R0", 1);
        assertThrows(SimulationException.class, () -> r.impedance(0));
        assertThrows(SimulationException.class, () -> r.impedance(-1));
        assertThrows(SimulationException.class, () -> r.impedance(Double.NaN));
        assertThrows(SimulationException.class, () -> r.impedance(Double.POSITIVE_INFINITY));
    }

    @Test
    void vectorisedImpedanceMatchesPointwise() {
        Circuit circuit = Circuit.parse("R0-p(R1,CPE1)", 5, 50, 1e-5, 0.9);
        double[] omegas = {1, 10, 100};
        Complex[] z = circuit.impedance(omegas);
        for (int i = 0; i < omegas.length; i++) {
            assertEquals(circuit.impedance(omegas[i]), z[i]);
        }
        assertEquals(circuit.impedance(2 * Math.PI * 100), circuit.spectrum(100, 10).impedance(0));
    }
}
