package org.interphase.ui.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.interphase.model.run.ArrheniusResult;
import org.interphase.model.run.CellEvent;
import org.interphase.model.run.CycleRecord;
import org.interphase.model.run.CyclingResult;
import org.interphase.model.run.GrowthResult;
import org.interphase.model.run.ImpedanceContribution;
import org.interphase.model.run.ImpedanceResult;
import org.interphase.model.run.LayerSection;
import org.interphase.model.run.RunFactory;
import org.interphase.model.run.SimulationRun;
import org.interphase.model.run.SymmetricCellResult;
import org.interphase.model.run.TimelineSegment;
import org.interphase.model.run.VoltammetryResult;
import org.interphase.sim.cycling.CellParameters;
import org.interphase.sim.cycling.CycleSummary;
import org.interphase.sim.cycling.CyclingSimulation;
import org.interphase.sim.cycling.ElectrodeInterface;
import org.interphase.sim.cycling.OpenCircuitCurve;
import org.interphase.sim.cycling.ParticleShape;
import org.interphase.sim.cycling.SolverSettings;
import org.interphase.sim.cycling.TimeSeries;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.protocol.Experiment;
import org.interphase.ui.InterphaseIds;
import org.interphase.ui.testing.Screenshots;
import org.interphase.ui.testing.UiEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Saved runs (built with {@link RunFactory} from engine output or known arrays) shown with {@link RunViews#show}:
 * each view plots exactly the run's numbers, exports PNG and CSV, says what to do when empty, and is photographed.
 */
class RunViewsTest {

    private static final Path SHOTS = Path.of(System.getProperty("interphase.screenshots", "target/screenshots"));
    private static final RunFactory RUN = RunFactory.eINSTANCE;

    @BeforeAll
    static void perspective() {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setBounds(0, 0, 1270, 940);
        window.getActivePage().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(InterphaseIds.PERSPECTIVE));
    }

    /**
     * A 1 mg LFP-like composite cell (170 mAh/g, 50 nm particles, flat 3.4 V plateau) without degradation: the view
     * test needs cycles to plot, not the physics of a particular cell.
     */
    static CellParameters lfpLikeCell() {
        OpenCircuitCurve plateau = new OpenCircuitCurve("LFP-like", new double[] {0, 0.05, 0.5, 0.95, 1},
                new double[] {3.9, 3.45, 3.40, 3.35, 2.49});
        double mass = 1e-6;
        double reactionArea = 3 * mass / 3600 / 50e-9;
        return new CellParameters("LFP-like cell", 0.5e-4, 298.15, plateau, ParticleShape.SPHERE, 50e-9, 1e-18,
                mass * 170 * 3600, mass, reactionArea, 0.065, 1,
                new ElectrodeInterface("LFP|electrolyte", 0.2, Optional.empty(), 0),
                new ElectrodeInterface("Li|electrolyte", 1, Optional.empty(), 0), 100, List.of());
    }

    @Test
    void cyclingViewPlotsTheLfpCellsCyclesLikeACycler() throws Exception {
        org.interphase.sim.cycling.CyclingResult simulated = new CyclingSimulation(lfpLikeCell(),
                Experiment.cycles(6, "Charge at 1C until 3.8 V", "Discharge at 1C until 2.5 V"),
                SolverSettings.DEFAULT).run(RunMonitor.NONE);
        SimulationRun run = run("LfpCycling", "LfpOnCoatedLatp");
        CyclingResult cycling = cyclingResult(simulated);
        run.getResults().add(cycling);
        RunViews.show(page(), run);
        UiEvents.drain();

        CyclingView view = (CyclingView) page().findView(InterphaseIds.CYCLING_VIEW);
        assertNotNull(view, "RunViews opens the cycling view");
        assertFalse(view.isShowingMessage(), view.message());
        assertTrue(view.isSpecific(), "the cell has a cathode mass: capacities in mAh/g");
        assertEquals(List.of(1, 2, 3, 4, 5, 6), view.chosenCycles());
        double scale = 1 / cycling.getCathodeMass();

        ISeries<?> discharge = view.series(CyclingView.DISCHARGE_CAPACITY);
        assertEquals(6, discharge.getYSeries().length);
        for (int i = 0; i < 6; i++) {
            CycleRecord record = cycling.getCycles().get(i);
            assertEquals(record.getNumber(), discharge.getXSeries()[i], 0);
            assertEquals(record.getDischargeCapacity() * scale, discharge.getYSeries()[i], 1e-9);
            assertEquals(record.getCoulombicEfficiency() * 100,
                    view.series(CyclingView.EFFICIENCY).getYSeries()[i], 1e-9);
        }
        double first = simulated.specificDischargeCapacity(1);
        assertEquals(first, discharge.getYSeries()[0], 1e-6, "mAh/g as the engine computes it");

        // every half-cycle starts at zero capacity and ends at the charge it passed, so the curves overlay
        for (int n : List.of(1, 6)) {
            ISeries<?> charge = view.series(CyclingView.seriesId(n, true));
            ISeries<?> dis = view.series(CyclingView.seriesId(n, false));
            assertNotNull(charge, view.seriesIds().toString());
            assertNotNull(dis, view.seriesIds().toString());
            CycleRecord record = cycling.getCycles().get(n - 1);
            double[] x = charge.getXSeries();
            assertTrue(x[0] < 0.05 * x[x.length - 1], "charge starts near zero: " + x[0]);
            assertEquals(record.getChargeCapacity() * scale, x[x.length - 1], 0.01 * record.getChargeCapacity() * scale);
            double[] xd = dis.getXSeries();
            assertEquals(record.getDischargeCapacity() * scale, xd[xd.length - 1],
                    0.01 * record.getDischargeCapacity() * scale);
            assertTrue(charge.getYSeries()[charge.getYSeries().length - 1] > dis.getYSeries()[dis.getYSeries().length
                    - 1], "charge ends at the upper cut-off, discharge at the lower");
            assertEquals(LineStyle.DASH, ((ILineSeries<?>) dis).getLineStyle());
        }

        view.showCycles(List.of(1, 6));
        assertEquals(List.of("cycle 1 charge", "cycle 1 discharge", "cycle 6 charge", "cycle 6 discharge",
                CyclingView.DISCHARGE_CAPACITY, CyclingView.EFFICIENCY, CyclingView.NOMINAL_CHARGE,
                CyclingView.EFFECTIVE_CHARGE, CyclingView.NOMINAL_DISCHARGE, CyclingView.EFFECTIVE_DISCHARGE),
                view.seriesIds());
        assertEquals(List.of(1, 2, 50, 100), HalfCycles.parse("1,2, 50;100", 100));
        assertEquals(List.of(1, 2, 3, 10), HalfCycles.parse("1-3,10", 10));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> HalfCycles.parse("7", 6));
        assertTrue(bad.getMessage().contains("1..6"), bad.getMessage());
        assertEquals(List.of(1, 2, 27, 51, 76, 100), HalfCycles.defaultCycles(100));

        exports(view, "cycling", CyclingView.DISCHARGE_CAPACITY);
        screenshot(view, "cycling");
        restore(view);
    }

    @Test
    void symmetricCellViewMarksTheShortCircuitAndTheLifetime() throws Exception {
        double shortCircuit = 40.3 * 3600;
        SymmetricCellResult cell = RUN.createSymmetricCellResult();
        cell.setLabel("2-plating-stripping");
        int n = 0;
        for (double t = 0; t <= 45 * 3600; t += 180) {
            boolean stripping = ((int) (t / 3600)) % 2 == 0;
            double sign = stripping ? 1 : -1;
            // polarisation grows as the interphase thickens, then collapses at the short circuit
            double volts = t < shortCircuit ? 0.02 + 0.0008 * t / 3600 : 0.0005;
            cell.getTime().add(t);
            cell.getCurrent().add(sign * 1e-4);
            cell.getVoltage().add(sign * volts);
            n++;
        }
        cell.getTime().add(45.5 * 3600);
        cell.getCurrent().add(1e-4);
        cell.getVoltage().add(Double.NaN); // a broken sample must not reach the chart
        cell.setLifetime(shortCircuit);
        CellEvent event = RUN.createCellEvent();
        event.setKind("SHORT_CIRCUIT");
        event.setTime(shortCircuit);
        event.setMessage("Li filament through the coating");
        cell.getEvents().add(event);
        SimulationRun run = run("PaaPeoLifetime", "PaaPeoSymmetric");
        run.getResults().add(cell);
        RunViews.show(page(), run);
        UiEvents.drain();

        SymmetricCellView view = (SymmetricCellView) page().findView(InterphaseIds.SYMMETRIC_CELL_VIEW);
        assertNotNull(view);
        ISeries<?> voltage = view.series(SymmetricCellView.VOLTAGE);
        assertEquals(n, voltage.getXSeries().length, "the NaN sample is skipped");
        assertEquals(10 * 180 / 3600.0, voltage.getXSeries()[10], 1e-12, "time in hours");
        assertEquals(cell.getVoltage().get(10), voltage.getYSeries()[10], 0);
        ISeries<?> marker = view.series("SHORT_CIRCUIT at 40.3 h");
        assertNotNull(marker, view.seriesIds().toString());
        assertArrayEquals(new double[] {40.3, 40.3}, marker.getXSeries(), 1e-9);
        assertTrue(view.chartTitle().contains("lifetime 40.3 h"), view.chartTitle());
        exports(view, "symmetric-cell", SymmetricCellView.VOLTAGE);
        screenshot(view, "symmetric-cell");
        restore(view);
    }

    @Test
    void voltammetryViewPlotsTheSweepWithItsWindowAndOnset() throws Exception {
        org.interphase.sim.voltammetry.VoltammetryResult engine = org.interphase.sim.voltammetry.Voltammetry.run(
                new org.interphase.sim.voltammetry.VoltammetryInput("LATP", 3, 5.5, 1e-4, false, 4.4, 0.01, 0.5,
                        298.15, 0.0625, 0.1, 0.1, 1e-3));
        VoltammetryResult sweep = RUN.createVoltammetryResult();
        sweep.setLabel("1-lsv");
        for (int i = 0; i < engine.potential().length; i++) {
            sweep.getTime().add(engine.time()[i]);
            sweep.getPotential().add(engine.potential()[i]);
            sweep.getCurrentDensity().add(engine.currentDensity()[i]);
        }
        sweep.setOnsetPotential(engine.onsetPotential().orElseThrow());
        sweep.setOxidationLimit(4.4);
        SimulationRun run = run("BareLatpStability", "BareLatpWindow");
        run.getResults().add(sweep);
        RunViews.show(page(), run);
        UiEvents.drain();

        VoltammetryView view = (VoltammetryView) page().findView(InterphaseIds.VOLTAMMETRY_VIEW);
        assertNotNull(view, "RunViews opens the voltammetry view");
        ISeries<?> current = view.series(VoltammetryView.CURRENT);
        assertEquals(2501, current.getXSeries().length);
        assertEquals(100 * engine.currentDensity()[2000], current.getYSeries()[2000], 1e-9, "in µA/cm²");
        assertEquals(4.4, view.series(VoltammetryView.LIMIT).getXSeries()[0], 0);
        assertEquals(engine.onsetPotential().getAsDouble(), view.series(VoltammetryView.ONSET).getXSeries()[0], 0);
        assertTrue(view.chartTitle().contains(String.format(java.util.Locale.ROOT, "onset at %.3f V",
                engine.onsetPotential().getAsDouble())), view.chartTitle());
        exports(view, "voltammetry", VoltammetryView.CURRENT);
        screenshot(view, "voltammetry");
    }

    @Test
    void aSixHundredHourTraceIsDrawnAsItsEnvelope() throws Exception {
        SymmetricCellResult cell = RUN.createSymmetricCellResult();
        cell.setLabel("600h-plating-stripping");
        int n = 1_000_000;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        double[] time = new double[n];
        double[] voltage = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = 600 * 3600.0 * i / (n - 1);
            // hourly polarity reversals whose polarisation grows as the interphase thickens
            double sign = ((int) (time[i] / 3600)) % 2 == 0 ? 1 : -1;
            voltage[i] = sign * (0.02 + 0.0001 * time[i] / 3600);
            low = Math.min(low, voltage[i]);
            high = Math.max(high, voltage[i]);
        }
        cell.getTime().addAll(java.util.Arrays.stream(time).boxed().toList());
        cell.getVoltage().addAll(java.util.Arrays.stream(voltage).boxed().toList());
        cell.getCurrent().addAll(java.util.Collections.nCopies(n, 1e-4));
        cell.setLifetime(Double.NaN);
        SimulationRun run = run("PaaPeoLifetime", "PaaPeoSymmetric");
        run.getResults().add(cell);
        RunViews.show(page(), run);
        UiEvents.drain();

        SymmetricCellView view = (SymmetricCellView) page().findView(InterphaseIds.SYMMETRIC_CELL_VIEW);
        screenshot(view, "symmetric-cell-600h-envelope");
        ISeries<?> drawn = view.series(SymmetricCellView.VOLTAGE);
        int columns = view.charts().get(0).getDisplay().getBounds().width;
        assertTrue(drawn.getXSeries().length <= 2 * columns + 2,
                "about two points per pixel column, not a million: " + drawn.getXSeries().length);
        assertEquals(high, java.util.Arrays.stream(drawn.getYSeries()).max().orElseThrow(), 0, "the top of the band");
        assertEquals(low, java.util.Arrays.stream(drawn.getYSeries()).min().orElseThrow(), 0, "the bottom");
        assertEquals(600, drawn.getXSeries()[drawn.getXSeries().length - 1], 1e-9, "to the end of the run");
        Path csv = SHOTS.resolve("exports/symmetric-cell-600h.csv");
        view.exportCsv(csv);
        try (var lines = Files.lines(csv)) {
            assertEquals(1 + n + SymmetricCellView.halfCycles(cell).size(), lines.count(),
                    "the CSV has every point, not the envelope, and the per-half-cycle points");
        }
        Files.delete(csv);
        restore(view);
    }

    @Test
    void arrheniusViewPlotsTheConductivityAgainstInverseTemperature() throws Exception {
        ArrheniusResult series = RUN.createArrheniusResult();
        series.setLabel("1-impedance");
        double ea = 0.33;
        for (double t : new double[] {298.15, 313.15, 333.15, 353.15, 373.15, 393.15}) {
            series.getTemperature().add(t);
            series.getConductivity().add(9.56e-4 * Math.exp(-ea / 8.617333262e-5 * (1 / t - 1 / 298.15)));
        }
        series.setActivationEnergy(ea);
        SimulationRun run = run("LltoArrhenius", "AgLltoAg");
        run.getResults().add(series);
        RunViews.show(page(), run);
        UiEvents.drain();

        ArrheniusView view = (ArrheniusView) page().findView(InterphaseIds.ARRHENIUS_VIEW);
        assertNotNull(view, "RunViews opens the Arrhenius view");
        ISeries<?> points = view.series(ArrheniusView.POINTS);
        assertEquals(1000 / 298.15, points.getXSeries()[0], 1e-12);
        assertEquals(Math.log10(9.56e-6), points.getYSeries()[0], 1e-9, "log10 of S/cm");
        ISeries<?> line = view.series(ArrheniusView.LINE);
        for (int i = 0; i < 6; i++) {
            assertEquals(points.getYSeries()[i], line.getYSeries()[i], 1e-9, "exact Arrhenius points lie on the line");
        }
        assertTrue(view.chartTitle().contains("Ea = 0.330 eV"), view.chartTitle());
        exports(view, "arrhenius", ArrheniusView.POINTS);
        screenshot(view, "arrhenius");
        restore(view);
    }

    @Test
    void exportsStartInTheShownRunsResultsFolder() throws Exception {
        SimulationRun run = run("PaaPeoLifetime", "PaaPeoSymmetric");
        Path folder = SHOTS.resolve("results/PaaPeoLifetime").toAbsolutePath().normalize();
        new org.eclipse.emf.ecore.resource.impl.ResourceImpl(org.eclipse.emf.common.util.URI.createFileURI(
                folder.resolve("PaaPeoLifetime.iphrun").toString())).getContents().add(run);
        RunViews.show(page(), run);
        UiEvents.drain();
        assertEquals(folder, RunViews.resultsFolder());
        RunViews.show(page(), run("PaaPeoLifetime", "PaaPeoSymmetric"));
        assertNull(RunViews.resultsFolder(), "a run not read from a file has no folder to propose");
    }

    @Test
    void growthViewShowsThicknessPerStepAndOneSupercycle() throws Exception {
        GrowthResult ald = growth("LiPON-ALD", "LiPON", "supercycle", 40, 0.07e-9);
        timeline(ald, new Object[][] {{"pulse", "LiOtBu", 2.0}, {"purge", "N2", 10.0}, {"pulse", "H2O", 0.5},
            {"purge", "N2", 10.0}, {"pulse", "TMP", 2.0}, {"purge", "N2", 10.0}, {"plasma", "N2 plasma", 6.0},
            {"purge", "N2", 10.0}});
        GrowthResult lbl = growth("PAA-PEO-LbL", "PAA-PEO", "bilayer", 10, 7.67e-9);
        timeline(lbl, new Object[][] {{"dip", "PAA", 600.0}, {"rinse", "water", 60.0}, {"dip", "PEO", 600.0},
            {"rinse", "water", 60.0}});
        SimulationRun run = run("CoatedLatp", "LiponOnLatp");
        run.getResults().add(ald);
        run.getResults().add(lbl);
        run.getLayers().add(section("Li", "lithium", "Li", 20e-6, false));
        run.getLayers().add(section("LiPON-ALD", "coating", "LiPON", ald.getFinalThickness(), false));
        run.getLayers().add(section("SEI", "interphase", "Li3P", 5e-9, true));
        run.getLayers().add(section("pellet", "electrolyte", "LATP", 500e-6, false));
        run.getLayers().add(section("Li", "lithium", "Li", 20e-6, false));
        RunViews.show(page(), run);
        UiEvents.drain();

        RecipeGrowthView view = (RecipeGrowthView) page().findView(InterphaseIds.RECIPE_GROWTH_VIEW);
        assertNotNull(view);
        ISeries<?> aldSeries = view.series(RecipeGrowthView.seriesId(ald));
        assertEquals(40, aldSeries.getYSeries().length);
        assertEquals(1, aldSeries.getXSeries()[0], 0);
        assertEquals(ald.getThickness().get(39) * 1e9, aldSeries.getYSeries()[39], 1e-9, "thickness in nm");
        assertEquals(2.8, aldSeries.getYSeries()[39], 1e-9);
        assertEquals(10, view.series(RecipeGrowthView.seriesId(lbl)).getYSeries().length);
        // the first recipe's supercycle: three pulses drawn as bars (4 corners each), one plasma step
        ISeries<?> pulses = view.series("pulse");
        assertEquals(12, pulses.getXSeries().length);
        assertEquals(12.0, pulses.getXSeries()[4], 1e-12, "the second pulse starts after the first purge");
        assertEquals(RecipeGrowthView.DOSE_LEVEL, pulses.getYSeries()[1], 0);
        assertEquals(RecipeGrowthView.PURGE_LEVEL, view.series("purge").getYSeries()[1], 0);
        assertNotNull(view.series("plasma"));
        exports(view, "recipe-growth", "pulse");
        screenshot(view, "recipe-growth");
        view.showTimeline(1);
        assertNotNull(view.series("dip"));
        assertEquals(null, view.series("pulse"));
        screenshot(view, "recipe-growth-lbl");
        restore(view);

        StackCrossSectionView crossSection = (StackCrossSectionView) page().findView(
                InterphaseIds.STACK_CROSS_SECTION_VIEW);
        CrossSectionInput input = crossSection.input();
        assertEquals("Li", input.left());
        assertEquals("Li", input.right());
        assertEquals(List.of("LiPON-ALD", "SEI", "pellet"), input.layers().stream().map(CrossSectionInput.Band::label)
                .toList());
        assertEquals(List.of(CrossSectionInput.Role.COATING, CrossSectionInput.Role.INTERPHASE,
                CrossSectionInput.Role.ELECTROLYTE), input.layers().stream().map(CrossSectionInput.Band::role).toList());
        assertEquals(ald.getFinalThickness() + 5e-9 + 500e-6, input.totalThickness(), 1e-15);
        screenshot(crossSection, "stack-cross-section-from-run");
        restore(crossSection);
    }

    @Test
    void impedanceViewShowsTheRunsSpectrumWithMeasuredDataOverlaid() throws Exception {
        int points = 41;
        double[] f = new double[points];
        double bulk = 120;
        double arc = 900;
        ImpedanceResult result = RUN.createImpedanceResult();
        result.setLabel("1-impedance");
        ImpedanceContribution electrolyte = contribution("LATP bulk");
        ImpedanceContribution interfaceArc = contribution("Li|LATP charge transfer");
        for (int i = 0; i < points; i++) {
            f[i] = Math.pow(10, 6 - 8.0 * i / (points - 1));
            double[] fast = parallelRc(bulk, 2e-9, f[i]);
            double[] slow = parallelRc(arc, 2e-7, f[i]);
            result.getFrequency().add(f[i]);
            result.getReal().add(fast[0] + slow[0]);
            result.getImaginary().add(fast[1] + slow[1]);
            electrolyte.getReal().add(fast[0]);
            electrolyte.getImaginary().add(fast[1]);
            interfaceArc.getReal().add(slow[0]);
            interfaceArc.getImaginary().add(slow[1]);
        }
        result.getContributions().add(electrolyte);
        result.getContributions().add(interfaceArc);
        SimulationRun run = run("PaaPeoLifetime", "PaaPeoSymmetric");
        run.getResults().add(result);
        RunViews.show(page(), run);
        UiEvents.drain();

        ImpedanceView view = (ImpedanceView) page().findView(InterphaseIds.IMPEDANCE_VIEW);
        view.clearMeasured();
        ISeries<?>[] nyquist = view.nyquistChart().getSeriesSet().getSeries();
        assertEquals(3, nyquist.length);
        assertEquals(ImpedanceInput.TOTAL, nyquist[0].getId());
        assertEquals(result.getReal().get(points - 1), nyquist[0].getXSeries()[points - 1], 0);
        assertEquals(-result.getImaginary().get(points / 2), nyquist[0].getYSeries()[points / 2], 0);
        assertEquals("Li|LATP charge transfer", nyquist[2].getId());
        // the slow arc sits after the bulk arc, as in the cell's spectrum
        assertEquals(interfaceArc.getReal().get(0) + bulk, nyquist[2].getXSeries()[0], 1);

        double[] measuredRe = new double[points];
        double[] measuredIm = new double[points];
        for (int i = 0; i < points; i++) {
            measuredRe[i] = result.getReal().get(i) * (1 + 0.03 * Math.sin(i));
            measuredIm[i] = result.getImaginary().get(i) * 1.05;
        }
        measuredIm[3] = Double.NaN;
        view.showMeasured("measured (cell 1)", f, measuredRe, measuredIm);
        UiEvents.drain();
        assertEquals(1, view.measured().size());
        ISeries<?> measured = view.nyquistChart().getSeriesSet().getSeries("measured (cell 1)");
        assertNotNull(measured);
        assertEquals(points - 1, measured.getXSeries().length, "the NaN point is left out");
        assertEquals(LineStyle.NONE, ((ILineSeries<?>) measured).getLineStyle(), "markers without line");
        assertNotNull(view.modulusChart().getSeriesSet().getSeries("measured (cell 1)"));
        assertNotNull(view.phaseChart().getSeriesSet().getSeries("measured (cell 1)"));
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiEvents.drain();
        Path csv = SHOTS.resolve("exports/impedance-with-measured.csv");
        view.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 3 * points + points - 1, lines.size());
        assertTrue(lines.get(lines.size() - 1).startsWith("measured (cell 1),"), lines.get(lines.size() - 1));
        view.exportPng(SHOTS.resolve("exports/impedance-with-measured.png"));
        assertPng(SHOTS.resolve("exports/impedance-with-measured.png"));
        screenshot(view, "impedance-from-run-with-measured");
        view.selectTab(1);
        UiEvents.drain();
        screenshot(view, "impedance-from-run-with-measured-bode");
        view.selectTab(0);
        restore(view);

        // The overlay belongs to its run: the same experiment shown again keeps it, another experiment's run not.
        assertEquals(new ImpedanceView.ShownRun("PaaPeoLifetime", "PaaPeoSymmetric", null), view.run());
        RunViews.show(page(), run);
        assertEquals(List.of("measured (cell 1)"), view.measured().stream().map(ImpedanceInput.Curve::label).toList());
        SimulationRun other = run("BareLatpImpedance", "BareLatpSymmetric");
        ImpedanceResult otherResult = EcoreUtil.copy(result);
        other.getResults().add(otherResult);
        RunViews.show(page(), other);
        UiEvents.drain();
        assertEquals(List.of(), view.measured(), "another experiment's run shows no measured spectrum of the first");
        assertNull(view.nyquistChart().getSeriesSet().getSeries("measured (cell 1)"));
        assertEquals("BareLatpImpedance", view.run().experiment());
    }

    @Test
    void aRunWithoutResultsLeavesTheResultViewsSayingWhatToDo() throws Exception {
        page().showView(InterphaseIds.CYCLING_VIEW);
        page().showView(InterphaseIds.SYMMETRIC_CELL_VIEW);
        page().showView(InterphaseIds.RECIPE_GROWTH_VIEW);
        RunViews.show(page(), run("Nothing", "Empty"));
        UiEvents.drain();
        page().showView(InterphaseIds.VOLTAMMETRY_VIEW);
        page().showView(InterphaseIds.ARRHENIUS_VIEW);
        for (String id : List.of(InterphaseIds.CYCLING_VIEW, InterphaseIds.SYMMETRIC_CELL_VIEW,
                InterphaseIds.RECIPE_GROWTH_VIEW, InterphaseIds.VOLTAMMETRY_VIEW, InterphaseIds.ARRHENIUS_VIEW)) {
            ChartView view = (ChartView) page().findView(id);
            assertTrue(view.isShowingMessage(), id);
            assertTrue(view.message().contains("run Simulate on an experiment"), view.message());
            assertEquals(List.of(), view.seriesIds());
            IOException e = assertThrows(IOException.class,
                    () -> view.exportPng(SHOTS.resolve("exports/empty.png")));
            assertTrue(e.getMessage().contains("nothing to show"), e.getMessage());
            Path csv = SHOTS.resolve("exports/empty.csv");
            view.exportCsv(csv);
            assertEquals(List.of("chart,series,x_quantity,x,y_quantity,y"), Files.readAllLines(csv));
        }
        screenshot(page().findView(InterphaseIds.CYCLING_VIEW), "cycling-empty");
        restore(page().findView(InterphaseIds.CYCLING_VIEW));
    }

    static SimulationRun run(String experiment, String stack) {
        SimulationRun run = RUN.createSimulationRun();
        run.setExperiment(experiment);
        run.setStack(stack);
        return run;
    }

    /** The engine's result as the run model holds it (SI: A h, s, V). */
    static CyclingResult cyclingResult(org.interphase.sim.cycling.CyclingResult simulated) {
        CyclingResult result = RUN.createCyclingResult();
        result.setLabel("1-cycling");
        result.setCell(simulated.cell());
        result.setNominalCapacity(simulated.nominalCapacityAh());
        result.setCathodeMass(simulated.cathodeMassKg());
        TimeSeries series = simulated.series();
        for (int i = 0; i < series.size(); i++) {
            result.getTime().add(series.time()[i]);
            result.getCurrent().add(series.current()[i]);
            result.getVoltage().add(series.voltage()[i]);
            result.getCapacity().add(series.capacity()[i]);
            result.getCycleNumber().add(series.cycleIndex()[i]);
        }
        for (CycleSummary summary : simulated.cycles()) {
            CycleRecord record = RUN.createCycleRecord();
            record.setNumber(summary.cycle());
            record.setChargeCapacity(summary.chargeCapacityAh());
            record.setDischargeCapacity(summary.dischargeCapacityAh());
            record.setCoulombicEfficiency(summary.coulombicEfficiency().orElse(0));
            record.setDischargeEnergy(summary.dischargeEnergyWh());
            record.setResistance(summary.resistance());
            result.getCycles().add(record);
        }
        return result;
    }

    private static GrowthResult growth(String recipe, String film, String stepKind, int steps, double perStep) {
        GrowthResult result = RUN.createGrowthResult();
        result.setLabel(recipe);
        result.setRecipe(recipe);
        result.setFilm(film);
        result.setStepKind(stepKind);
        for (int i = 1; i <= steps; i++) {
            result.getThickness().add(i * perStep);
        }
        result.setFinalThickness(steps * perStep);
        return result;
    }

    /** Appends segments {kind, chemical, duration} one after the other. */
    private static void timeline(GrowthResult result, Object[][] segments) {
        double start = 0;
        for (Object[] s : segments) {
            TimelineSegment segment = RUN.createTimelineSegment();
            segment.setKind((String) s[0]);
            segment.setChemical((String) s[1]);
            segment.setStart(start);
            segment.setDuration((Double) s[2]);
            start += (Double) s[2];
            result.getTimeline().add(segment);
        }
    }

    private static LayerSection section(String name, String role, String material, double thickness,
            boolean interphase) {
        LayerSection section = RUN.createLayerSection();
        section.setName(name);
        section.setRole(role);
        section.setMaterial(material);
        section.setThickness(thickness);
        section.setInterphase(interphase);
        return section;
    }

    /** Z of a resistor parallel to a capacitor at f, {Z', Z''} in Ω. */
    static double[] parallelRc(double r, double c, double f) {
        double wrc = 2 * Math.PI * f * r * c;
        return new double[] {r / (1 + wrc * wrc), -r * wrc / (1 + wrc * wrc)};
    }

    static ImpedanceContribution contribution(String label) {
        ImpedanceContribution contribution = RUN.createImpedanceContribution();
        contribution.setLabel(label);
        return contribution;
    }

    /** Exports PNG and CSV; the CSV holds the series {@code seriesId} and no NaN. */
    private static void exports(ChartView view, String name, String seriesId) throws IOException {
        IWorkbenchPage page = page();
        // A view the run opened may lie under another in its folder (which an earlier test left on top).
        page.bringToTop(view);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiEvents.drain();
        Path png = SHOTS.resolve("exports/" + name + ".png");
        Path csv = SHOTS.resolve("exports/" + name + ".csv");
        view.exportPng(png);
        view.exportCsv(csv);
        assertPng(png);
        List<String> lines = Files.readAllLines(csv);
        int points = view.charts().stream().flatMap(c -> java.util.Arrays.stream(c.getSeriesSet().getSeries()))
                .mapToInt(s -> s.getXSeries().length).sum();
        assertEquals(1 + points, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.contains("," + seriesId + ",")), seriesId);
        assertFalse(String.join("\n", lines).contains("NaN"));
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void assertPng(Path png) throws IOException {
        assertTrue(Files.size(png) > 2000, png + " should contain a picture");
        ImageData data = new ImageLoader().load(png.toString())[0];
        assertTrue(data.width >= 400 && data.height >= 300, data.width + "x" + data.height);
    }

    static void restore(IWorkbenchPart part) {
        page().setPartState(page().getReference(part), IWorkbenchPage.STATE_RESTORED);
        UiEvents.drain();
    }

    /** Saves the window with {@code part} maximised as target/screenshots/name.png. */
    static void screenshot(IWorkbenchPart part, String name) throws IOException {
        page().activate(part);
        page().setPartState(page().getReference(part), IWorkbenchPage.STATE_MAXIMIZED);
        UiEvents.drain();
        Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
    }
}
