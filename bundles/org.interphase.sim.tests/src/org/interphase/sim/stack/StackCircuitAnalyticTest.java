package org.interphase.sim.stack;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.interphase.sim.stack.StackFixtures.ONE_CM2;
import static org.interphase.sim.stack.StackFixtures.PAPER_SWEEP;
import static org.interphase.sim.stack.StackFixtures.ROOM;
import static org.interphase.sim.stack.StackFixtures.apexFrequency;
import static org.interphase.sim.stack.StackFixtures.between;
import static org.interphase.sim.stack.StackFixtures.contact;
import static org.interphase.sim.stack.StackFixtures.material;
import static org.interphase.sim.stack.StackFixtures.si;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.hipparchus.complex.Complex;
import org.interphase.sim.electrochem.ElectrochemConstants;
import org.interphase.sim.impedance.Circuit;
import org.interphase.sim.impedance.Contribution;
import org.interphase.sim.impedance.Spectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stack circuit against closed forms: R = t/(σA), C = ε₀ε_r·A/t, R_ct = RT/(F·i₀·A), series rule. */
class StackCircuitAnalyticTest {

    /** 1e-4 S/cm. */
    private static final double SIGMA = 1e-2;
    private static final double EPS_R = 10;
    private static final LayerMaterial ELECTROLYTE = material("X", SIGMA, EPS_R);

    private static double apexOmega() {
        return SIGMA / (StackCircuitBuilder.VACUUM_PERMITTIVITY * EPS_R);
    }

    @ParameterizedTest(name = "t = {0} m, A = {1} m²")
    @CsvSource({"5e-4, 1e-4", "1e-3, 5e-5", "1e-7, 1e-6", "2e-3, 3e-4"})
    void singleLayerArcHasDiameterTOverSigmaAAndApexAtSigmaOverEpsilonWhateverTheGeometry(double t, double area) {
        Circuit circuit = StackCircuitBuilder.circuit(between(List.of(StackLayer.of("X", ELECTROLYTE, t)), area));
        double r = t / (SIGMA * area);
        // R ∥ C at ω = 1/(RC) = σ/(ε₀ε_r): Z = R/(1 + j) = R/2 − jR/2, the top of the semicircle.
        Complex apex = circuit.impedance(apexOmega());
        assertAll(
                () -> assertEquals(r / 2, apex.getReal(), 1e-9 * r),
                () -> assertEquals(-r / 2, apex.getImaginary(), 1e-9 * r),
                // Far below the apex the arc meets the real axis at its diameter R.
                () -> assertEquals(r, circuit.impedance(apexOmega() * 1e-6).getReal(), 1e-9 * r),
                () -> assertEquals(0, circuit.impedance(apexOmega() * 1e6).getReal(), 1e-9 * r));
    }

    @Test
    void theApexOfTheSimulatedSpectrumIsWithinOneSweepStepOfSigmaOverEpsilon() {
        // σ = 1e-7 S/m puts the apex at 180 Hz, inside [000]'s 1 Hz – 1 MHz sweep (10 points per decade).
        LayerMaterial slow = material("slow", 1e-7, EPS_R);
        Spectrum spectrum = StackCircuitBuilder.simulate(between(List.of(StackLayer.of("slow", slow, 1e-3)),
                ONE_CM2), PAPER_SWEEP).spectrum();
        double expectedHz = 1e-7 / (StackCircuitBuilder.VACUUM_PERMITTIVITY * EPS_R) / (2 * Math.PI);
        assertEquals(Math.log10(expectedHz), Math.log10(apexFrequency(spectrum)), 0.1);
    }

    @Test
    void twoLayersInSeriesAddTheirImpedancesAndContributions() {
        StackLayer a = StackLayer.of("A", ELECTROLYTE, 1e-3);
        StackLayer b = StackLayer.of("B", material("B", 1e-5, 4), 2e-6);
        Circuit both = StackCircuitBuilder.circuit(between(List.of(a, b), ONE_CM2));
        Circuit onlyA = StackCircuitBuilder.circuit(between(List.of(a), ONE_CM2));
        Circuit onlyB = StackCircuitBuilder.circuit(between(List.of(b), ONE_CM2));
        for (double omega : new double[] {1, 1e3, 1e6, 1e9}) {
            Complex expected = onlyA.impedance(omega).add(onlyB.impedance(omega));
            Complex actual = both.impedance(omega);
            assertEquals(expected.getReal(), actual.getReal(), 1e-12 * expected.norm());
            assertEquals(expected.getImaginary(), actual.getImaginary(), 1e-12 * expected.norm());
            List<Contribution> parts = both.contributions(omega);
            assertEquals(List.of("A", "B"), parts.stream().map(Contribution::label).toList());
            assertEquals(onlyB.impedance(omega).getReal(), parts.get(1).impedance().getReal(),
                    1e-12 * expected.norm());
        }
    }

    @Test
    void layerResistanceFollowsArrheniusFrom25To60Celsius() {
        LayerMaterial activated = new LayerMaterial("Y", Arrhenius.of("σ of Y", SIGMA, ROOM, si(0.3, "eV")), EPS_R);
        StackLayer layer = StackLayer.of("Y", activated, 1e-3);
        double cold = StackCircuitBuilder.simulate(between(List.of(layer), ONE_CM2), PAPER_SWEEP).ohmicResistance();
        double hot = StackCircuitBuilder.simulate(new CellStack(Electrode.nonBlocking("Li"), List.of(layer),
                Electrode.nonBlocking("Li"), ONE_CM2, si(60, "°C")), PAPER_SWEEP).ohmicResistance();
        assertEquals(1e-3 / (SIGMA * ONE_CM2), cold, 1e-9 * cold);
        // exp(0.3 eV/k_B · (1/298.15 K − 1/333.15 K)) = 3.41 (see ArrheniusTest).
        assertEquals(Math.exp(0.3 / 8.617333262e-5 * (1 / 298.15 - 1 / 333.15)), cold / hot, 1e-6);
    }

    @Test
    void polycrystallineLayerWithGrainBoundaryDataGetsABrickLayerArcOfItsOwn() {
        GrainBoundary gb = new GrainBoundary(Arrhenius.atOneTemperature("σ_gb", 2e-3, ROOM), 9e-6, 5e-9);
        LayerMaterial ceramic = new LayerMaterial("LATP", Arrhenius.atOneTemperature("σ", 7e-2, ROOM), 20,
                Optional.of(gb));
        double t = 1e-3;
        StackImpedance poly = StackCircuitBuilder.simulate(between(List.of(StackLayer.polycrystalline("LATP",
                ceramic, t)), ONE_CM2), PAPER_SWEEP);
        StackContribution bulk = poly.contribution("LATP bulk");
        StackContribution boundary = poly.contribution("LATP grain boundary");
        double cBulk = StackCircuitBuilder.VACUUM_PERMITTIVITY * 20 * ONE_CM2 / t;
        assertAll(
                () -> assertEquals(t / (7e-2 * ONE_CM2), bulk.resistance(), 1e-9 * bulk.resistance()),
                () -> assertEquals(ContributionKind.GRAIN_BOUNDARY, boundary.kind()),
                () -> assertEquals(t / (2e-3 * ONE_CM2), boundary.resistance(), 1e-9 * boundary.resistance()),
                // C_gb = C_bulk·d/δ = 1800 C_bulk: the boundary arc has its apex at 1/(R_gb·C_gb).
                () -> assertEquals(boundary.resistance() / 2, poly.circuit().seriesParts().get(1)
                        .impedance(1 / (boundary.resistance() * cBulk * 1800)).getReal(), 1e-9 * boundary.resistance()),
                () -> assertEquals(bulk.resistance() + boundary.resistance(), poly.ohmicResistance(), 1e-9));
        // The same material as a dense layer: grains only, one arc labelled with the layer.
        StackImpedance dense = StackCircuitBuilder.simulate(between(List.of(StackLayer.of("LATP", ceramic, t)),
                ONE_CM2), PAPER_SWEEP);
        assertEquals(List.of("LATP"), dense.contributions().stream().map(StackContribution::label).toList());
    }

    @Test
    void chargeTransferResistanceIsRtOverFI0A() {
        double i0 = si(0.1, "mA/cm2");
        StackImpedance cell = StackCircuitBuilder.simulate(between(List.of(contact("Li|X", i0),
                StackLayer.of("X", ELECTROLYTE, 1e-3), contact("X|Li", i0)), ONE_CM2), PAPER_SWEEP);
        // RT/F = 25.69 mV at 25 °C; i0·A = 100 µA: R_ct = 256.9 Ω per interface.
        double rct = ElectrochemConstants.thermalVoltage(ROOM) / (i0 * ONE_CM2);
        assertEquals(256.93, rct, 0.01);
        assertEquals(2 * rct, cell.chargeTransferResistance(), 1e-9 * rct);
        assertEquals(ContributionKind.CHARGE_TRANSFER, cell.contribution("Li|X charge transfer").kind());
        assertEquals(cell.ohmicResistance() + 2 * rct, cell.totalResistance(), 1e-9 * rct);
    }

    @Test
    void areaSpecificResistanceAndExchangeCurrentDescribeTheSameContact() {
        double asr = si(250, "Ω cm2");
        StackInterface fromAsr = StackInterface.withAreaSpecificResistance("Li|X", asr, ROOM, OptionalDouble.empty(),
                si(10, "µF/cm2"));
        StackImpedance cell = StackCircuitBuilder.simulate(between(List.of(fromAsr, StackLayer.of("X", ELECTROLYTE,
                1e-3)), ONE_CM2), PAPER_SWEEP);
        assertEquals(asr / ONE_CM2, cell.chargeTransferResistance(), 1e-9 * asr / ONE_CM2);
    }

    @Test
    void cpeExponentDepressesTheArcButKeepsItsApexFrequency() {
        double alpha = 0.8;
        double t = 1e-3;
        Circuit circuit = StackCircuitBuilder.circuit(between(List.of(StackLayer.of("X", ELECTROLYTE, t)
                .withCpeExponent(alpha)), ONE_CM2));
        double r = t / (SIGMA * ONE_CM2);
        // R ∥ CPE with Q = C^α R^(α−1): at ω = 1/(RC), Z = R/(1 + j^α), the top of the depressed arc.
        Complex expected = new Complex(r).divide(Complex.ONE.add(Complex.I.pow(alpha)));
        Complex actual = circuit.impedance(apexOmega());
        assertEquals(expected.getReal(), actual.getReal(), 1e-9 * r);
        assertEquals(expected.getImaginary(), actual.getImaginary(), 1e-9 * r);
        assertTrue(circuit.toString().contains("CPE1"), circuit::toString);
    }

    @Test
    void blockingElectrodesGiveACapacitiveTailAndNonBlockingOnesNone() {
        StackLayer layer = StackLayer.of("X", ELECTROLYTE, 1e-3);
        double cdl = si(10, "µF/cm2");
        CellStack blocked = new CellStack(Electrode.blocking("SS"), List.of(StackInterface.blocking("SS|X", cdl), layer,
                StackInterface.blocking("X|SS", cdl)), Electrode.blocking("SS"), ONE_CM2, ROOM);
        CellStack open = between(List.of(contact("Li|X", 1), layer, contact("X|Li", 1)), ONE_CM2);
        Circuit blocking = StackCircuitBuilder.circuit(blocked);
        Circuit nonBlocking = StackCircuitBuilder.circuit(open);
        double low = 2 * Math.PI * 1e-3;
        // Blocking: −Z'' ∝ 1/ω (two double layers in series, C_dl·A/2), phase → −90°.
        double tail = -blocking.impedance(low).getImaginary();
        assertEquals(2 / (low * cdl * ONE_CM2), tail, 1e-3 * tail);
        assertEquals(10, -blocking.impedance(low / 10).getImaginary() / tail, 1e-3);
        assertEquals(ContributionKind.DOUBLE_LAYER, StackCircuitBuilder.simulate(blocked, PAPER_SWEEP)
                .contribution("SS|X double layer").kind());
        // Non-blocking: the spectrum closes on the real axis at the total resistance.
        StackImpedance closed = StackCircuitBuilder.simulate(open, PAPER_SWEEP);
        Complex z = nonBlocking.impedance(low);
        assertTrue(-z.getImaginary() < 1e-3 * z.getReal(), z::toString);
        assertEquals(closed.totalResistance(), z.getReal(), 1e-6 * z.getReal());
    }

    @Test
    void intercalatingElectrodeAddsAFiniteLengthWarburgTail() {
        // LFP-like film: D = 1e-14 m²/s over 1 µm gives τ = L²/D = 100 s.
        FiniteDiffusion diffusion = new FiniteDiffusion(1e-14, 1e-6, si(50, "Ω cm2"));
        CellStack cell = new CellStack(Electrode.intercalating("LFP", diffusion), List.of(contact("LFP|X", 1),
                StackLayer.of("X", ELECTROLYTE, 1e-3), contact("X|Li", 1)), Electrode.nonBlocking("Li"), ONE_CM2,
                ROOM);
        StackImpedance result = StackCircuitBuilder.simulate(cell, PAPER_SWEEP);
        StackContribution warburg = result.contribution("LFP diffusion");
        assertEquals(ContributionKind.DIFFUSION, warburg.kind());
        assertEquals(si(50, "Ω cm2") / ONE_CM2, warburg.resistance(), 1e-9);
        assertEquals(100, result.circuit().parameterValue("Wo1_tau"), 1e-9);
        // Below 1/τ the reflective Warburg is a capacitor: −Z'' grows tenfold per decade down.
        Circuit circuit = result.circuit();
        double low = 1e-5;
        assertEquals(10, circuit.impedance(low / 10).getImaginary() / circuit.impedance(low).getImaginary(), 0.01);
        // Its real part tends to Z0/3 on top of the resistances of the layers and interfaces.
        assertEquals(result.totalResistance() + warburg.resistance() / 3, circuit.impedance(low).getReal(),
                1e-3 * warburg.resistance());
    }
}
