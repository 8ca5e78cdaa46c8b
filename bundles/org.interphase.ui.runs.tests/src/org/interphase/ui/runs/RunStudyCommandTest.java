package org.interphase.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.interphase.ui.testing.Screenshots;
import org.interphase.ui.testing.UiEvents;
import org.interphase.ui.views.CrossSectionInput;
import org.interphase.ui.views.ImpedanceInput;
import org.interphase.ui.views.ImpedanceView;
import org.interphase.ui.views.StackCrossSectionView;
import org.interphase.ui.views.StudyResults;
import org.interphase.ui.views.StudyView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Run Study through the command service on the example studies "how many Al2O3 ALD cycles on LATP" and the four
 * buffers of NCM | buffer | LLTO | Li, copied into workspace projects, as a user runs it from the editor: every point lands in the project's results, the Study view
 * opens on them with the optimum, and opening points.csv shows them again. A double-click on a point of the Study
 * view runs that point as a simulation: the study's experiment with the point's values, saved beside the study's
 * results and shown in the Impedance and cross-section views.
 */
class RunStudyCommandTest {


    /** Li | LATP pellet | Li with an impedance sweep, and a study of the pellet's thickness: a file of its own. */
    private static final String FILM = """
            stack Pellet {
              area 1 cm2
              temperature 25 °C
              lithium Li
              electrolyte film: LATP 500 µm
              lithium Li
            }
            experiment Eis on Pellet {
              impedance from 1 MHz to 0.1 Hz
            }
            study Film of Eis {
              vary thickness of Pellet.film over 100 µm, 2000 µm, 3000 µm
              output R, ASR
            }
            """;

    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void createProject() throws Exception {
        project = ExampleProjects.create("alumina", "alumina-on-latp");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.getWorkbenchWindow().getShell().setBounds(0, 0, 1270, 940);
    }

    @AfterEach
    void deleteProject() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, null);
    }

    @Test
    void runStudyAtTheCaretWritesEveryPointAndShowsTheOptimum() throws Exception {
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, project.getFile("alumina-on-latp.iph"));
        String document = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
        int offset = document.indexOf("vary cycles of Alumina150");
        assertTrue(offset >= 0, "the example has the study");
        editor.selectAndReveal(offset, 0);
        UiEvents.drain();

        Job job = runStudy(null);
        UiEvents.waitUntil(Duration.ofMinutes(10), () -> job.getState() == Job.NONE);
        assertEquals(Job.NONE, job.getState(), "the study ended in time");
        UiEvents.drain();

        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        IFile points = project.getFile("results/AluminaCycles/points.csv");
        assertTrue(points.exists(), "the results folder is refreshed into the workspace");
        assertTrue(project.getFile("results/AluminaCycles/optimum.csv").exists());
        assertTrue(project.getFile("results/AluminaCycles/report.txt").exists());
        StudyView view = assertInstanceOf(StudyView.class, page.findView(StudyView.ID), "Run Study opens the view");
        StudyResults shown = view.results();
        assertNotNull(shown, view.message());
        assertEquals(13, shown.size(), "0 to 300 cycles step 25");
        assertEquals(List.of("cycles of Alumina150"), shown.parameters());
        assertEquals(List.of("ASR", "lifetime", "overpotential"), shown.outputs());
        assertEquals(300, shown.parameter(0)[12]);
        StudyResults.Optimum optimum = shown.optimum().orElseThrow();
        // The fewest cycles that keep the cell alive 600 h: a point of the study, and it lives 600 h.
        assertTrue(optimum.results()[1] >= 600, "lifetime at the optimum " + optimum.results()[1]);
        assertEquals(optimum.values()[0], view.series(StudyView.OPTIMUM).getXSeries()[0]);
        assertEquals(13 - shown.failures(), view.series("ASR").getXSeries().length);
        assertTrue(view.status().contains("13 points"), view.status());
        assertTrue(view.status().contains("minimum of cycles"), view.status());
        photograph(StudyView.ID, "run-study-AluminaCycles");

        view.selectOutput("lifetime");
        UiEvents.drain();
        assertEquals(optimum.results()[1], view.series(StudyView.OPTIMUM).getYSeries()[0], 1e-9);
        photograph(StudyView.ID, "run-study-AluminaCycles-lifetime");

        // Opening points.csv, as a double-click in the Project Explorer does, shows the study again.
        page.hideView(view);
        IDE.openEditor(page, points);
        UiEvents.drain();
        StudyView reopened = assertInstanceOf(StudyView.class, page.findView(StudyView.ID));
        assertEquals(13, reopened.results().size());
        assertFalse(reopened.isShowingMessage());
    }

    @Test
    void doubleClickingAPointShowsItsRunWithItsThicknessInTheImpedanceView() throws Exception {
        project.getFile("film.iph").create(new ByteArrayInputStream(FILM.getBytes(StandardCharsets.UTF_8)), true,
                null);
        IDE.openEditor(page, project.getFile("film.iph"));
        // The editor's first validation puts its stack in the cross-section; wait for it, so that it cannot land
        // after the point's run, as it never does when a user opens a file and then runs a study.
        StackCrossSectionView sketch = (StackCrossSectionView) page.showView(StackCrossSectionView.ID);
        UiEvents.waitUntil(Duration.ofSeconds(30), () -> sketch.input() != null
                && "Pellet".equals(sketch.input().title()));
        Job study = runStudy("Film");
        UiEvents.waitUntil(Duration.ofMinutes(5), () -> study.getState() == Job.NONE);
        UiEvents.drain();
        StudyView view = assertInstanceOf(StudyView.class, page.findView(StudyView.ID), "Run Study opens the view");
        StudyResults results = view.results();
        assertNotNull(results, view.message());
        view.selectOutput("R");
        UiEvents.drain();

        int row = results.row(1);
        assertEquals(2000, results.parameter(0)[row], 1e-9, "point 1 is 2000 µm");
        Point pixel = view.pixelOf(row);
        Event click = new Event();
        click.x = pixel.x + 2;
        click.y = pixel.y - 1;
        click.button = 1;
        view.charts().get(0).getPlotArea().getControl().notifyListeners(SWT.MouseDoubleClick, click);
        UiEvents.drain();
        UiEvents.waitUntil(Duration.ofMinutes(2),
                () -> Job.getJobManager().find(SimulateCommand.JOB_FAMILY).length == 0);
        UiEvents.drain();

        assertTrue(project.getFile("results/Film-point-1/Film-point-1.iphrun").exists(), "the point's run is saved");
        ImpedanceView impedance = assertInstanceOf(ImpedanceView.class, page.findView(ImpedanceView.ID),
                "the point's run opens in the Impedance view");
        assertEquals("Film-point-1", impedance.run().experiment(), "the run is titled as the point's");
        ImpedanceInput.Curve total = impedance.input().total();
        double lowFrequency = total.real()[total.size() - 1];
        double[] r = results.output(results.outputs().indexOf("R"));
        // The spectrum shown is the 2000 µm point's: its low-frequency end is that point's R, not another point's.
        assertEquals(r[row], lowFrequency, 0.05 * r[row], "Z' at 0.1 Hz against R of point 1");
        int nearest = 0;
        for (int i = 1; i < r.length; i++) {
            nearest = Math.abs(r[i] - lowFrequency) < Math.abs(r[nearest] - lowFrequency) ? i : nearest;
        }
        assertEquals(row, nearest, "R of the points " + java.util.Arrays.toString(r) + ", Z' at 0.1 Hz "
                + lowFrequency);
        StackCrossSectionView stack = assertInstanceOf(StackCrossSectionView.class,
                page.findView(StackCrossSectionView.ID));
        assertEquals(2000e-6, stack.input().layers().stream()
                .filter(band -> band.role() == CrossSectionInput.Role.ELECTROLYTE)
                .findFirst().orElseThrow(() -> new AssertionError("no electrolyte in " + stack.input()))
                .thickness(), 1e-9, "the film is 2000 µm thick");
        photograph(ImpedanceView.ID, "study-point-opens-its-run");
    }

    @Test
    void theFourBufferStudyRunsFromTheEditorAndShowsEachStackByNameWithTheBestBuffer() throws Exception {
        IProject buffers = ExampleProjects.create("buffers", "ncm-llto-thin-film");
        try {
            ITextEditor editor = (ITextEditor) IDE.openEditor(page, buffers.getFile("ncm-llto-thin-film.iph"));
            String document = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
            editor.selectAndReveal(document.indexOf("vary stack over"), 0);
            UiEvents.drain();

            Job job = runStudy(null);
            UiEvents.waitUntil(Duration.ofMinutes(10), () -> job.getState() == Job.NONE);
            assertEquals(Job.NONE, job.getState(), "the study ended in time");
            UiEvents.drain();
            assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());

            assertTrue(buffers.getFile("results/Buffers/points.csv").exists());
            StudyView view = assertInstanceOf(StudyView.class, page.findView(StudyView.ID));
            StudyResults shown = view.results();
            assertNotNull(shown, view.message());
            assertEquals(List.of(List.of("SampleA", "SampleB", "SampleC", "SampleD")), shown.categories());
            assertEquals(0, shown.failures());
            double[] retention = shown.quantity("retention").orElseThrow();
            for (int i = 1; i < retention.length; i++) {
                assertTrue(retention[i] > retention[i - 1], "each buffer keeps more than the one before: "
                        + java.util.Arrays.toString(retention));
            }
            // maximize retention: the LiPON cell, the paper's best (Tan et al. 2021).
            assertEquals(3, shown.optimum().orElseThrow().values()[0], "the optimum is SampleD");
            assertEquals(3, view.series(StudyView.OPTIMUM).getXSeries()[0]);
            view.selectOutput("retention");
            UiEvents.drain();
            photograph(StudyView.ID, "run-study-Buffers");
        } finally {
            page.closeAllEditors(false);
            buffers.delete(true, null);
        }
    }

    /** A screenshot with the view maximized. */
    private void photograph(String id, String name) throws Exception {
        IViewReference view = page.findViewReference(id);
        page.bringToTop(view.getPart(false));
        page.setPartState(view, IWorkbenchPage.STATE_MAXIMIZED);
        UiEvents.drain();
        Screenshots.save(page.getWorkbenchWindow().getShell(), name);
        page.setPartState(view, IWorkbenchPage.STATE_RESTORED);
        UiEvents.drain();
    }

    /** Runs Run Study as the menu does, with the editor active. */
    private Job runStudy(String study) throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = page.getWorkbenchWindow().getService(IHandlerService.class);
        ParameterizedCommand command = ParameterizedCommand.generateCommand(
                commands.getCommand(SimulateCommand.RUN_STUDY_ID),
                study == null ? Map.of() : Map.of(SimulateCommand.STUDY, study));
        return assertInstanceOf(Job.class, handlers.executeCommand(command, null), "Run Study started a job");
    }
}
