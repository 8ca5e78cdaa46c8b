package org.interphase.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.views.IViewDescriptor;
import org.interphase.model.run.ArrheniusResult;
import org.interphase.model.run.CycleRecord;
import org.interphase.model.run.CyclingResult;
import org.interphase.model.run.ImpedanceResult;
import org.interphase.model.run.RunFactory;
import org.interphase.model.run.SimulationRun;
import org.interphase.runs.RunResources;
import org.interphase.runs.RunStore;
import org.interphase.runs.SourceDigest;
import org.interphase.ui.InterphaseIds;
import org.interphase.ui.testing.Screenshots;
import org.interphase.ui.testing.UiEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The result views as a workbench: every view in Window > Show View, every result of a run listed and drawn when
 * chosen, a run marked stale while its file differs, the last run shown again at the next start from its file, and
 * the Nyquist plot's labels and equal axes through tab switches, maximising and box zoom.
 */
class ResultsWorkbenchTest {

    private static final Path SHOTS = Path.of(System.getProperty("interphase.screenshots", "target/screenshots"));
    private static final RunFactory RUN = RunFactory.eINSTANCE;
    private static final List<String> RESULT_VIEWS = List.of(InterphaseIds.IMPEDANCE_VIEW,
            InterphaseIds.CYCLING_VIEW, InterphaseIds.SYMMETRIC_CELL_VIEW, InterphaseIds.VOLTAMMETRY_VIEW,
            InterphaseIds.ARRHENIUS_VIEW, InterphaseIds.RECIPE_GROWTH_VIEW, InterphaseIds.STUDY_VIEW,
            InterphaseIds.STACK_CROSS_SECTION_VIEW);

    @BeforeAll
    static void perspective() {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setBounds(0, 0, 1600, 1000);
        window.getActivePage().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(InterphaseIds.PERSPECTIVE));
        window.getActivePage().resetPerspective();
        UiEvents.drain();
    }

    @Test
    void everyResultViewIsInWindowShowViewUnderInterphaseResults() throws Exception {
        IViewCategory category = Arrays.stream(PlatformUI.getWorkbench().getViewRegistry().getCategories())
                .filter(c -> "Interphase results".equals(c.getLabel())).findFirst().orElse(null);
        assertNotNull(category, "a Show View category 'Interphase results'");
        Set<String> inCategory = Arrays.stream(category.getViews()).map(IViewDescriptor::getId)
                .collect(Collectors.toSet());
        assertTrue(inCategory.containsAll(RESULT_VIEWS), inCategory.toString());

        IWorkbenchPage page = RunViewsTest.page();
        for (String id : RESULT_VIEWS) {
            IViewPart open = page.findView(id);
            if (open != null) {
                page.hideView(open);
            }
        }
        UiEvents.drain();
        // The product's own menu bar, as a user opens it: Window > Show View lists each result view directly.
        Shell shell = page.getWorkbenchWindow().getShell();
        Menu windowMenu = submenu(shell.getMenuBar(), "Window");
        Menu showView = submenu(windowMenu, "Show View");
        List<String> labels = Arrays.stream(showView.getItems()).map(ResultsWorkbenchTest::label).toList();
        for (String id : RESULT_VIEWS) {
            String name = PlatformUI.getWorkbench().getViewRegistry().find(id).getLabel();
            MenuItem item = item(showView, name);
            assertNotNull(item, name + " in Window > Show View " + labels);
            item.notifyListeners(SWT.Selection, new Event());
            UiEvents.drain();
            assertNotNull(page.findView(id), "choosing " + name + " opens it");
        }
        showView.notifyListeners(SWT.Hide, new Event());
        windowMenu.notifyListeners(SWT.Hide, new Event());
        UiEvents.drain();
        Screenshots.save(shell, "show-view-opened-every-result-view");
    }

    @Test
    void everySpectrumAndCyclingResultOfARunIsListedAndDrawnWhenChosen() throws Exception {
        SimulationRun run = RunViewsTest.run("Many", "BareLatpSymmetric");
        run.getResults().add(spectrum("1-impedance", 1000));
        run.getResults().add(spectrum("2-impedance", 2000));
        ArrheniusResult series = RUN.createArrheniusResult();
        fill(series, 4000);
        series.setLabel("3-impedance");
        for (double[] at : new double[][] {{25, 4000}, {60, 900}}) {
            ImpedanceResult spectrum = spectrum(String.format(java.util.Locale.ROOT, "%.2f °C", at[0]), at[1]);
            series.getSpectra().add(spectrum);
            series.getTemperature().add(at[0] + 273.15);
            series.getConductivity().add(1e-3);
        }
        run.getResults().add(series);
        run.getResults().add(cycling("1-cycling", 10));
        run.getResults().add(cycling("2-rate-capability", 3));
        RunViews.show(RunViewsTest.page(), run);
        UiEvents.drain();

        ImpedanceView impedance = (ImpedanceView) RunViewsTest.page().findView(ImpedanceView.ID);
        assertEquals(List.of("1-impedance", "2-impedance", "3-impedance at 25.00 °C", "3-impedance at 60.00 °C"),
                impedance.resultChoices());
        assertEquals("1-impedance", impedance.shownResult());
        assertEquals(1000, maxReal(impedance), 1.0, "the first sweep is drawn");
        assertTrue(impedance.selectResult("3-impedance at 60.00 °C"));
        UiEvents.drain();
        assertEquals(900, maxReal(impedance), 0.9, "the spectrum at 60 °C, as chosen");
        assertTrue(impedance.input().title().endsWith("3-impedance at 60.00 °C"), impedance.input().title());
        RunViewsTest.screenshot(impedance, "result-chooser-impedance-60C");
        RunViewsTest.restore(impedance);

        CyclingView cyclingView = (CyclingView) RunViewsTest.page().findView(CyclingView.ID);
        assertEquals(List.of("1-cycling", "2-rate-capability"), cyclingView.resultChoices());
        assertEquals(10, cyclingView.series(CyclingView.DISCHARGE_CAPACITY).getXSeries().length);
        assertTrue(cyclingView.selectResult("2-rate-capability"));
        UiEvents.drain();
        assertEquals("2-rate-capability", cyclingView.result().getLabel());
        assertEquals(3, cyclingView.series(CyclingView.DISCHARGE_CAPACITY).getXSeries().length,
                "one discharge per rate");
        RunViewsTest.screenshot(cyclingView, "result-chooser-rate-capability");
        RunViewsTest.restore(cyclingView);

        // A run with one result of a kind lists nothing: the list only shows when there is a choice.
        SimulationRun single = RunViewsTest.run("One", "BareLatpSymmetric");
        single.getResults().add(spectrum("1-impedance", 500));
        RunViews.show(RunViewsTest.page(), single);
        UiEvents.drain();
        assertEquals(List.of(), impedance.resultChoices());
        assertEquals(500, maxReal(impedance), 0.5);
    }

    @Test
    void aRunIsMarkedStaleWhileItsFileHoldsOtherText() throws Exception {
        Path source = SHOTS.resolve("stale/cells.iph").toAbsolutePath();
        Files.createDirectories(source.getParent());
        String text = "stack A {\n  area 1 cm2\n}\n";
        Files.writeString(source, text);
        SimulationRun run = RunViewsTest.run("Eis", "A");
        run.getResults().add(spectrum("1-impedance", 1000));
        run.setSourceUri(URI.createFileURI(source.toString()).toString());
        run.setSourceDigest(SourceDigest.of(text));
        IWorkbenchPage page = RunViewsTest.page();
        RunViews.show(page, run);
        UiEvents.drain();
        ImpedanceView view = (ImpedanceView) page.findView(ImpedanceView.ID);
        assertFalse(view.description().contains(RunMark.STALE), view.description());

        Files.writeString(source, text.replace("1 cm2", "2 cm2"));
        Staleness.mark(page, run);
        assertTrue(view.description().endsWith("— " + RunMark.STALE), view.description());
        RunViewsTest.screenshot(view, "impedance-stale");
        RunViewsTest.restore(view);

        Files.writeString(source, text);
        Staleness.mark(page, run);
        assertFalse(view.description().contains(RunMark.STALE), "the file is as the run read it again");
        Files.delete(source);
        Staleness.mark(page, run);
        assertTrue(view.description().contains(RunMark.STALE), "a deleted file is no longer the run's");
        RunViews.show(page, RunViewsTest.run("Other", "B"));
        assertFalse(view.description().contains(RunMark.STALE), "another run is not stale");
    }

    @Test
    void theLastRunIsShownAgainFromItsFileInTheViewsLeftOpen() throws Exception {
        Path file = SHOTS.resolve("restart/Restored/Restored.iphrun").toAbsolutePath();
        Files.createDirectories(file.getParent());
        SimulationRun run = RunViewsTest.run("Restored", "BareLatpSymmetric");
        run.getResults().add(spectrum("1-impedance", 1234));
        run.getResults().add(cycling("2-cycling", 4));
        Resource resource = RunResources.resourceSet().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(run);
        resource.save(Map.of());
        IWorkbenchPage page = RunViewsTest.page();
        RunViews.show(page, RunStore.load(file));
        UiEvents.drain();

        // The next start: no run shown, the Impedance view left open, the Cycling view closed.
        for (String id : RESULT_VIEWS) {
            IViewPart open = page.findView(id);
            if (open != null) {
                page.hideView(open);
            }
        }
        RunViews.forget();
        ImpedanceView view = (ImpedanceView) page.showView(ImpedanceView.ID);
        UiEvents.drain();
        Job restore = RunViews.showLastRun(page);
        assertNotNull(restore, "the run shown last is remembered");
        restore.join();
        UiEvents.waitUntil(java.time.Duration.ofSeconds(10), () -> view.input() != null);

        assertNotNull(view.input(), "the Impedance view shows the run again");
        assertEquals(1234, maxReal(view), 1.234);
        assertEquals(file.getParent(), RunViews.resultsFolder(), "exports go to its folder again");
        assertNull(page.findView(CyclingView.ID), "a view the user closed stays closed");
        RunViewsTest.screenshot(view, "impedance-restored-at-start");
        RunViewsTest.restore(view);
    }

    @Test
    void nyquistLabelsMatchTheDataAfterSwitchingTabsAndMaximisingAndBoxZoomKeepsEqualAxes() throws Exception {
        SimulationRun run = RunViewsTest.run("Labels", "BareLatpSymmetric");
        run.getResults().add(spectrum("1-impedance", 2500));
        IWorkbenchPage page = RunViewsTest.page();
        RunViews.show(page, run);
        UiEvents.drain();
        ImpedanceView view = (ImpedanceView) page.findView(ImpedanceView.ID);
        page.activate(view);
        view.selectTab(1);
        UiEvents.drain();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiEvents.drain();
        // Back to Nyquist as a click on its tab does it, in the maximised view.
        CTabFolder tabs = view.tabs();
        tabs.setSelection(0);
        Event click = new Event();
        click.item = tabs.getItem(0);
        tabs.notifyListeners(SWT.Selection, click);
        UiEvents.drain();

        Chart nyquist = view.nyquistChart();
        assertEqualAxes(view);
        assertLabelsMatchTheAxes(nyquist);
        assertEveryPointShown(nyquist);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "nyquist-after-bode-and-maximise");

        // A box around the arc's apex: the zoom keeps 1 Ω as long on both axes, centred on the box.
        IAxis x = nyquist.getAxisSet().getXAxis(0);
        IAxis y = nyquist.getAxisSet().getYAxis(0);
        Rectangle box = new Rectangle(x.getPixelCoordinate(900), y.getPixelCoordinate(1350), 300, 80);
        double centreX = (x.getDataCoordinate(box.x) + x.getDataCoordinate(box.x + box.width)) / 2;
        double centreY = (y.getDataCoordinate(box.y) + y.getDataCoordinate(box.y + box.height)) / 2;
        ChartInteraction.of(nyquist).zoomTo(box);
        UiEvents.drain();
        assertEqualAxes(view);
        assertLabelsMatchTheAxes(nyquist);
        assertEquals(centreX, (x.getRange().lower + x.getRange().upper) / 2, 1e-6 * centreX);
        assertEquals(centreY, (y.getRange().lower + y.getRange().upper) / 2, 1e-6 * centreY);
        assertTrue(x.getRange().upper - x.getRange().lower < 2500, "zoomed in: " + x.getRange());
        Screenshots.save(page.getWorkbenchWindow().getShell(), "nyquist-box-zoom-equal-axes");

        // Apply of a fit opens the editor from the maximised view: the page is restored first, not half maximised.
        RunViews.restoreMaximised(page);
        UiEvents.drain();
        assertEquals(IWorkbenchPage.STATE_RESTORED, page.getPartState(page.getReference(view)));
        IViewPart explorer = page.findView(IPageLayout.ID_PROJECT_EXPLORER);
        assertTrue(explorer != null && page.isPartVisible(explorer), "the other stacks are shown again");
    }

    private static void assertEqualAxes(ImpedanceView view) {
        double[] perPixel = view.nyquistOhmsPerPixel();
        assertEquals(perPixel[0], perPixel[1], 0.01 * perPixel[0], "Ω per pixel on x and y");
    }

    /** Every tick label lies on its axis's range, and together they span it: they belong to the ranges drawn. */
    private static void assertLabelsMatchTheAxes(Chart chart) {
        for (IAxis axis : List.of(chart.getAxisSet().getXAxis(0), chart.getAxisSet().getYAxis(0))) {
            Range range = axis.getRange();
            double[] ticks = axis.getTick().getTickLabelValues();
            assertTrue(ticks.length >= 2, axis.getDirection() + " has labels: " + Arrays.toString(ticks));
            double span = range.upper - range.lower;
            for (double tick : ticks) {
                assertTrue(tick >= range.lower - 1e-9 * span && tick <= range.upper + 1e-9 * span,
                        axis.getDirection() + " label " + tick + " outside " + range);
            }
            assertTrue(ticks[ticks.length - 1] - ticks[0] >= 0.5 * span, axis.getDirection() + " labels "
                    + Arrays.toString(ticks) + " span half of " + range);
            Point size = chart.getPlotArea().getSize();
            int length = axis.getDirection() == IAxis.Direction.X ? size.x : size.y;
            for (double tick : ticks) {
                int pixel = axis.getPixelCoordinate(tick);
                assertTrue(pixel >= -1 && pixel <= length + 1,
                        "label " + tick + " at pixel " + pixel + " of " + length);
            }
        }
    }

    private static void assertEveryPointShown(Chart chart) {
        Range x = chart.getAxisSet().getXAxis(0).getRange();
        Range y = chart.getAxisSet().getYAxis(0).getRange();
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            for (int i = 0; i < series.getXSeries().length; i++) {
                assertTrue(series.getXSeries()[i] >= x.lower && series.getXSeries()[i] <= x.upper);
                assertTrue(series.getYSeries()[i] >= y.lower && series.getYSeries()[i] <= y.upper);
            }
        }
    }

    /** The cell's largest Z', Ω: the arc's resistance, within 0.1 % at 1 Hz. */
    private static double maxReal(ImpedanceView view) {
        return Arrays.stream(view.input().total().real()).max().orElseThrow();
    }

    /** A parallel RC arc of resistance {@code r} Ω (1 µF), 1 MHz to 1 Hz, as the run model holds it. */
    private static ImpedanceResult spectrum(String label, double r) {
        ImpedanceResult result = RUN.createImpedanceResult();
        fill(result, r);
        result.setLabel(label);
        return result;
    }

    private static void fill(ImpedanceResult result, double r) {
        for (int i = 0; i <= 60; i++) {
            double f = Math.pow(10, 6 - i / 10.0);
            double[] z = RunViewsTest.parallelRc(r, 1e-6, f);
            result.getFrequency().add(f);
            result.getReal().add(z[0]);
            result.getImaginary().add(z[1]);
        }
    }

    /** A cycling result of {@code cycles} cycles whose discharge capacity falls cycle by cycle (as with the rate). */
    private static CyclingResult cycling(String label, int cycles) {
        CyclingResult result = RUN.createCyclingResult();
        result.setLabel(label);
        result.setCell("cell");
        for (int n = 1; n <= cycles; n++) {
            CycleRecord record = RUN.createCycleRecord();
            record.setNumber(n);
            record.setChargeCapacity(1e-3);
            record.setDischargeCapacity(1e-3 * (1 - 0.05 * n));
            record.setCoulombicEfficiency(1 - 0.05 * n);
            result.getCycles().add(record);
            for (int k = 0; k <= 10; k++) {
                boolean charge = k < 5;
                result.getTime().add((n - 1) * 10.0 + k);
                result.getCurrent().add(charge ? 1e-3 : -1e-3);
                result.getVoltage().add(charge ? 3.4 + 0.1 * k : 4.2 - 0.1 * (k - 5));
                result.getCapacity().add(charge ? 1e-4 * k : 1e-4 * (k - 5));
                result.getCycleNumber().add(n);
            }
        }
        return result;
    }

    /** The submenu of the item labelled {@code text} ("Window", "Show View"), filled as when it opens. */
    private static Menu submenu(Menu menu, String text) {
        MenuItem item = item(menu, text);
        assertNotNull(item, text + " in " + Arrays.stream(menu.getItems()).map(ResultsWorkbenchTest::label).toList());
        Menu sub = item.getMenu();
        sub.notifyListeners(SWT.Show, new Event());
        UiEvents.drain();
        return sub;
    }

    private static MenuItem item(Menu menu, String text) {
        return Arrays.stream(menu.getItems()).filter(i -> label(i).equals(text)).findFirst().orElse(null);
    }

    /** The item's label as shown: without mnemonic and accelerator. */
    private static String label(MenuItem item) {
        String text = item.getText().replace("&", "");
        int tab = text.indexOf('\t');
        return tab < 0 ? text : text.substring(0, tab);
    }
}
