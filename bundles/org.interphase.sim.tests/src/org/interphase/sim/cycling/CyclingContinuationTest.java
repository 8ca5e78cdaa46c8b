package org.interphase.sim.cycling;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.protocol.Experiment;
import org.interphase.sim.stack.CellCondition;
import org.junit.jupiter.api.Test;

/**
 * A cycling run started from the end of another continues the same cell: its interphase, contacted cathode and Li
 * inventory are where the first left them, so ten cycles and ten more age the cell as twenty do.
 */
class CyclingContinuationTest {

    private static final Experiment TEN = Experiment.cycles(10, "Charge at C/10 until 4.2 V",
            "Discharge at C/10 until 3.2 V");
    private static final Experiment TWENTY = Experiment.cycles(20, "Charge at C/10 until 4.2 V",
            "Discharge at C/10 until 3.2 V");

    /** The cell with a growing cathode interphase and a contact that loses 2 % of the cathode per unit of strain. */
    private static CellParameters ageing() {
        CellParameters cell = CellFixtures.withCathodeInterphase();
        ElectrodeInterface cathode = cell.cathodeInterface();
        return new CellParameters(cell.name(), cell.area(), cell.temperature(), cell.openCircuit(), cell.shape(),
                cell.diffusionLength(), cell.diffusivity(), cell.capacity(), cell.cathodeMass(), cell.reactionArea(),
                cell.volumeChange(), cell.separatorResistance(), new ElectrodeInterface(cathode.label(),
                        cathode.exchangeCurrentDensity(), cathode.interphase(), 0.02), cell.anodeInterface(),
                cell.lithiumInventory(), List.of());
    }

    private static CyclingResult run(Experiment protocol, CellCondition start) {
        return new CyclingSimulation(ageing(), protocol, SolverSettings.DEFAULT).run(start, RunMonitor.NONE);
    }

    @Test
    void tenCyclesAfterTenAgeTheCellAsTwentyDo() {
        CyclingResult first = run(TEN, CellCondition.ASSEMBLED);
        CyclingResult second = run(TEN, first.endState());
        CyclingResult twenty = run(TWENTY, CellCondition.ASSEMBLED);
        String interphase = "NCM|LLTO interphase";

        assertAll(() -> assertTrue(first.endState().contact().get("NCM|LLTO") < 1),
                () -> assertTrue(second.cycle(1).dischargeCapacityAh() < first.cycle(1).dischargeCapacityAh()),
                () -> assertEquals(twenty.endState().thickness().get(interphase),
                        second.endState().thickness().get(interphase), 1e-3 * twenty.endState().thickness()
                                .get(interphase)),
                () -> assertEquals(twenty.endState().contact().get("NCM|LLTO"),
                        second.endState().contact().get("NCM|LLTO"), 1e-3),
                () -> assertEquals(twenty.cycle(20).dischargeCapacityAh(), second.cycle(10).dischargeCapacityAh(),
                        1e-3 * twenty.cycle(20).dischargeCapacityAh()),
                () -> assertEquals(twenty.endState().lithiumInventory().orElseThrow(),
                        second.endState().lithiumInventory().orElseThrow(),
                        1e-6 * twenty.endState().lithiumInventory().orElseThrow()));
    }

    @Test
    void theAssembledConditionStartsTheCellFresh() {
        CyclingResult plain = new CyclingSimulation(ageing(), TEN, SolverSettings.DEFAULT).run(RunMonitor.NONE);
        CyclingResult assembled = run(TEN, CellCondition.ASSEMBLED);

        assertEquals(plain.cycle(10).dischargeCapacityAh(), assembled.cycle(10).dischargeCapacityAh());
    }
}
