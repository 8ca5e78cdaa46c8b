package org.interphase.sim.electrochem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.sim.SimulationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ButlerVolmerTest {

    private static final double T = 298.15;
    private static final double RT_F = ElectrochemConstants.GAS_CONSTANT * T / ElectrochemConstants.FARADAY;

    @Test
    void thermalVoltageAtRoomTemperatureIs25_69mV() {
        assertEquals(0.025693, ElectrochemConstants.thermalVoltage(T), 1e-6);
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.5", "0.3, 0.7", "0.8, 0.2"})
    void smallCurrentLimitIsOhmicWithChargeTransferResistance(double alphaA, double alphaC) {
        ButlerVolmer bv = new ButlerVolmer(10.0, alphaA, alphaC);
        double i = 1e-4; // i/i0 = 1e-5: linear regime, relative non-linearity ~1e-5
        double expected = RT_F * i / ((alphaA + alphaC) * 10.0);
        assertEquals(expected, bv.overpotential(i, T), expected * 1e-4);
        assertEquals(-expected, bv.overpotential(-i, T), expected * 1e-4);
        assertEquals(expected / i, bv.chargeTransferAreaResistance(T), expected / i * 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.5", "0.3, 0.7", "0.8, 0.2"})
    void largeCurrentsFollowTheTafelSlopeOfEachBranch(double alphaA, double alphaC) {
        ButlerVolmer bv = new ButlerVolmer(1.0, alphaA, alphaC);
        // One decade of current at i/i0 ≈ 1e4..1e5 costs ln(10)·RT/(αF); the back reaction is < 1e-6 there.
        double anodicSlope = bv.overpotential(1e5, T) - bv.overpotential(1e4, T);
        double cathodicSlope = bv.overpotential(-1e5, T) - bv.overpotential(-1e4, T);
        assertEquals(Math.log(10) * RT_F / alphaA, anodicSlope, 1e-6);
        assertEquals(-Math.log(10) * RT_F / alphaC, cathodicSlope, 1e-6);
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.5, 3.7", "0.3, 0.7, -120", "0.65, 0.4, 2500", "0.2, 0.9, -1e-3"})
    void overpotentialInvertsTheCurrentDensity(double alphaA, double alphaC, double i) {
        ButlerVolmer bv = new ButlerVolmer(2.0, alphaA, alphaC);
        double eta = bv.overpotential(i, T);
        assertEquals(Math.signum(i), Math.signum(eta));
        assertEquals(i, bv.currentDensity(eta, T), Math.abs(i) * 1e-10);
    }

    @Test
    void symmetricKineticsMatchTheClosedFormAsinh() {
        ButlerVolmer bv = ButlerVolmer.symmetric(0.5);
        double i = 7.0;
        // η = (2RT/F)·asinh(i/2i₀), with 2i₀ = 1 A/m² here.
        double asinh = Math.log(i + Math.sqrt(1 + i * i));
        assertEquals(2 * RT_F * asinh, bv.overpotential(i, T), 1e-12);
    }

    @Test
    void zeroCurrentNeedsNoOverpotential() {
        assertEquals(0.0, new ButlerVolmer(1.0, 0.4, 0.6).overpotential(0.0, T));
    }

    @Test
    void rejectsNonPhysicalParametersWithAClearMessage() {
        assertTrue(assertThrows(SimulationException.class, () -> ButlerVolmer.symmetric(0.0)).getMessage()
                .contains("exchange current density"));
        assertTrue(assertThrows(SimulationException.class, () -> new ButlerVolmer(1.0, 0.0, 0.5)).getMessage()
                .contains("anodic transfer coefficient"));
        assertThrows(SimulationException.class, () -> new ButlerVolmer(1.0, 0.5, 1.5));
        assertThrows(SimulationException.class, () -> ButlerVolmer.symmetric(1.0).overpotential(1.0, 0.0));
        assertThrows(SimulationException.class, () -> ButlerVolmer.symmetric(1.0).overpotential(Double.NaN, T));
    }
}
