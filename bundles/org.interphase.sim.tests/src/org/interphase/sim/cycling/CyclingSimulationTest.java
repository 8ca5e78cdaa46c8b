package org.interphase.sim.cycling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.interphase.sim.SimulationException;
import org.interphase.sim.electrochem.RecordingMonitor;
import org.interphase.sim.electrochem.RunCancelledException;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.protocol.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input checks, step ends, progress, cancellation and export of {@link CyclingSimulation}. */
class CyclingSimulationTest {

    private static final CellParameters CELL = CellFixtures.thinFilm();

    @Test
    void cutOffAboveTheCathodesMaximumFailsBeforeComputing() {
        SimulationException e = assertThrows(SimulationException.class, () -> new CyclingSimulation(CELL,
                Experiment.parse("Charge at C/10 until 4.5 V"), SolverSettings.DEFAULT));
        assertTrue(e.getMessage().contains("above the cathode's maximum voltage") && e.getMessage().contains("4.2664"),
                e.getMessage());
        assertThrows(SimulationException.class, () -> new CyclingSimulation(CELL,
                Experiment.parse("Hold at 4.5 V until C/50"), SolverSettings.DEFAULT));
        assertThrows(SimulationException.class, () -> new CyclingSimulation(CELL,
                Experiment.parse("Discharge at C/10 until 4.3 V"), SolverSettings.DEFAULT));
    }

    @Test
    void zeroAreaOrCapacityIsRefusedWithAClearMessage() {
        SimulationException area = assertThrows(SimulationException.class, () -> withArea(0));
        assertTrue(area.getMessage().contains("electrode area"), area.getMessage());
        SimulationException capacity = assertThrows(SimulationException.class, () -> new CellParameters(CELL.name(),
                CELL.area(), CELL.temperature(), CELL.openCircuit(), CELL.shape(), CELL.diffusionLength(),
                CELL.diffusivity(),
                0, CELL.cathodeMass(), CELL.reactionArea(), CELL.volumeChange(), CELL.separatorResistance(),
                CELL.cathodeInterface(), CELL.anodeInterface(), CELL.lithiumInventory(), List.of()));
        assertTrue(capacity.getMessage().contains("capacity"), capacity.getMessage());
    }

    @Test
    void aDeadCellEndsTheRunWithACellFailedEventInsteadOfCyclingOn() {
        // Under current the voltage is above 2.0 V and below 3.8 V at once: both steps end as they start.
        Experiment dead = Experiment.cycles(100_000, "Charge at C/10 until 2.0 V", "Discharge at C/10 until 3.8 V");

        CyclingResult result = new CyclingSimulation(CELL, dead, SolverSettings.DEFAULT).run(RunMonitor.NONE);

        assertEquals(1, result.cycles().size());
        CellFailure failure = result.failure().orElseThrow();
        assertEquals(1, failure.cycle());
        assertTrue(failure.message().startsWith("cell failed in cycle 1: it took and gave"), failure.message());
        assertFalse(failure.message().contains("NaN") || failure.message().contains("Infinity"), failure.message());
    }

    @Test
    void aHealthyRunHasNoFailure() {
        CyclingResult result = new CyclingSimulation(CELL, Experiment.cycles(2, "Charge at C/10 until 3.8 V",
                "Discharge at C/10 until 2.5 V"), SolverSettings.DEFAULT).run(RunMonitor.NONE);

        assertEquals(2, result.cycles().size());
        assertEquals(Optional.empty(), result.failure());
    }

    @Test
    void moreCyclesThanARunSimulatesAreRefusedBeforeComputing() {
        SimulationException e = assertThrows(SimulationException.class, () -> new CyclingSimulation(CELL,
                Experiment.cycles(1_000_000, "Charge at C/10 until 3.8 V", "Discharge at C/10 until 2.5 V"),
                SolverSettings.DEFAULT));
        assertTrue(e.getMessage().contains("1000000 cycles; a run simulates at most 100000"), e.getMessage());
    }

    private static CellParameters withArea(double area) {
        return new CellParameters(CELL.name(), area, CELL.temperature(), CELL.openCircuit(), CELL.shape(),
                CELL.diffusionLength(), CELL.diffusivity(), CELL.capacity(), CELL.cathodeMass(), CELL.reactionArea(),
                CELL.volumeChange(), CELL.separatorResistance(), CELL.cathodeInterface(), CELL.anodeInterface(),
                CELL.lithiumInventory(), List.of());
    }

    @Test
    void stepsEndOnTheirOwnLimits() {
        CyclingResult result = new CyclingSimulation(CELL, Experiment.parse("""
                Charge at C/10 until 3.8 V
                Hold at 3.8 V until C/50
                Discharge at C/5 until 3.7 V
                Discharge at 0.01 mA until 0.001 mAh
                Rest for 1 hour
                """), SolverSettings.DEFAULT).run(RunMonitor.NONE);
        List<StepEnd> ends = result.steps().stream().map(StepRecord::end).toList();
        assertEquals(List.of(StepEnd.VOLTAGE, StepEnd.CURRENT, StepEnd.VOLTAGE, StepEnd.CAPACITY, StepEnd.TIME), ends);
        StepRecord hold = result.steps().get(1);
        TimeSeries s = result.series();
        int end = indexAt(s, hold.endTime());
        assertEquals(CELL.nominalCapacityAh() / 50, s.current()[end], 1e-6 * CELL.nominalCapacityAh());
        assertEquals(3.8, s.voltage()[end], 1e-6);
        assertEquals(3600, result.steps().get(4).endTime() - result.steps().get(4).startTime(), 1e-6);
        StepRecord charge = result.steps().get(0);
        assertEquals(3.8, s.voltage()[indexAt(s, charge.endTime())], 1e-6, "the cut-off is located, not overshot");
    }

    private static int indexAt(TimeSeries s, double time) {
        for (int i = 0; i < s.size(); i++) {
            if (s.time()[i] == time) {
                return i;
            }
        }
        throw new AssertionError("no sample at t = " + time);
    }

    @Test
    void progressIsReportedAndCancellationStopsTheRunPromptly() {
        RecordingMonitor cancelAfterThree = RecordingMonitor.cancellingAfter(3);
        Experiment many = Experiment.cycles(1000, "Charge at 1C until 4.2 V", "Discharge at 1C until 3.2 V");
        assertThrows(RunCancelledException.class,
                () -> new CyclingSimulation(CELL, many, SolverSettings.DEFAULT).run(cancelAfterThree));
        assertEquals(List.of(0.001, 0.002, 0.003), cancelAfterThree.fractions());
    }

    /** {@code n} 1C cycles of the cell. */
    private static CyclingResult oneCRun(int n) {
        return new CyclingSimulation(CELL, Experiment.cycles(n, "Charge at 1C until 4.2 V", "Discharge at 1C until 3.2 V"),
                SolverSettings.DEFAULT).run(RunMonitor.NONE);
    }

    @Test
    void exportsWriteBdfColumnsSummaryAndLeaveNoTemporaryFile(@TempDir Path dir) throws IOException {
        CyclingResult result = oneCRun(2);
        Path bdf = dir.resolve("run.bdf.csv");
        Path plain = dir.resolve("run.csv");
        Path summary = dir.resolve("summary.csv");
        CyclingCsv.writeBdf(result, bdf);
        CyclingCsv.writeSeries(result, plain);
        CyclingCsv.writeSummary(result, summary);
        List<String> rows = Files.readAllLines(bdf);
        assertEquals("test_time_second,current_ampere,voltage_volt,net_capacity_ah,cycle_count,step_id",
                rows.get(0));
        assertEquals(result.series().size() + 1, rows.size());
        // Each value sits under its own label: the last row holds the run's net charge and its last cycle.
        String[] last = rows.get(rows.size() - 1).split(",");
        TimeSeries series = result.series();
        assertEquals(series.capacity()[series.size() - 1], Double.parseDouble(last[3]), 1e-9);
        assertEquals(2, Integer.parseInt(last[4]));
        // BDF sign: the first step charges, so its current is positive.
        assertTrue(Double.parseDouble(rows.get(2).split(",")[1]) > 0);
        assertTrue(Files.readAllLines(plain).get(0).contains("current > 0 charges the cell"));
        assertEquals(3, Files.readAllLines(summary).size());
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "temporary files must be moved over their targets");
        }
        Optional<String> written = Files.readAllLines(summary).stream().skip(1).findFirst();
        assertTrue(written.orElseThrow().startsWith("1,"));
    }

    @Test
    void aCancelledExportStopsAndLeavesNoFile(@TempDir Path dir) throws IOException {
        CyclingResult result = oneCRun(1);
        Path bdf = dir.resolve("run.bdf.csv");

        assertThrows(RunCancelledException.class, () -> CyclingCsv.writeBdf(result, bdf,
                RecordingMonitor.cancellingAfter(0)));

        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no file and no temporary file");
        }
    }
}
