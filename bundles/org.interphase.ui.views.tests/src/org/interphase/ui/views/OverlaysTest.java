package org.interphase.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.interphase.analysis.CyclingComparison;
import org.interphase.model.run.CyclingResult;
import org.interphase.model.run.ImpedanceContribution;
import org.interphase.model.run.ImpedanceResult;
import org.interphase.model.run.RunFactory;
import org.interphase.model.run.SimulationRun;
import org.interphase.model.run.SymmetricCellResult;
import org.interphase.sim.cycling.CellParameters;
import org.interphase.sim.cycling.CyclingSimulation;
import org.interphase.sim.cycling.SolverSettings;
import org.interphase.sim.cycling.TimeSeries;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.protocol.Experiment;
import org.interphase.ui.InterphaseIds;
import org.interphase.ui.testing.UiEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user compares in the result views: a measured cycler export the run names, overlaid with the run and gone
 * with it; and pinned runs of different stacks drawn together, each with its own legend entry.
 */
class OverlaysTest {

    @TempDir
    Path folder;

    @Test
    void measuredCyclingIsOverlaidOnItsRunAndLeavesWithIt() throws Exception {
        org.interphase.sim.cycling.CyclingResult simulated = simulate(RunViewsTest.lfpLikeCell(), 6, "1C");
        // the lab's cell gave 10 % less charge than the simulated one at 20 mV lower voltage
        Path export = folder.resolve("lfp-cell-3.csv");
        writeBdf(export, simulated.series(), 0.9, -0.02);
        SimulationRun run = RunViewsTest.run("LfpCycling", "LfpOnCoatedLatp");
        CyclingResult cycling = RunViewsTest.cyclingResult(simulated);
        cycling.setMeasuredFile(URI.createFileURI(export.toString()).toString());
        run.getResults().add(cycling);
        RunViews.show(RunViewsTest.page(), run);
        UiEvents.drain();

        CyclingView view = (CyclingView) RunViewsTest.page().findView(InterphaseIds.CYCLING_VIEW);
        view.pins().clear();
        assertEquals("lfp-cell-3.csv (measured)", view.measuredSeriesId());
        ISeries<?> perCycle = view.series("lfp-cell-3.csv (measured)");
        assertNotNull(perCycle, view.seriesIds().toString());
        assertEquals(6, perCycle.getYSeries().length, "one cross per measured cycle");
        double scale = view.capacityScale();
        assertEquals(0.9 * cycling.getCycles().get(0).getDischargeCapacity() * scale, perCycle.getYSeries()[0],
                0.01 * perCycle.getYSeries()[0], "the measured discharge capacity of cycle 1, in the view's unit");
        assertEquals(LineStyle.NONE, ((ILineSeries<?>) perCycle).getLineStyle(), "measured points as crosses");
        assertNotNull(view.series(CyclingView.seriesId(1, false) + " (measured)"), view.seriesIds().toString());
        CyclingComparison comparison = view.comparison();
        assertEquals(6, comparison.dischargeCapacity().points());
        assertEquals(0.1 / 0.9, comparison.dischargeCapacity().relativeRms(), 0.005,
                "10 % less measured charge: the simulation is 11 % high");
        assertTrue(comparison.dischargeCapacity().bias() > 0, "the simulation is high");
        assertTrue(comparison.dischargeVoltage().points() > 0);
        assertTrue(view.status().contains("Measured lfp-cell-3.csv (measured) overlaid: discharge capacity vs cycle:"
                + " RMS"), view.status());
        RunViewsTest.screenshot(view, "cycling-with-measured");
        RunViewsTest.restore(view);

        // another run's results: the overlay was compared with the first run, so it goes
        SimulationRun other = RunViewsTest.run("LfpCycling", "LfpOnBareLatp");
        other.getResults().add(RunViewsTest.cyclingResult(simulated));
        RunViews.show(RunViewsTest.page(), other);
        UiEvents.drain();
        assertNull(view.series("lfp-cell-3.csv (measured)"), view.seriesIds().toString());
        assertNull(view.comparison());
        assertFalse(view.status().contains("Measured"), view.status());
    }

    @Test
    void aMeasuredSymmetricCellIsOverlaidAndAnUnreadableOneIsNamed() throws Exception {
        // simulated: ±50 mV, 1 h half-cycles for 10 h; measured: ±60 mV every 0.25 h
        SymmetricCellResult cell = RunFactory.eINSTANCE.createSymmetricCellResult();
        cell.setLabel("1-plating-stripping");
        for (int h = 0; h < 10; h++) {
            double sign = h % 2 == 0 ? 1 : -1;
            for (double t : new double[] {h * 3600.0, (h + 1) * 3600.0}) {
                cell.getTime().add(t);
                cell.getCurrent().add(sign * 1e-4);
                cell.getVoltage().add(sign * 0.05);
            }
        }
        cell.setLifetime(36000);
        Path export = folder.resolve("li-li.csv");
        StringBuilder csv = new StringBuilder("test_time_second,current_ampere,voltage_volt\n");
        for (int i = 0; i < 40; i++) {
            double sign = (i / 4) % 2 == 0 ? 1 : -1;
            csv.append(String.format(Locale.ROOT, "%.1f,%.6g,%.6g%n", 900.0 * i + 450, sign * 1e-4, sign * 0.06));
        }
        Files.writeString(export, csv);
        cell.setMeasuredFile(URI.createFileURI(export.toString()).toString());
        SimulationRun run = RunViewsTest.run("PaaPeoLifetime", "PaaPeoSymmetric");
        run.getResults().add(cell);
        RunViews.show(RunViewsTest.page(), run);
        UiEvents.drain();

        SymmetricCellView view = (SymmetricCellView) RunViewsTest.page().findView(InterphaseIds.SYMMETRIC_CELL_VIEW);
        ISeries<?> measured = view.series("li-li.csv (measured)");
        assertNotNull(measured, view.seriesIds().toString());
        assertEquals(40, measured.getXSeries().length);
        assertEquals(0, measured.getXSeries()[0], 1e-9, "time counts from the export's first point, in hours");
        assertEquals(40, view.comparison().voltage().points(), "every measured point: all lie within the simulated 10 h");
        assertEquals(0.01, view.comparison().voltage().rms(), 1e-9);
        assertTrue(view.status().contains("voltage vs time: RMS 10.0 mV"), view.status());
        RunViewsTest.screenshot(view, "symmetric-cell-with-measured");
        RunViewsTest.restore(view);

        Files.writeString(export, "test_time_second,current_ampere,voltage_volt\n0,1e-4,abc\n");
        RunViews.show(RunViewsTest.page(), run);
        UiEvents.drain();
        assertNull(view.series("li-li.csv (measured)"));
        assertTrue(view.status().contains("Not overlaid: the measured file li-li.csv cannot be imported: "),
                view.status());
        assertFalse(view.isShowingMessage(), "the run is still shown");

        // pinned, the run stays drawn under the next one, named in the legend
        view.pins().clear();
        view.pins().pinShown();
        SimulationRun thicker = RunViewsTest.run("PaaPeoLifetime", "PaaPeoSymmetricThick");
        SymmetricCellResult doubled = org.eclipse.emf.ecore.util.EcoreUtil.copy(cell);
        doubled.setMeasuredFile(null);
        doubled.getVoltage().replaceAll(v -> 2 * v);
        thicker.getResults().add(doubled);
        RunViews.show(RunViewsTest.page(), thicker);
        UiEvents.drain();
        ISeries<?> pinned = view.series(RunViews.name(run));
        assertNotNull(pinned, view.seriesIds().toString());
        assertEquals(0.05, pinned.getYSeries()[0], 1e-12, "the pinned run's own voltage");
        assertEquals(0.1, view.series(SymmetricCellView.VOLTAGE).getYSeries()[0], 1e-12);
        assertEquals(List.of(RunViews.name(thicker), RunViews.name(run)), Charts.legend(view.charts().get(0)));
        view.pins().clear();
        assertNull(view.series(RunViews.name(run)));
    }

    @Test
    void pinnedImpedanceRunsOfTwoStacksAreDrawnWithALegendEntryEach() throws Exception {
        SimulationRun bare = impedanceRun("BareLatpImpedance", "BareLatpSymmetric", 300, 10);
        SimulationRun coated = impedanceRun("PaaPeoLifetime", "PaaPeoSymmetric", 120, 11);
        RunViews.show(RunViewsTest.page(), bare);
        UiEvents.drain();
        ImpedanceView view = (ImpedanceView) RunViewsTest.page().findView(InterphaseIds.IMPEDANCE_VIEW);
        view.pins().clear();
        assertTrue(view.pins().pinShown());
        RunViews.show(RunViewsTest.page(), coated);
        UiEvents.drain();
        assertTrue(view.pins().pinShown());

        String bareName = RunViews.name(bare);
        String coatedName = RunViews.name(coated);
        assertEquals("BareLatpImpedance (BareLatpSymmetric) " + time(bare), bareName);
        assertEquals(List.of(bareName, coatedName), view.pins().pins().stream().map(PinnedRuns.Pin::name).toList());
        for (var chart : List.of(view.nyquistChart(), view.modulusChart(), view.phaseChart())) {
            List<String> legend = Charts.legend(chart);
            assertEquals(1, legend.stream().filter(bareName::equals).count(), legend.toString());
            assertEquals(1, legend.stream().filter(coatedName::equals).count(), legend.toString());
        }
        ISeries<?> pinned = view.nyquistChart().getSeriesSet().getSeries(bareName);
        ImpedanceResult bareResult = (ImpedanceResult) bare.getResults().get(0);
        assertEquals(bareResult.getReal().get(40), pinned.getXSeries()[40], 1e-9, "the pinned run's own spectrum");
        assertNotEquals(LineStyle.SOLID, ((ILineSeries<?>) pinned).getLineStyle());
        RunViewsTest.screenshot(view, "impedance-two-pinned-runs");
        RunViewsTest.restore(view);

        view.pins().unpin();
        assertEquals(List.of(bareName), view.pins().pins().stream().map(PinnedRuns.Pin::name).toList(),
                "Unpin drops the run shown");
        assertNotNull(view.nyquistChart().getSeriesSet().getSeries(bareName), "the other pin is still drawn");
        view.pins().clear();
        assertNull(view.nyquistChart().getSeriesSet().getSeries(bareName));
        assertEquals(2, view.nyquistChart().getSeriesSet().getSeries().length, "the run shown alone again");
    }

    @Test
    void pinnedCyclingRunsOfTwoCellsAreDrawnWithALegendEntryEach() throws Exception {
        CellParameters cell = RunViewsTest.lfpLikeCell();
        SimulationRun first = RunViewsTest.run("LfpCycling", "LfpOnCoatedLatp");
        first.setCreated(new Date(1_800_000_000_000L));
        first.getResults().add(RunViewsTest.cyclingResult(simulate(cell, 4, "1C")));
        SimulationRun second = RunViewsTest.run("LfpCycling", "LfpOnBareLatp");
        second.setCreated(new Date(1_800_000_060_000L));
        // the second cell discharges at 3C: more overpotential, less capacity, so the runs' curves stay apart
        second.getResults().add(RunViewsTest.cyclingResult(simulate(cell, 6, "3C")));
        RunViews.show(RunViewsTest.page(), first);
        UiEvents.drain();
        CyclingView view = (CyclingView) RunViewsTest.page().findView(InterphaseIds.CYCLING_VIEW);
        view.pins().clear();
        view.pins().pinShown();
        RunViews.show(RunViewsTest.page(), second);
        UiEvents.drain();
        view.pins().pinShown();

        String firstName = RunViews.name(first);
        String secondName = RunViews.name(second);
        List<String> perCycle = Charts.legend(view.charts().get(1));
        assertTrue(perCycle.contains(firstName + " (mAh/g)"), perCycle.toString());
        assertTrue(perCycle.contains(secondName + " — " + CyclingView.DISCHARGE_CAPACITY), perCycle.toString());
        ISeries<?> pinned = view.series(firstName + " — " + CyclingView.DISCHARGE_CAPACITY);
        assertEquals(4, pinned.getXSeries().length, "the pinned run's own four cycles");
        assertEquals(6, view.series(CyclingView.DISCHARGE_CAPACITY).getXSeries().length, "the run shown: six");
        List<String> voltage = Charts.legend(view.charts().get(0));
        assertEquals(1, voltage.stream().filter(firstName::equals).count(), "one legend entry for the pinned run's"
                + " discharges: " + voltage);
        assertNotNull(view.series(firstName + " — " + CyclingView.seriesId(1, false)), view.seriesIds().toString());
        RunViewsTest.screenshot(view, "cycling-two-pinned-runs");
        RunViewsTest.restore(view);
        view.pins().clear();
        assertNull(view.series(firstName + " — " + CyclingView.DISCHARGE_CAPACITY));
    }

    private static org.interphase.sim.cycling.CyclingResult simulate(CellParameters cell, int cycles,
            String discharge) {
        return new CyclingSimulation(cell, Experiment.cycles(cycles, "Charge at 1C until 3.8 V",
                "Discharge at " + discharge + " until 2.5 V"), SolverSettings.DEFAULT).run(RunMonitor.NONE);
    }

    /** The series as a BDF export with its charge scaled and its voltage moved, as the lab's own cell might give. */
    private static void writeBdf(Path file, TimeSeries series, double chargeScale, double voltageShift)
            throws IOException {
        StringBuilder csv = new StringBuilder("test_time_second,current_ampere,voltage_volt,net_capacity_ah,"
                + "cycle_count\n");
        for (int i = 0; i < series.size(); i++) {
            csv.append(String.format(Locale.ROOT, "%.9g,%.9g,%.9g,%.9g,%d%n", series.time()[i],
                    series.current()[i] * chargeScale, series.voltage()[i] + voltageShift,
                    series.capacity()[i] * chargeScale, series.cycleIndex()[i]));
        }
        Files.writeString(file, csv);
    }

    /** A run of one R∥C arc of {@code resistance} Ω in series with 50 Ω, finished at minute {@code minute}. */
    private static SimulationRun impedanceRun(String experiment, String stack, double resistance, int minute) {
        ImpedanceResult result = RunFactory.eINSTANCE.createImpedanceResult();
        result.setLabel("1-impedance");
        ImpedanceContribution arc = RunViewsTest.contribution("LATP bulk");
        for (int i = 0; i < 41; i++) {
            double f = Math.pow(10, 6 - 8.0 * i / 40);
            double[] z = RunViewsTest.parallelRc(resistance, 1e-8, f);
            result.getFrequency().add(f);
            result.getReal().add(50 + z[0]);
            result.getImaginary().add(z[1]);
            arc.getReal().add(z[0]);
            arc.getImaginary().add(z[1]);
        }
        result.getContributions().add(arc);
        SimulationRun run = RunViewsTest.run(experiment, stack);
        run.setCreated(new Date(1_800_000_000_000L + minute * 60_000L));
        run.getResults().add(result);
        return run;
    }

    private static String time(SimulationRun run) {
        return new java.text.SimpleDateFormat("HH:mm:ss").format(run.getCreated());
    }
}
