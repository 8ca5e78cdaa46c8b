package org.interphase.sim.electrochem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.sim.SimulationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InterphaseGrowthLawTest {

    private static final double HOUR = 3600;

    @Test
    void parabolicThicknessIsRootOfInitialSquarePlusTwoKt() {
        ParabolicGrowth law = new ParabolicGrowth(4e-19);
        double l0 = 100e-9;
        double t = 40 * HOUR;
        assertEquals(Math.sqrt(l0 * l0 + 2 * 4e-19 * t), law.advance(l0, t, 1.0), 1e-18);
        // Doubling the time from L0 = 0 multiplies the thickness by √2: the signature of diffusion control.
        assertEquals(Math.sqrt(2), law.advance(0, 2 * t, 1) / law.advance(0, t, 1), 1e-12);
    }

    @Test
    void linearThicknessGrowsAtConstantVelocity() {
        LinearGrowth law = new LinearGrowth(1e-12);
        assertEquals(5e-9 + 1e-12 * 1000, law.advance(5e-9, 1000, 1.0), 1e-21);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void steppingInPiecesGivesTheSameThicknessAsOneStep(int which) {
        // The engines advance laws step by step: they must be exact over any step length.
        InterphaseGrowthLaw law = List.of(new ParabolicGrowth(3e-19), new LinearGrowth(2e-13)).get(which);
        double oneStep = law.advance(20e-9, 600 * HOUR, 0.7);
        double pieces = 20e-9;
        for (int i = 0; i < 600; i++) {
            pieces = law.advance(pieces, HOUR, 0.7);
        }
        assertEquals(oneStep, pieces, oneStep * 1e-9);
    }

    @Test
    void zeroRateFactorStopsGrowth() {
        assertEquals(30e-9, new ParabolicGrowth(1e-18).advance(30e-9, 1e6, 0.0));
        assertEquals(30e-9, new LinearGrowth(1e-12).advance(30e-9, 1e6, 0.0));
    }

    @Test
    void rejectsNonPositiveRates() {
        assertTrue(assertThrows(SimulationException.class, () -> new ParabolicGrowth(0)).getMessage()
                .contains("m2/s"));
        assertThrows(SimulationException.class, () -> new LinearGrowth(-1e-12));
        assertThrows(SimulationException.class, () -> new LinearGrowth(Double.NaN));
    }
}
