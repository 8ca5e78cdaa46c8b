package org.interphase.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.interphase.dsl.InterphaseStandaloneSetup;
import org.interphase.dsl.library.Libraries;
import org.interphase.model.Experiment;
import org.interphase.model.run.ArrheniusResult;
import org.interphase.model.run.Result;
import org.interphase.model.run.RunValue;
import org.interphase.model.run.SimulationRun;
import org.interphase.model.run.SymmetricCellResult;
import org.interphase.model.run.VoltammetryResult;
import org.interphase.runs.Execution;
import org.interphase.runs.ResultFolder;
import org.interphase.runs.RunExecutor;
import org.interphase.runs.RunStore;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.ui.InterphaseIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples' plating/stripping, critical-current-density ramp, LSV and temperature series, and a rate-capability
 * cycling, simulated as Simulate does and shown with {@link RunViews#show}: the Run Summary view lists the values the
 * run's summary holds, and the Symmetric Cell and Cycling views plot the half-cycles and C-rates the run's CSV files
 * list.
 */
class RunSummaryViewTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("interphase.examples", "../../examples"));

    @TempDir
    Path folder;

    @BeforeAll
    static void perspective() {
        RunViewsTest.perspective();
    }

    /** The examples' many materials hold palette slots; the tests after these expect free ones. */
    @AfterAll
    static void freeThePalette() {
        Palette.forget();
    }

    @Test
    void platingStrippingShowsEveryHalfCycleOfItsCsvAndTheSummaryValues() throws Exception {
        Execution execution = example(EXAMPLES.resolve("paa-peo-on-latp"), "PaaPeoLifetime");
        SimulationRun run = execution.run();
        RunSummaryView summary = show(run);

        List<RunSummaryView.Row> rows = RunSummaryView.rows(run);
        assertEquals(run.getResults().stream().mapToInt(r -> r.getSummary().size()).sum(), rows.size());
        assertEquals(rows.size(), summary.shownRows().size());
        assertTrue(summary.shownRows().containsAll(rows), summary.shownRows().toString());
        SymmetricCellResult cell = first(run, SymmetricCellResult.class);
        double plated = value(cell, "Li plated per half-cycle");
        RunSummaryView.Row row = row(summary, cell.getLabel(), "Li plated per half-cycle");
        assertEquals(plated, row.value());
        assertEquals("um", row.unit());
        assertEquals(ChartPreferences.readout(plated), RunSummaryView.cell(row, 2));
        assertTrue(summary.shownRows().stream().anyMatch(r -> r.quantity().startsWith("area-specific resistance of")
                && r.unit().equals("ohm cm2")), "each contact's ASR: " + summary.shownRows());

        // sortable: by value, then the other way
        summary.sortBy(2);
        List<Double> ascending = summary.shownRows().stream().map(RunSummaryView.Row::value).toList();
        assertEquals(ascending.stream().sorted().toList(), ascending);
        summary.sortBy(2);
        assertEquals(ascending.reversed(), summary.shownRows().stream().map(RunSummaryView.Row::value).toList());

        // Ctrl+C copies the selected rows as tab-separated text
        summary.select(0, 1);
        summary.copy();
        Clipboard clipboard = new Clipboard(PlatformUI.getWorkbench().getDisplay());
        String copied = (String) clipboard.getContents(TextTransfer.getInstance());
        clipboard.dispose();
        List<String> lines = copied.lines().toList();
        assertEquals(2, lines.size(), copied);
        RunSummaryView.Row top = summary.shownRows().get(0);
        assertEquals(top.measurement() + "\t" + top.quantity() + "\t" + top.value() + "\t" + top.unit(), lines.get(0));
        RunViewsTest.screenshot(summary, "run-summary-plating-stripping");
        RunViewsTest.restore(summary);

        // the Symmetric Cell view: one point per row of -half-cycles.csv, with its overpotential and Li plated
        SymmetricCellView view = (SymmetricCellView) page().findView(InterphaseIds.SYMMETRIC_CELL_VIEW);
        assertNotNull(view);
        List<String[]> csv = saved(execution, "-half-cycles.csv");
        ISeries<?> overpotential = view.series(SymmetricCellView.HALF_CYCLE_OVERPOTENTIAL);
        ISeries<?> lithium = view.series(SymmetricCellView.HALF_CYCLE_LITHIUM);
        assertNotNull(overpotential, view.seriesIds().toString());
        assertNotNull(lithium, view.seriesIds().toString());
        assertEquals(csv.size(), overpotential.getXSeries().length, "one point per half-cycle");
        assertTrue(csv.size() > 100, "600 h of 1 h half-cycles: " + csv.size());
        for (int i : List.of(0, 1, csv.size() - 1)) {
            assertEquals(Double.parseDouble(csv.get(i)[0]), overpotential.getXSeries()[i]);
            assertEquals(Double.parseDouble(csv.get(i)[4]), overpotential.getYSeries()[i],
                    1e-6 * overpotential.getYSeries()[i]);
            assertEquals(Double.parseDouble(csv.get(i)[5]), lithium.getYSeries()[i], 1e-6 * lithium.getYSeries()[i]);
        }
        assertEquals(plated, lithium.getYSeries()[1], 0.01 * plated, "a whole half-cycle plates the nominal Li");
        assertEquals(value(cell, "overpotential, first half-cycle"), overpotential.getYSeries()[0],
                1e-6 * overpotential.getYSeries()[0]);
        RunViewsTest.screenshot(view, "symmetric-cell-half-cycles");
        RunViewsTest.restore(view);
    }

    @Test
    void theCriticalCurrentDensityOfARampIsTheRunsSummaryValue() throws Exception {
        SimulationRun run = example(EXAMPLES.resolve("oxides-on-garnet"), "AluminaGarnetCcd").run();
        RunSummaryView summary = show(run);
        SymmetricCellResult ramp = first(run, SymmetricCellResult.class);
        RunSummaryView.Row ccd = row(summary, ramp.getLabel(), "critical current density");
        assertEquals(value(ramp, "critical current density"), ccd.value());
        assertEquals("mA/cm2", ccd.unit());
        SymmetricCellView view = (SymmetricCellView) page().findView(InterphaseIds.SYMMETRIC_CELL_VIEW);
        assertEquals(SymmetricCellView.halfCycles(ramp).size(),
                view.series(SymmetricCellView.HALF_CYCLE_OVERPOTENTIAL).getXSeries().length);
        RunViewsTest.screenshot(summary, "run-summary-ccd-ramp");
        RunViewsTest.restore(summary);
    }

    @Test
    void theLsvOnsetAndTheActivationEnergyAreListed() throws Exception {
        SimulationRun lsv = example(EXAMPLES.resolve("paa-peo-on-latp"), "BareLatpStability").run();
        RunSummaryView summary = show(lsv);
        VoltammetryResult sweep = first(lsv, VoltammetryResult.class);
        RunSummaryView.Row onset = row(summary, sweep.getLabel(), "onset potential");
        assertEquals(sweep.getOnsetPotential(), onset.value());
        assertEquals("V", onset.unit());
        RunViewsTest.screenshot(summary, "run-summary-lsv");
        RunViewsTest.restore(summary);

        SimulationRun series = example(EXAMPLES.resolve("ncm-llto-thin-film"), "LltoArrhenius").run();
        show(series);
        ArrheniusResult arrhenius = first(series, ArrheniusResult.class);
        RunSummaryView.Row energy = row(summary, arrhenius.getLabel(), "activation energy");
        assertEquals(arrhenius.getActivationEnergy(), energy.value());
        assertEquals("eV", energy.unit());
        assertFalse(summary.shownRows().stream().anyMatch(r -> r.quantity().equals("onset potential")),
                "the view shows the run shown, not the one before");
        RunViewsTest.screenshot(summary, "run-summary-temperature-series");
        RunViewsTest.restore(summary);
    }

    @Test
    void theCyclingViewPlotsEachCyclesNominalAndEffectiveCRate() throws Exception {
        Files.writeString(folder.resolve("rates.iph"), """
                stack Film {
                  area 0.459 cm2
                  temperature 25 °C
                  cathode NCM523 1 µm
                  electrolyte LLTO-film-annealed-300 350 nm
                  lithium Li 100 µm
                }
                experiment Rates on Film {
                  rate-capability { rates C/10, 1C, 10C window 3.2 V to 4.2 V }
                }
                """);
        Execution execution = example(folder, "Rates");
        SimulationRun run = execution.run();
        RunSummaryView summary = show(run);
        Result cycling = run.getResults().get(0);
        assertEquals(value(cycling, "effective discharge C-rate, cycle 3"),
                row(summary, cycling.getLabel(), "effective discharge C-rate, cycle 3").value());

        CyclingView view = (CyclingView) page().findView(InterphaseIds.CYCLING_VIEW);
        List<String[]> csv = saved(execution, "-c-rates.csv");
        ISeries<?> nominal = view.series(CyclingView.NOMINAL_DISCHARGE);
        ISeries<?> effective = view.series(CyclingView.EFFECTIVE_DISCHARGE);
        assertNotNull(nominal, view.seriesIds().toString());
        assertEquals(3, csv.size());
        assertEquals(3, effective.getYSeries().length, "one point per cycle");
        for (int i = 0; i < 3; i++) {
            assertEquals(Double.parseDouble(csv.get(i)[3]), nominal.getYSeries()[i], 1e-9 * nominal.getYSeries()[i]);
            assertEquals(Double.parseDouble(csv.get(i)[4]), effective.getYSeries()[i],
                    1e-9 * effective.getYSeries()[i]);
        }
        assertEquals(value(cycling, "nominal discharge C-rate, cycle 1"), nominal.getYSeries()[0], 1e-12);
        assertTrue(effective.getYSeries()[2] > nominal.getYSeries()[2], "10C delivers less than nominal capacity");
        RunViewsTest.screenshot(view, "cycling-c-rates");
        RunViewsTest.restore(view);
    }

    private static RunSummaryView show(SimulationRun run) {
        RunViews.show(page(), run);
        org.interphase.ui.testing.UiEvents.drain();
        RunSummaryView view = (RunSummaryView) page().findView(RunSummaryView.ID);
        assertNotNull(view, "RunViews opens the Run Summary view");
        assertFalse(view.isShowingMessage(), view.message());
        return view;
    }

    private static RunSummaryView.Row row(RunSummaryView view, String measurement, String quantity) {
        return view.shownRows().stream().filter(r -> r.measurement().equals(measurement)
                && r.quantity().equals(quantity)).findFirst().orElseThrow(() -> new AssertionError(
                        measurement + " " + quantity + " not among " + view.shownRows()));
    }

    private static double value(Result result, String name) {
        return result.getSummary().stream().filter(v -> v.getName().equals(name)).mapToDouble(RunValue::getValue)
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in the summary of "
                        + result.getLabel()));
    }

    private static <T extends Result> T first(SimulationRun run, Class<T> type) {
        return run.getResults().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** The rows (without header) of the saved run's file ending with {@code suffix}. */
    private List<String[]> saved(Execution execution, String suffix) throws IOException {
        Path saved = RunStore.save(execution, folder.resolve("results"), ResultFolder.Replace.NEVER).getParent();
        try (Stream<Path> files = Files.list(saved)) {
            Path file = files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow();
            List<String[]> rows = new ArrayList<>();
            Files.readAllLines(file).stream().skip(1).forEach(line -> rows.add(line.split(",")));
            return rows;
        }
    }

    /** The experiment {@code name} of the .iph files in {@code folder}, simulated as Simulate does. */
    private static Execution example(Path folder, String name) throws IOException {
        XtextResourceSet resources = new InterphaseStandaloneSetup().createInjectorAndDoEMFRegistration()
                .getInstance(XtextResourceSet.class);
        try (Stream<Path> files = Files.list(folder.toAbsolutePath().normalize())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".iph")).sorted().toList()) {
                resources.getResource(URI.createFileURI(file.toString()), true);
            }
        }
        EcoreUtil.resolveAll(resources);
        Experiment experiment = resources.getResources().stream().flatMap(r -> r.getContents().stream())
                .flatMap(m -> m.eContents().stream()).filter(Experiment.class::isInstance)
                .map(Experiment.class::cast).filter(e -> name.equals(e.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no experiment " + name + " in " + folder));
        return new RunExecutor(Libraries.builtIn()).execute(experiment, RunMonitor.NONE);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
