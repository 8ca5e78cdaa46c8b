package org.interphase.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.interphase.ui.testing.Screenshots;
import org.interphase.ui.testing.UiEvents;
import org.interphase.ui.views.StudyResults;
import org.interphase.ui.views.StudyView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Run Study through the command service on the example "how many Al2O3 ALD cycles on LATP" study copied into a
 * workspace project, as a user runs it from the editor: every point lands in the project's results, the Study view
 * opens on them with the optimum, and opening points.csv shows them again.
 */
class RunStudyCommandTest {


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
        photograph("run-study-AluminaCycles");

        view.selectOutput("lifetime");
        UiEvents.drain();
        assertEquals(optimum.results()[1], view.series(StudyView.OPTIMUM).getYSeries()[0], 1e-9);
        photograph("run-study-AluminaCycles-lifetime");

        // Opening points.csv, as a double-click in the Project Explorer does, shows the study again.
        page.hideView(view);
        IDE.openEditor(page, points);
        UiEvents.drain();
        StudyView reopened = assertInstanceOf(StudyView.class, page.findView(StudyView.ID));
        assertEquals(13, reopened.results().size());
        assertFalse(reopened.isShowingMessage());
    }

    private void photograph(String name) throws Exception {
        IViewReference view = page.findViewReference(StudyView.ID);
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
