package org.interphase.sim.cycling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.protocol.Experiment;
import org.junit.jupiter.api.Test;

/** A cathode interphase driven by a stability-window mismatch grows with the mismatch and the electrons that reach it. */
class WindowDrivenInterphaseTest {

    private static final Experiment FIVE = Experiment.cycles(5, "Charge at C/10 until 4.2 V",
            "Discharge at C/10 until 3.2 V");

    /** Charge bound in the side reaction over five cycles, Ah. */
    private static double sideCharge(CellParameters cell) {
        CyclingResult result = new CyclingSimulation(cell, FIVE, SolverSettings.DEFAULT).run(RunMonitor.NONE);
        return result.cycles().stream().mapToDouble(CycleSummary::sideReactionChargeAh).sum();
    }

    @Test
    void aLayerWhoseWindowCoversTheCathodeIsNotOxidised() {
        assertEquals(0, sideCharge(CellFixtures.withCathodeInterphase(5.0, 1)), 0);
    }

    @Test
    void theSideReactionGrowsWithTheMismatchAndTheExposure() {
        double narrow = sideCharge(CellFixtures.withCathodeInterphase(3.7, 1));
        double wider = sideCharge(CellFixtures.withCathodeInterphase(3.9, 1));
        double shielded = sideCharge(CellFixtures.withCathodeInterphase(3.7, 0.25));
        assertTrue(narrow > wider && wider > 0, narrow + " Ah above 3.7 V, " + wider + " Ah above 3.9 V");
        // Parabolic growth from L0: a quarter of the rate gives between a quarter (film still thin) and half (thick)
        // of the thickness gained, hence of the charge bound.
        double ratio = shielded / narrow;
        assertTrue(ratio > 0.25 && ratio < 0.5, "a quarter of the exposure binds " + ratio + " of the charge");
    }
}
