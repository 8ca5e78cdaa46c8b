package org.interphase.sim.cycling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.protocol.Experiment;
import org.junit.jupiter.api.Test;

/** Conservation and consistency checks that hold whatever the parameter values. */
class ConservationTest {

    @Test
    void chargePassedEqualsTheCathodesLithiationChange() {
        CellParameters cell = CellFixtures.thinFilm();
        ReducedCellModel model = new ReducedCellModel(cell, SolverSettings.DEFAULT);
        CellState state = model.initialState(0.9);
        CellState next = new CellState(model.cells());
        double before = model.meanLithiation(state);
        double passed = 0;
        double[] currents = {2e-5, 5e-6, -1e-5, 3e-5};
        for (int i = 0; i < 40; i++) {
            double current = currents[i % currents.length];
            double dt = 60 + 13 * i;
            model.advance(state, current, dt, next);
            state.copyFrom(next);
            passed += current * dt;
        }
        double after = model.meanLithiation(state);
        // Charge removes Li: Q·Δx = −∫I dt, to round-off (no side reactions, no contact loss).
        assertEquals(-passed, cell.capacity() * (after - before), 1e-12 * cell.capacity());
    }

    @Test
    void sideReactionsAccountForTheMissingCharge() {
        CellParameters cell = CellFixtures.withCathodeInterphase();
        ReducedCellModel model = new ReducedCellModel(cell, SolverSettings.DEFAULT);
        CellState state = model.initialState(0.9);
        CellState next = new CellState(model.cells());
        double before = model.meanLithiation(state);
        model.advance(state, 1e-5, 3600, next);
        assertTrue(next.sideCharge > 0, "charging grows the cathode interphase");
        assertEquals(-(1e-5 * 3600 - next.sideCharge), cell.capacity() * state.activeFraction
                * (model.meanLithiation(next) - before), 1e-9 * cell.capacity());
    }

    @Test
    void efficiencyIsOneWithoutSideReactionsAndBelowOneWithThem() {
        Experiment cycles = Experiment.cycles(5, "Charge at C/10 until 4.2 V", "Discharge at C/10 until 3.2 V");
        CellParameters cell = CellFixtures.withCathodeInterphase();
        CyclingResult ideal = new CyclingSimulation(cell.withoutDegradation(), cycles, SolverSettings.DEFAULT)
                .run(RunMonitor.NONE);
        CyclingResult real = new CyclingSimulation(cell, cycles, SolverSettings.DEFAULT).run(RunMonitor.NONE);
        for (int n = 2; n <= 5; n++) {
            double ce = ideal.cycle(n).coulombicEfficiency().orElseThrow();
            assertTrue(ce <= 1 + 1e-9, "CE without side reactions " + ce);
            assertEquals(1, ce, 1e-6, "a cell without side reactions returns all its charge");
            assertEquals(0, ideal.cycle(n).sideReactionChargeAh(), 0);
        }
        for (int n = 1; n <= 5; n++) {
            assertTrue(real.cycle(n).coulombicEfficiency().orElseThrow() < 0.9999, "CE with side reactions, cycle " + n);
            assertTrue(real.cycle(n).sideReactionChargeAh() > 0);
        }
    }

    @Test
    void aCellAtRestRelaxesToItsOpenCircuitVoltage() {
        CellParameters cell = CellFixtures.thinFilm();
        SolverSettings settings = SolverSettings.DEFAULT;
        CyclingResult result = new CyclingSimulation(cell, Experiment.parse("""
                Charge at 5C for 6 minutes
                Rest for 10 hours
                """), settings).run(RunMonitor.NONE);
        TimeSeries s = result.series();
        int last = s.size() - 1;
        double lithiation = settings.initialLithiation() - s.capacity()[last] * 3600 / cell.capacity();
        double ocv = cell.openCircuit().potential(lithiation);
        assertEquals(ocv, s.voltage()[last], 1e-4, "rest voltage vs open-circuit voltage");
        // Right after the current stops the surface is still depleted: the voltage is visibly above the OCV.
        int firstRest = 0;
        while (result.steps().get(0).endTime() >= s.time()[firstRest]) {
            firstRest++;
        }
        assertTrue(s.voltage()[firstRest] - ocv > 1e-3, "relaxation must be visible");
    }

    @Test
    void refiningTimeStepAndMeshConverges() {
        CellParameters cell = CellFixtures.thinFilm();
        Experiment discharge = Experiment.parse("""
                Charge at C/10 until 4.2 V
                Discharge at 10C until 3.2 V
                """);
        double[] capacity = new double[4];
        for (int k = 0; k < capacity.length; k++) {
            SolverSettings settings = SolverSettings.DEFAULT.refined(1 << k);
            capacity[k] = new CyclingSimulation(cell, discharge, settings).run(RunMonitor.NONE).cycle(2)
                    .dischargeCapacityAh();
        }
        double[] change = new double[3];
        for (int k = 0; k < 3; k++) {
            change[k] = Math.abs(capacity[k + 1] - capacity[k]) / capacity[k + 1];
        }
        assertTrue(change[1] < change[0] && change[2] < change[1], "successive refinements must differ less and less: "
                + java.util.Arrays.toString(change));
        assertTrue(change[2] < 0.005, "two finest differ by " + change[2]);
    }
}
