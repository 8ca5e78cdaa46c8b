package org.interphase.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.interphase.dsl.InterphaseStandaloneSetup;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.CompiledStack;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.compiler.SimulationPlan;
import org.interphase.dsl.library.Libraries;
import org.interphase.model.Experiment;
import org.interphase.model.Model;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.interphase.sim.stack.StackImpedance;
import org.interphase.ui.InterphaseIds;
import org.interphase.ui.testing.Screenshots;
import org.interphase.ui.testing.UiEvents;
import org.interphase.ui.views.CrossSectionInput.Role;
import org.interphase.ui.views.ImpedanceInput.Curve;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example PAA/PEO-coated LATP cell compiled and simulated as the command line does, shown in the
 * cross-section and impedance views, exported, and photographed.
 */
class ResultViewsTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("interphase.examples", "../../examples"));
    private static final Path SHOTS = Path.of(System.getProperty("interphase.screenshots", "target/screenshots"));

    private static Experiment experiment;
    private static StackImpedance impedance;
    private static CompiledStack compiled;
    private static String runLabel;

    @BeforeAll
    static void simulateTheExample() {
        Path folder = EXAMPLES.resolve("paa-peo-on-latp").toAbsolutePath().normalize();
        XtextResourceSet resources = new InterphaseStandaloneSetup().createInjectorAndDoEMFRegistration()
                .getInstance(XtextResourceSet.class);
        for (String name : List.of("chemicals.iph", "paa-peo-on-latp.iph")) {
            resources.getResource(URI.createFileURI(folder.resolve(name).toString()), true);
        }
        EcoreUtil.resolveAll(resources);
        Model model = (Model) resources.getResource(URI.createFileURI(folder.resolve("paa-peo-on-latp.iph")
                .toString()), false).getContents().get(0);
        experiment = model.getElements().stream().filter(Experiment.class::isInstance).map(Experiment.class::cast)
                .filter(e -> e.getName().equals("PaaPeoLifetime")).findFirst().orElseThrow();
        ModelCompiler compiler = new ModelCompiler(Libraries.builtIn());
        SimulationPlan plan = compiler.compile(experiment);
        CompiledRun.Impedance run = plan.runs().stream().filter(CompiledRun.Impedance.class::isInstance)
                .map(CompiledRun.Impedance.class::cast).findFirst().orElseThrow();
        runLabel = run.label();
        impedance = StackCircuitBuilder.simulate(run.stack(), run.frequencies());
        compiled = compiler.stack(experiment.getStack());

        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setBounds(0, 0, 1270, 940);
        window.getActivePage().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(InterphaseIds.PERSPECTIVE));
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @Test
    void crossSectionShowsTheLayersToScale() throws Exception {
        StackCrossSectionView view = (StackCrossSectionView) page().showView(InterphaseIds.STACK_CROSS_SECTION_VIEW);
        assertNotNull(view);
        CrossSectionInput input = CrossSectionInput.of(compiled, experiment.getStack());
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        view.show(input);
        UiEvents.drain();

        assertEquals(3, input.layers().size(), input.toString());
        assertEquals(List.of("PAA-PEO-LbL-crosslinked", "pellet", "PAA-PEO-LbL-crosslinked #2"),
                input.layers().stream().map(CrossSectionInput.Band::label).toList());
        assertEquals(List.of("PAA-PEO-LbL-crosslinked", "LATP", "PAA-PEO-LbL-crosslinked"),
                input.layers().stream().map(CrossSectionInput.Band::material).toList());
        assertEquals(List.of(Role.COATING, Role.ELECTROLYTE, Role.COATING),
                input.layers().stream().map(CrossSectionInput.Band::role).toList());
        assertEquals("Li", input.left());
        assertEquals(impedance.stack().totalThickness(), input.totalThickness(), 1e-12);
        double coating = input.layers().get(0).thickness();
        assertTrue(coating > 1e-9 && coating < 1e-6, "the coating is nanometres thick: " + coating);
        assertTrue(Thickness.format(coating).endsWith(" nm"), Thickness.format(coating));

        // log scale: the coatings stay visible; linear: the pellet dominates
        view.setLogScale(true);
        List<Rectangle> log = view.layerBounds();
        assertEquals(3, log.size());
        assertTrue(log.get(0).width >= 20, "in log scale a coating is wide enough to see: " + log);
        view.setLogScale(false);
        List<Rectangle> linear = view.layerBounds();
        assertTrue(linear.get(1).width > 20 * linear.get(0).width, "linear: the pellet dominates " + linear);
        assertTrue(linear.get(0).width >= CrossSectionPainter.MIN_BAND);
        view.setLogScale(true);
        UiEvents.drain();

        Path png = SHOTS.resolve("exports/cross-section.png");
        Path csv = SHOTS.resolve("exports/cross-section.csv");
        view.exportPng(png);
        view.exportCsv(csv);
        assertPng(png);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 2 + 3, lines.size(), lines.toString());
        assertTrue(lines.get(2).startsWith("1,PAA-PEO-LbL-crosslinked,PAA-PEO-LbL-crosslinked,coating,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("2,pellet,LATP,electrolyte,"), lines.get(3));
        assertNoTemporaryFiles(png.getParent());

        screenshot(view, "stack-cross-section");
        view.setLogScale(false);
        screenshot(view, "stack-cross-section-linear");

        // An interphase (here a made-up mixed-conducting layer between Li and the pellet) is drawn hatched.
        CrossSectionInput.Band mci = new CrossSectionInput.Band("MCI", "Li3P-Ti-interphase", 40e-9, Role.INTERPHASE);
        CrossSectionInput withInterphase = new CrossSectionInput("Li | MCI | LATP | Li (drawing check)", "Li", "Li",
                List.of(mci, input.layers().get(1)), List.of("Li|MCI"));
        view.setLogScale(true);
        view.show(withInterphase);
        assertEquals(2, view.layerBounds().size());
        screenshot(view, "stack-cross-section-interphase");
        CrossSectionInput fromEngine = CrossSectionInput.of("engine", impedance.stack(), Set.of("pellet"));
        assertEquals(Role.INTERPHASE, fromEngine.layers().get(1).role());
        assertEquals(Role.LAYER, fromEngine.layers().get(0).role());
        view.show(input);
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void impedanceShowsTheSpectrumAndEveryContribution() throws Exception {
        ImpedanceView view = (ImpedanceView) page().showView(InterphaseIds.IMPEDANCE_VIEW);
        assertNotNull(view);
        ImpedanceInput input = ImpedanceInput.of(experiment.getName() + " " + runLabel + " ("
                + compiled.name() + ")", impedance);
        assertEquals(0, input.droppedPoints());
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        view.show(input);
        UiEvents.drain();

        int contributions = impedance.contributions().size();
        assertTrue(contributions >= 3, "bulk, grain boundary, coatings, interfaces: " + contributions);
        ISeries<?>[] nyquist = view.nyquistChart().getSeriesSet().getSeries();
        assertEquals(contributions + 1, nyquist.length);
        assertEquals(contributions + 1, view.modulusChart().getSeriesSet().getSeries().length);
        assertEquals(contributions + 1, view.phaseChart().getSeriesSet().getSeries().length);
        assertEquals(ImpedanceInput.TOTAL, nyquist[0].getId());
        Set<Object> colours = new java.util.HashSet<>();
        for (ISeries<?> series : nyquist) {
            colours.add(((org.eclipse.swtchart.ILineSeries<?>) series).getLineColor().getRGB());
        }
        assertEquals(nyquist.length, colours.size(), "each contribution in its own colour");
        double[] re = impedance.spectrum().realParts();
        double[] minusIm = impedance.spectrum().negativeImaginaryParts();
        int last = re.length - 1;
        assertEquals(re[0], nyquist[0].getXSeries()[0], 0);
        assertEquals(minusIm[0], nyquist[0].getYSeries()[0], 0);
        assertEquals(re[last], nyquist[0].getXSeries()[last], 0);
        assertEquals(minusIm[last], nyquist[0].getYSeries()[last], 0);
        assertTrue(view.isArcsAlongTotal());
        double[] shifts = input.nyquistShifts();
        double end = 0;
        for (int i = 0; i < contributions; i++) {
            assertEquals(impedance.contributions().get(i).label(), nyquist[i + 1].getId());
            double[] partRe = impedance.contributions().get(i).spectrum().realParts();
            double[] partMinusIm = impedance.contributions().get(i).spectrum().negativeImaginaryParts();
            int k = partRe.length - 1;
            assertEquals(partRe[0] + shifts[i], nyquist[i + 1].getXSeries()[0], 1e-9);
            assertEquals(partRe[k] + shifts[i], nyquist[i + 1].getXSeries()[k], 1e-9);
            assertEquals(partMinusIm[k], nyquist[i + 1].getYSeries()[k], 0);
            end = Math.max(end, partRe[k] + shifts[i]);
        }
        // placed side by side, the arcs end where the cell's spectrum ends
        assertEquals(re[last], end, 0.02 * re[last]);
        view.setArcsAlongTotal(false);
        for (int i = 0; i < contributions; i++) {
            double[] partRe = impedance.contributions().get(i).spectrum().realParts();
            assertEquals(partRe[0], view.nyquistChart().getSeriesSet().getSeries()[i + 1].getXSeries()[0], 0);
        }
        view.setArcsAlongTotal(true);
        UiEvents.drain();
        nyquist = view.nyquistChart().getSeriesSet().getSeries();
        for (ISeries<?> series : nyquist) {
            for (double v : series.getXSeries()) {
                assertTrue(Double.isFinite(v));
            }
            for (double v : series.getYSeries()) {
                assertTrue(Double.isFinite(v));
            }
        }
        view.equalAxes();
        double[] perPixel = view.nyquistOhmsPerPixel();
        assertEquals(perPixel[0], perPixel[1], perPixel[0] * 1e-9, "equal Nyquist axes");

        Path png = SHOTS.resolve("exports/impedance-nyquist.png");
        Path csv = SHOTS.resolve("exports/impedance.csv");
        view.exportPng(png);
        view.exportCsv(csv);
        assertPng(png);
        List<String> lines = Files.readAllLines(csv);
        int points = input.curves().stream().mapToInt(Curve::size).sum();
        assertEquals(1 + points, lines.size());
        assertTrue(lines.get(1).startsWith("Total,"), lines.get(1));
        assertFalse(String.join("\n", lines).contains("NaN"));
        assertNoTemporaryFiles(png.getParent());
        screenshot(view, "impedance-nyquist");
        zoomPanAndReadOut(view);

        view.selectTab(1);
        UiEvents.drain();
        Path bode = SHOTS.resolve("exports/impedance-bode.png");
        view.exportPng(bode);
        assertPng(bode);
        for (Chart chart : List.of(view.modulusChart(), view.phaseChart())) {
            double[] ticks = chart.getAxisSet().getXAxis(0).getTick().getTickLabelValues();
            Set<String> labels = new java.util.TreeSet<>();
            int minor = 0;
            for (double tick : ticks) {
                String label = DecadeFormat.label(tick);
                if (label.isEmpty()) {
                    minor++;
                } else {
                    labels.add(label);
                }
            }
            assertTrue(labels.size() >= 3, "the frequency axis is labelled at decades: " + labels);
            assertTrue(labels.contains("1000"), labels.toString());
            assertTrue(minor > 2 * labels.size(), "minor ticks between the decades: " + minor);
        }
        screenshot(view, "bode-decade-labels");
        exportsVectorAndPrintPictures(view, input);
        view.selectTab(0);
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
        UiEvents.drain();
        screenshot(null, "perspective-with-result-views");
    }

    /**
     * The Bode plots as SVG (well-formed XML with each series of both charts as a path of all its points, and the
     * legend) and as a 300 dpi PNG (its size on screen times 300/96).
     */
    private static void exportsVectorAndPrintPictures(ImpedanceView view, ImpedanceInput input) throws Exception {
        Path svg = SHOTS.resolve("exports/impedance-bode.svg");
        view.exportSvg(svg);
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document document = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", document.getDocumentElement().getTagName());
        java.util.Map<String, String> paths = new java.util.HashMap<>();
        // JFreeSVG puts the id on the group around the path
        org.w3c.dom.NodeList nodes = document.getElementsByTagName("path");
        for (int i = 0; i < nodes.getLength(); i++) {
            org.w3c.dom.Element path = (org.w3c.dom.Element) nodes.item(i);
            if (path.getParentNode() instanceof org.w3c.dom.Element group && group.hasAttribute("id")) {
                paths.put(group.getAttribute("id"), path.getAttribute("d"));
            }
        }
        int points = input.total().size();
        for (String id : List.of("series-Total", "chart2-series-Total")) {
            assertTrue(paths.containsKey(id), id + " in " + paths.keySet());
            assertEquals(points - 1, paths.get(id).chars().filter(c -> c == 'L').count(), id + ": every point");
        }
        assertEquals(2 * (input.curves().size()), paths.keySet().stream().filter(k -> k.contains("series-")).count(),
                "every series of both charts");
        org.w3c.dom.NodeList texts = document.getElementsByTagName("text");
        Set<String> words = new java.util.HashSet<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        assertTrue(words.containsAll(List.of("Total", "Frequency (Hz)", "|Z| (Ω)", "1000")), words.toString());

        Path png = SHOTS.resolve("exports/impedance-bode-300dpi.png");
        view.exportPng(png, 300);
        ImageData data = new ImageLoader().load(png.toString())[0];
        int width = view.modulusChart().getSize().x;
        assertEquals(Math.ceil(width * 300 / 96.0), data.width, 1, "300 dpi: " + width + " px on screen");
        assertNoTemporaryFiles(png.getParent());
    }

    /**
     * The Nyquist plot as a user handles it: box zoom, wheel, pan, the read-out under the cursor in ohms, the
     * context menu, show points, and a double click that brings the equal axes back.
     */
    private static void zoomPanAndReadOut(ImpedanceView view) throws IOException {
        Chart chart = view.nyquistChart();
        ChartInteraction interaction = ChartInteraction.of(chart);
        var plot = chart.getPlotArea().getControl();
        org.eclipse.swt.graphics.Point size = chart.getPlotArea().getSize();
        Range before = chart.getAxisSet().getXAxis(0).getRange();
        assertTrue(size.x > 200 && size.y > 200, "the Nyquist plot is shown: " + size);

        // a box around the middle of the cell's spectrum
        ILineSeries<?> total = (ILineSeries<?>) chart.getSeriesSet().getSeries(ImpedanceInput.TOTAL);
        int mid = total.getXSeries().length / 2;
        int px = chart.getAxisSet().getXAxis(0).getPixelCoordinate(total.getXSeries()[mid]);
        int py = chart.getAxisSet().getYAxis(0).getPixelCoordinate(total.getYSeries()[mid]);
        interaction.zoomTo(new Rectangle(px - size.x / 8, py - size.y / 8, size.x / 4, size.y / 4));
        Range boxed = chart.getAxisSet().getXAxis(0).getRange();
        assertEquals((before.upper - before.lower) / 4, boxed.upper - boxed.lower,
                0.02 * (before.upper - before.lower), "the box is a quarter of the width");

        org.eclipse.swt.widgets.Event wheel = new org.eclipse.swt.widgets.Event();
        wheel.x = size.x / 2;
        wheel.y = size.y / 2;
        wheel.count = 1;
        plot.notifyListeners(org.eclipse.swt.SWT.MouseVerticalWheel, wheel);
        Range wheeled = chart.getAxisSet().getXAxis(0).getRange();
        assertTrue(wheeled.upper - wheeled.lower < boxed.upper - boxed.lower, "the wheel zooms in");

        interaction.pan(size.x / 20, 0);
        Range panned = chart.getAxisSet().getXAxis(0).getRange();
        double shift = (wheeled.upper - wheeled.lower) / 20;
        assertEquals(wheeled.lower - shift, panned.lower, 0.05 * shift, "dragged right, the data moves right");

        org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
        move.x = size.x / 2;
        move.y = size.y / 2;
        plot.notifyListeners(org.eclipse.swt.SWT.MouseMove, move);
        String readout = interaction.readout();
        double re = chart.getAxisSet().getXAxis(0).getDataCoordinate(move.x);
        double im = chart.getAxisSet().getYAxis(0).getDataCoordinate(move.y);
        assertEquals("Z' = " + ChartInteraction.number(re) + " Ω, −Z'' = " + ChartInteraction.number(im) + " Ω",
                readout);
        UiEvents.drain();
        screenshot(view, "nyquist-zoomed-readout");

        List<String> menu = interaction.menuLabels();
        for (String entry : List.of("Reset Zoom", "Copy", "Logarithmic Z' (Ω)", "Logarithmic −Z'' (Ω)",
                "Show Points", "Export PNG…", "Export CSV…")) {
            assertTrue(menu.contains(entry), entry + " in " + menu);
        }
        PlotSymbolType own = total.getSymbolType();
        interaction.showPoints(true);
        assertTrue(java.util.Arrays.stream(chart.getSeriesSet().getSeries())
                .allMatch(s -> ((ILineSeries<?>) s).getSymbolType() != PlotSymbolType.NONE), "every series' points");
        interaction.showPoints(false);
        assertEquals(own, total.getSymbolType());

        plot.notifyListeners(org.eclipse.swt.SWT.MouseDoubleClick, new org.eclipse.swt.widgets.Event());
        double[] perPixel = view.nyquistOhmsPerPixel();
        assertEquals(perPixel[0], perPixel[1], perPixel[0] * 1e-9, "reset brings the equal axes back");
        Range x = chart.getAxisSet().getXAxis(0).getRange();
        Range y = chart.getAxisSet().getYAxis(0).getRange();
        for (int i = 0; i < total.getXSeries().length; i++) {
            assertTrue(x.lower < total.getXSeries()[i] && total.getXSeries()[i] < x.upper
                    && y.lower < total.getYSeries()[i] && total.getYSeries()[i] < y.upper,
                    "reset shows the whole spectrum again, point " + i);
        }
    }

    @Test
    void nonFiniteValuesNeverReachAChart() throws Exception {
        ImpedanceView view = (ImpedanceView) page().showView(InterphaseIds.IMPEDANCE_VIEW);
        int[] dropped = {0};
        Curve total = ImpedanceInput.finite("Total", new double[] {1e6, 1e3, 1},
                new double[] {10, Double.NaN, 30}, new double[] {-1, -2, Double.POSITIVE_INFINITY}, dropped);
        assertEquals(2, dropped[0]);
        view.show(new ImpedanceInput("broken", total, List.of(), dropped[0]));
        UiEvents.drain();
        ISeries<?>[] series = view.nyquistChart().getSeriesSet().getSeries();
        assertEquals(1, series.length);
        assertEquals(1, series[0].getXSeries().length);

        Curve empty = ImpedanceInput.finite("Total", new double[] {1}, new double[] {Double.NaN},
                new double[] {0}, new int[1]);
        view.show(new ImpedanceInput("all NaN", empty, List.of(), 1));
        UiEvents.drain();
        assertEquals(0, view.nyquistChart().getSeriesSet().getSeries().length);
        // leave the view showing the real spectrum for the other tests
        view.show(ImpedanceInput.of("PaaPeoLifetime", impedance));
        UiEvents.drain();
    }

    @Test
    void thicknessesReadLikePapers() {
        assertEquals("76.7 nm", Thickness.format(76.7e-9));
        assertEquals("1 mm", Thickness.format(1e-3));
        assertEquals("12 µm", Thickness.format(12e-6));
        assertEquals(Palette.of("LATP"), Palette.of("LATP"));
    }

    private static void assertPng(Path png) throws IOException {
        assertTrue(Files.size(png) > 2000, png + " should contain a picture");
        ImageData data = new ImageLoader().load(png.toString())[0];
        assertTrue(data.width >= 400 && data.height >= 300, data.width + "x" + data.height);
    }

    private static void assertNoTemporaryFiles(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary files left");
        }
    }

    /** Saves the window, with {@code part} maximised if given, as target/screenshots/name.png. */
    private static void screenshot(IWorkbenchPart part, String name) throws IOException {
        if (part != null) {
            page().activate(part);
            page().setPartState(page().getReference(part), IWorkbenchPage.STATE_MAXIMIZED);
        }
        Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
    }
}
