package org.interphase.ui.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.interphase.ui.testing.Screenshots;
import org.interphase.ui.testing.UiEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Study view on results folders written as the study runner writes them: one parameter as lines (a logarithmic
 * range on a log axis), two as a heat map with its colour scale; failed points and the optimum marked.
 */
class StudyViewTest {

    private static final Path SHOTS = Path.of(System.getProperty("interphase.screenshots", "target/screenshots"));

    @TempDir
    Path folder;

    @BeforeEach
    void sizeTheWindow() {
        page().getWorkbenchWindow().getShell().setBounds(0, 0, 1270, 940);
    }

    @AfterEach
    void closeTheView() {
        StudyView view = (StudyView) page().findView(StudyView.ID);
        if (view != null) {
            page().hideView(view);
        }
    }

    @Test
    void oneParameterShowsEachOutputAgainstItWithTheFailedPointAndTheOptimum() throws Exception {
        Path study = write("DensitySweep", """
                index,current density of Cell.plating [mA/cm2],ASR,lifetime,status,message
                0,0.01,40.0,900.0,ok,
                1,0.1,42.0,700.0,ok,
                2,1.0,,,failed,"short circuit at 3 h, before the first cycle"
                3,10.0,47.0,80.0,ok,
                """, """
                method,current density of Cell.plating [mA/cm2],ASR,lifetime,maximum of current density of Cell.plating
                grid,0.1,42.0,700.0,0.1
                """);

        StudyView view = StudyView.show(page(), study);
        UiEvents.drain();

        assertFalse(view.isShowingMessage(), view.message());
        assertFalse(view.isHeatMap());
        assertEquals(List.of("current density of Cell.plating [mA/cm2]"), view.results().parameters());
        assertEquals("short circuit at 3 h, before the first cycle", view.results().messages()[2]);
        assertArrayEquals(new double[] {0.01, 0.1, 10.0}, view.series("ASR").getXSeries(), "the failed point has no ASR");
        assertArrayEquals(new double[] {900, 700, 80}, view.series("lifetime").getYSeries());
        assertTrue(view.charts().get(0).getAxisSet().getXAxis(0).isLogScaleEnabled(), "decades on a log axis");
        assertArrayEquals(new double[] {1.0}, view.series(StudyView.FAILED).getXSeries());
        assertArrayEquals(new double[] {0.1}, view.series(StudyView.OPTIMUM).getXSeries());
        assertArrayEquals(new double[] {42.0}, view.series(StudyView.OPTIMUM).getYSeries(), "on the chosen output");
        assertEquals("4 points (1 failed); optimum (grid): maximum of current density of Cell.plating = 0.1000",
                view.status());

        view.selectOutput("lifetime");
        assertArrayEquals(new double[] {700.0}, view.series(StudyView.OPTIMUM).getYSeries());
        assertEquals("lifetime (h)", view.charts().get(0).getAxisSet().getYAxis(0).getTitle().getText());
        Screenshots.save(page().getWorkbenchWindow().getShell(), "study-view-one-parameter");
    }

    @Test
    void aLinearRangeIsNotDrawnOnALogAxis() throws Exception {
        Path study = write("Cycles", """
                index,cycles of Alumina150,ASR,status,message
                0,0,10.0,ok,
                1,25,20.0,ok,
                2,50,30.0,ok,
                """, null);

        StudyView view = StudyView.show(page(), study);
        UiEvents.drain();

        assertFalse(view.charts().get(0).getAxisSet().getXAxis(0).isLogScaleEnabled());
        assertNull(view.series(StudyView.FAILED), "no failed point, no marker");
        assertNull(view.series(StudyView.OPTIMUM), "no objective, no optimum");
        assertEquals("3 points (0 failed)", view.status());
    }

    @Test
    void aStudyOverStacksDrawsEachStackAtItsPlaceNamedOnTheAxisWithTheOptimumAmongThem() throws Exception {
        Path study = write("Buffers", """
                index,stack,retention,status,message
                0,SampleA,0.734,ok,
                1,SampleB,0.843,ok,
                2,SampleC,0.873,ok,
                3,SampleD,0.890,ok,
                """, """
                method,stack,retention,maximum of retention
                grid,SampleD,0.890,0.890
                """);

        StudyView view = StudyView.show(page(), study);
        UiEvents.drain();

        assertEquals(List.of(List.of("SampleA", "SampleB", "SampleC", "SampleD")), view.results().categories());
        assertArrayEquals(new double[] {0, 1, 2, 3}, view.series("retention").getXSeries());
        assertArrayEquals(new double[] {3}, view.series(StudyView.OPTIMUM).getXSeries(), "the optimum is SampleD");
        var format = view.charts().get(0).getAxisSet().getXAxis(0).getTick().getFormat();
        assertEquals("SampleC", format.format(2.0));
        assertEquals("", format.format(2.5), "no name between two stacks");
        assertEquals(2.0, format.parseObject("SampleC"), "SWTChart reads a label back to its position");
        assertFalse(view.charts().get(0).getAxisSet().getXAxis(0).isLogScaleEnabled());
        photograph(view, "study-view-stacks");
    }

    @Test
    void twoParametersShowAHeatMapOfTheChosenOutputWithItsScale() throws Exception {
        StringBuilder points = new StringBuilder("index,thickness of Cell.film [nm],cycles of Alumina150,ASR,lifetime,"
                + "status,message\n");
        int index = 0;
        for (int t = 1; t <= 3; t++) {
            for (int c = 0; c <= 300; c += 100) {
                boolean failed = t == 3 && c == 300;
                points.append(index++).append(',').append(t * 10).append(',').append(c).append(',')
                        .append(failed ? ",,failed,diverged\n" : (t * 10 + c) + ".0," + (c * 2 + t) + ".0,ok,\n");
            }
        }
        Path study = write("FilmAndCycles", points.toString(), """
                method,thickness of Cell.film [nm],cycles of Alumina150,ASR,lifetime,minimum of ASR
                grid,10,0,10.0,1.0,10.0
                """);

        StudyView view = StudyView.show(page(), study);
        UiEvents.drain();

        assertTrue(view.isHeatMap(), view.message());
        assertEquals(12, view.results().size());
        assertEquals(1, view.results().failures());
        assertEquals("ASR", view.output());
        Path png = SHOTS.resolve("study-view-heat-map.png");
        Files.createDirectories(SHOTS);
        view.exportPng(png);
        Set<RGB> colours = colours(png);
        assertTrue(colours.contains(StudyView.colour(0)), "the lowest ASR takes the bottom of the scale");
        assertTrue(colours.contains(StudyView.colour(1)), "the highest takes the top");
        assertTrue(colours.contains(new RGB(200, 200, 200)), "the failed point is grey");

        view.selectOutput("lifetime");
        assertEquals("lifetime", view.output());
        Screenshots.save(page().getWorkbenchWindow().getShell(), "study-view-heat-map-lifetime");
    }

    @Test
    void twoObjectivesShowEveryPointThatRanAndTheFrontConnectedAlongTheFirst() throws Exception {
        Path study = write("Front", """
                index,cycles of Alumina150,ASR,lifetime,status,message
                0,0,10.0,100.0,ok,
                1,100,20.0,700.0,ok,
                2,200,30.0,650.0,ok,
                3,300,,,failed,diverged
                4,50,12.0,400.0,ok,
                """, null);
        Files.writeString(study.resolve(StudyResults.PARETO), """
                index,cycles of Alumina150,ASR,lifetime,minimize ASR,maximize lifetime
                0,0,10.0,100.0,10.0,100.0
                4,50,12.0,400.0,12.0,400.0
                1,100,20.0,700.0,20.0,700.0
                """, StandardCharsets.UTF_8);

        StudyView view = StudyView.show(page(), study);
        UiEvents.drain();

        assertEquals(StudyView.Mode.PARETO, view.mode(), view.message());
        assertArrayEquals(new double[] {10, 12, 20}, view.series(StudyView.PARETO).getXSeries());
        assertArrayEquals(new double[] {100, 400, 700}, view.series(StudyView.PARETO).getYSeries());
        assertArrayEquals(new double[] {10, 20, 30, 12}, view.series(StudyView.POINTS).getXSeries(),
                "every point that ran; the failed one has no objectives");
        assertEquals("minimize ASR (ohm cm2)", view.charts().get(0).getAxisSet().getXAxis(0).getTitle().getText());
        assertEquals("maximize lifetime (h)", view.charts().get(0).getAxisSet().getYAxis(0).getTitle().getText());
        assertEquals("5 points (1 failed); Pareto front of 3 points: minimize ASR, maximize lifetime", view.status());
        org.eclipse.swt.graphics.Point pixel = view.pixelOf(4);
        assertEquals(4, view.pointAt(pixel.x + 3, pixel.y - 2).orElseThrow(), "a double-click there opens point 4");
        assertTrue(view.pointAt(pixel.x + 60, pixel.y - 60).isEmpty(), "far from every point, none");
        photograph(view, "study-view-pareto");
    }

    @Test
    void uncertainParametersAloneShowEachOutputsHistogramWithItsMeanAndOneSigma() throws Exception {
        StringBuilder points = new StringBuilder("index,thickness of Cell.film [nm],ASR,status,message\n");
        double[] asr = {9, 10, 10, 11, 11, 11, 12, 12, 13, 14};
        for (int i = 0; i < asr.length; i++) {
            points.append(i).append(',').append(100 + i).append(',').append(asr[i]).append(",ok,\n");
        }
        points.append("10,120,,failed,diverged\n");
        Path study = write("Spread", points.toString(), null);
        Files.writeString(study.resolve(StudyResults.DISTRIBUTIONS), """
                point,samples,ASR mean,ASR sd,ASR p5,ASR p95
                0,10,11.3,1.49,9.45,13.55
                """, StandardCharsets.UTF_8);

        StudyView view = StudyView.show(page(), study);
        UiEvents.drain();

        assertEquals(StudyView.Mode.HISTOGRAM, view.mode(), view.message());
        double[] counts = view.series(StudyView.HISTOGRAM).getYSeries();
        double total = 0;
        for (int i = 1; i < counts.length - 1; i += 2) {
            total += counts[i];
        }
        assertEquals(10, total, "every sample that ran in one bin");
        double mean = 11.3;
        double sd = Math.sqrt(java.util.Arrays.stream(asr).map(x -> (x - mean) * (x - mean)).sum() / 9);
        assertArrayEquals(new double[] {mean, mean}, view.series(StudyView.MEAN).getXSeries(), 1e-9);
        assertEquals(mean - sd, view.series(StudyView.MINUS_SIGMA).getXSeries()[0], 1e-9);
        assertEquals(mean + sd, view.series(StudyView.PLUS_SIGMA).getXSeries()[0], 1e-9);
        assertEquals("ASR (ohm cm2)", view.charts().get(0).getAxisSet().getXAxis(0).getTitle().getText());
        assertTrue(view.status().startsWith("11 samples (1 failed); ASR: mean 11.30, σ 1.494"), view.status());
        photograph(view, "study-view-histogram");
    }

    @Test
    void aSweepWithUncertaintyShowsTheMeanWithItsBandsAgainstTheSweptParameter() throws Exception {
        StringBuilder points = new StringBuilder("index,area of Cell [cm2],thickness of Cell.film [nm],R,status,"
                + "message\n");
        for (int i = 0; i < 6; i++) {
            points.append(i).append(',').append(1 + i / 2).append(',').append(100 + i).append(',').append(10.0 / (1
                    + i / 2) + i % 2).append(",ok,\n");
        }
        Path study = write("Bands", points.toString(), null);
        Files.writeString(study.resolve(StudyResults.DISTRIBUTIONS), """
                point,area of Cell [cm2],samples,R mean,R sd,R p5,R p95
                0,1,2,10.5,0.7,10.05,10.95
                1,2,2,5.5,0.7,5.05,5.95
                2,3,2,3.83,0.7,3.38,4.28
                """, StandardCharsets.UTF_8);

        StudyView view = StudyView.show(page(), study);
        UiEvents.drain();

        assertEquals(StudyView.Mode.BANDS, view.mode(), view.message());
        assertArrayEquals(new double[] {1, 2, 3}, view.series(StudyView.MEAN).getXSeries());
        assertArrayEquals(new double[] {10.5, 5.5, 3.83}, view.series(StudyView.MEAN).getYSeries());
        assertArrayEquals(new double[] {9.8, 4.8, 3.13}, view.series(StudyView.MINUS_SIGMA).getYSeries(), 1e-9);
        assertArrayEquals(new double[] {11.2, 6.2, 4.53}, view.series(StudyView.PLUS_SIGMA).getYSeries(), 1e-9);
        assertArrayEquals(new double[] {10.05, 5.05, 3.38}, view.series(StudyView.P5).getYSeries());
        assertArrayEquals(new double[] {10.95, 5.95, 4.28}, view.series(StudyView.P95).getYSeries());
        assertEquals("area of Cell [cm2]", view.charts().get(0).getAxisSet().getXAxis(0).getTitle().getText());
        photograph(view, "study-view-bands");
    }

    @Test
    void aFolderWithoutPointsSaysWhatToDo() {
        StudyView view = StudyView.show(page(), folder);
        UiEvents.drain();

        assertTrue(view.isShowingMessage());
        assertTrue(view.message().contains("has no points.csv: run the study first"), view.message());
    }

    @Test
    void logarithmicSpacingIsToldFromLinear() {
        assertTrue(StudyView.geometric(new double[] {1, 10, 100, 1000}));
        assertFalse(StudyView.geometric(new double[] {0, 25, 50, 75}));
        assertFalse(StudyView.geometric(new double[] {1, 2, 3}));
        assertFalse(StudyView.geometric(new double[] {1, 10}), "two values are both");
    }

    /** A screenshot with the view maximized, so the plot reads. */
    private static void photograph(StudyView view, String name) throws Exception {
        page().bringToTop(view);
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiEvents.drain();
        Screenshots.save(page().getWorkbenchWindow().getShell(), name);
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
        UiEvents.drain();
    }

    private Path write(String name, String points, String optimum) throws Exception {
        Path study = Files.createDirectories(folder.resolve(name));
        Files.writeString(study.resolve(StudyResults.POINTS), points, StandardCharsets.UTF_8);
        if (optimum != null) {
            Files.writeString(study.resolve(StudyResults.OPTIMUM), optimum, StandardCharsets.UTF_8);
        }
        return study;
    }

    private static Set<RGB> colours(Path png) {
        ImageData image = new ImageLoader().load(png.toString())[0];
        Set<RGB> colours = new HashSet<>();
        for (int y = 0; y < image.height; y += 2) {
            for (int x = 0; x < image.width; x += 2) {
                colours.add(image.palette.getRGB(image.getPixel(x, y)));
            }
        }
        return colours;
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
