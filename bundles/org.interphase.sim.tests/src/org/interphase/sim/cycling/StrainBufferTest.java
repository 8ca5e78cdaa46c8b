package org.interphase.sim.cycling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.sim.SimulationException;
import org.junit.jupiter.api.Test;

class StrainBufferTest {

    private static final double BARE = 0.05;
    private static final double LENGTH = 20e-9;
    private static final double ELECTROLYTE = 80e9;

    private static double loss(double thickness, double modulus) {
        return StrainBuffer.contactLossPerStrain(BARE, LENGTH, ELECTROLYTE, thickness / modulus);
    }

    @Test
    void noBufferLeavesTheBareContactsLoss() {
        assertEquals(BARE, StrainBuffer.contactLossPerStrain(BARE, LENGTH, ELECTROLYTE, 0), 1e-15);
    }

    @Test
    void aBufferAsCompliantAsTheAccommodatingElectrolyteHalvesTheStressSquared() {
        // t/G = l/G_e doubles the compliance, so the shear stress and the loss fall by sqrt(2).
        assertEquals(BARE / Math.sqrt(2), loss(LENGTH, ELECTROLYTE), 1e-12);
    }

    @Test
    void thickerAndSofterBuffersKeepMoreContact() {
        assertTrue(loss(50e-9, 31e9) < loss(20e-9, 31e9), "thicker");
        assertTrue(loss(20e-9, 31e9) < loss(20e-9, 80e9), "softer");
    }

    @Test
    void nonPhysicalInputIsRefusedWithItsName() {
        SimulationException e = assertThrows(SimulationException.class,
                () -> StrainBuffer.contactLossPerStrain(BARE, 0, ELECTROLYTE, 1e-19));
        assertTrue(e.getMessage().contains("strain accommodation length"), e.getMessage());
    }
}
