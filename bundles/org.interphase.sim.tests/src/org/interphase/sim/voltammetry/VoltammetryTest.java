package org.interphase.sim.voltammetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.sim.SimulationException;
import org.interphase.sim.electrochem.ElectrochemConstants;
import org.junit.jupiter.api.Test;

/** Voltammograms against the closed form of Butler–Volmer kinetics with α = 0.5 behind an ohmic drop. */
class VoltammetryTest {

    private static final double ROOM = 298.15;
    /** 10 µA/cm², the onset threshold. */
    private static final double THRESHOLD = 0.1;
    /** 1 µA/cm². */
    private static final double I0 = 0.01;
    /** 625 Ω cm²: 1 mm at 1.6e-4 S/cm. */
    private static final double ASR = 625e-4;
    /** 10 µF/cm². */
    private static final double CDL = 0.1;
    /** 0.1 mV/s. */
    private static final double RATE = 1e-4;

    private static VoltammetryInput sweep(double limit, boolean cyclic) {
        return new VoltammetryInput("LATP", 3, 6, RATE, cyclic, limit, I0, 0.5, ROOM, ASR, CDL, THRESHOLD, 1e-3);
    }

    /** E_on = E_ox + i_th·RA + (2/f)·asinh((i_th − i_C)/(2 i₀)), exact for α = 0.5. */
    private static double analyticOnset(double limit) {
        double f = 1 / ElectrochemConstants.thermalVoltage(ROOM);
        double faradaic = THRESHOLD - CDL * RATE;
        return limit + THRESHOLD * ASR + 2 / f * asinh(faradaic / (2 * I0));
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    @Test
    void onsetLiesWhereButlerVolmerBehindTheOhmicDropReachesTheThreshold() {
        VoltammetryResult result = Voltammetry.run(sweep(4.4, false));
        assertEquals(analyticOnset(4.4), result.onsetPotential().orElseThrow(), 1e-5);
        // 4.4 V + 6 mV ohmic + 119 mV kinetic
        assertEquals(4.525, result.onsetPotential().orElseThrow(), 0.001);
    }

    @Test
    void aWiderWindowShiftsTheOnsetByTheDifferenceOfTheLimits() {
        double bare = Voltammetry.run(sweep(4.4, false)).onsetPotential().orElseThrow();
        double coated = Voltammetry.run(sweep(5.0, false)).onsetPotential().orElseThrow();
        assertEquals(0.6, coated - bare, 1e-5);
    }

    @Test
    void slowerKineticsMoveTheOnsetUp() {
        VoltammetryInput slow = new VoltammetryInput("LATP", 3, 6, RATE, false, 4.4, I0 / 100, 0.5, ROOM, ASR, CDL,
                THRESHOLD, 1e-3);
        double shift = Voltammetry.run(slow).onsetPotential().orElseThrow()
                - Voltammetry.run(sweep(4.4, false)).onsetPotential().orElseThrow();
        // Deep in the Tafel regime, 100-fold lower i₀ costs ln(100)/(α f) = 237 mV.
        assertEquals(Math.log(100) / (0.5 / ElectrochemConstants.thermalVoltage(ROOM)), shift, 0.01);
    }

    @Test
    void insideTheWindowOnlyTheDoubleLayerCharges() {
        VoltammetryResult cv = Voltammetry.run(sweep(4.4, true));
        double[] potential = cv.potential();
        double[] current = cv.currentDensity();
        assertEquals(3, potential[0], 1e-12);
        assertEquals(3, potential[potential.length - 1], 1e-9);
        assertEquals(6, potential[3000], 1e-9);
        assertEquals(CDL * RATE, current[500], 1e-18, "forward sweep at 3.5 V");
        assertEquals(-CDL * RATE, current[potential.length - 500], 1e-18, "return sweep at 3.5 V");
        assertEquals(2 * 3 / RATE, cv.time()[potential.length - 1], 1e-6);
        assertTrue(current[3000] > 1, "oxidation at 6 V, far beyond the window");
    }

    @Test
    void aSweepThatNeverReachesTheThresholdHasNoOnset() {
        assertTrue(Voltammetry.run(sweep(6.5, false)).onsetPotential().isEmpty());
    }

    @Test
    void aDownwardSweepIsRefused() {
        assertThrows(SimulationException.class, () -> new VoltammetryInput("LATP", 6, 3, RATE, false, 4.4, I0, 0.5,
                ROOM, ASR, CDL, THRESHOLD, 1e-3));
    }
}
