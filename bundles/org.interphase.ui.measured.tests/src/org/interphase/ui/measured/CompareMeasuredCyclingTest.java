package org.interphase.ui.measured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.core.resources.IProject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.interphase.model.run.CyclingResult;
import org.interphase.model.run.SimulationRun;
import org.interphase.ui.testing.Screenshots;
import org.interphase.ui.views.CyclingView;
import org.interphase.ui.views.RunViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A user names the lab's cycler export on the example's LFP cycling ({@code cycling { ... } measured "file"}) and runs
 * Compare with Measured Data: the Cycling view shows the run with the export overlaid and compared, and drops the
 * overlay when another run is shown.
 */
class CompareMeasuredCyclingTest {

    private static final String EXAMPLE = "paa-peo-on-latp";
    private static final String EXPORT = "data/lfp-cycler.csv";

    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void openExample() throws Exception {
        page = MeasuredProject.pageWithout(CyclingView.ID);
        project = MeasuredProject.create("measured-cycling", EXAMPLE);
        project.getFile(EXPORT).create(new ByteArrayInputStream(cyclerExport().getBytes(StandardCharsets.UTF_8)),
                true, null);
    }

    @AfterEach
    void closeAndDelete() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void theCyclerExportIsOverlaidOnTheRunAndLeavesWithIt() throws Exception {
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, project.getFile(EXAMPLE + ".iph"));
        IDocument document = Editors.document(editor);
        int experiment = document.get().indexOf("experiment PaaPeoLfpCycling");
        // the cycling block's closing brace, then the experiment's
        int end = document.get().indexOf("\n  }\n}", experiment) + "\n  }".length();
        document.replace(end, 0, " measured \"" + EXPORT + "\"");
        editor.selectAndReveal(experiment + 3, 0);

        Comparison comparison = CompareWithMeasuredHandler.compare(page);
        assertNotNull(comparison.run(), "the experiment is simulated as Simulate does");
        assertEquals(0, comparison.sweeps().size(), "no spectrum to compare");

        CyclingView view = (CyclingView) page.findView(CyclingView.ID);
        assertNotNull(view, "the Cycling view opens with the comparison");
        assertEquals("lfp-cycler.csv (measured)", view.measuredSeriesId());
        assertEquals(3, view.series("lfp-cycler.csv (measured)").getYSeries().length, "the export's three cycles");
        assertEquals(3, view.comparison().dischargeCapacity().points(), "compared over the cycles both have");
        assertTrue(view.status().contains("Measured lfp-cycler.csv (measured) overlaid: discharge capacity vs cycle:"
                + " RMS "), view.status());
        page.toggleZoom(page.getReference(view));
        MeasuredProject.runEventLoop(500);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "compare-measured-cycling");
        page.toggleZoom(page.getReference(view));

        SimulationRun other = EcoreUtil.copy(comparison.run());
        other.setStack("PaaPeoLfpCellWithoutCoating");
        other.getResults().stream().filter(CyclingResult.class::isInstance)
                .forEach(result -> result.setMeasuredFile(null));
        RunViews.show(page, other);
        MeasuredProject.runEventLoop(200);
        assertNull(view.measuredSeriesId(), "the export was compared with the first run, not this one");
        assertNull(view.series("lfp-cycler.csv (measured)"));
    }

    /**
     * Three cycles at 10 µA (0.1 mAh, near the simulated cell's capacity): 10 h charge from 3.3 to 3.5 V, 10 h
     * discharge back, sampled every 30 min.
     */
    private static String cyclerExport() {
        StringBuilder csv = new StringBuilder("test_time_second,current_ampere,voltage_volt,cycle_count\n");
        double t = 0;
        for (int cycle = 1; cycle <= 3; cycle++) {
            for (int half = 0; half < 2; half++) {
                double current = half == 0 ? 1e-5 : -1e-5;
                for (int k = 0; k < 20; k++) {
                    double v = half == 0 ? 3.3 + 0.01 * k : 3.5 - 0.01 * k;
                    csv.append(String.format(Locale.ROOT, "%.0f,%.1e,%.3f,%d%n", t, current, v, cycle));
                    t += 1800;
                }
            }
        }
        return csv.toString();
    }
}
