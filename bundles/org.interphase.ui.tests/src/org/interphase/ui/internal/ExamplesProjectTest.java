package org.interphase.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.interphase.examples.Example;
import org.interphase.examples.ExampleCatalog;
import org.interphase.ui.InterphaseProjectIds;
import org.interphase.ui.testing.Screenshots;
import org.interphase.ui.testing.UiEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first start of an empty workspace: the examples project, created by the code the workbench advisor runs. */
class ExamplesProjectTest {

    private final IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();

    @BeforeEach
    @AfterEach
    void startFromANewWorkspace() throws Exception {
        TestWorkspace.deleteAllProjects();
        ExamplesProject.preferences().remove(ExamplesProject.CREATED_PREFERENCE);
    }

    @Test
    void theProductShipsTheSixExampleProjectsWithTheirDescriptions() {
        List<Example> examples = ExampleCatalog.installed();
        assertEquals(List.of("alucone-on-lithium", "alumina-on-latp", "lithium-ternary-ald", "ncm-llto-thin-film",
                "oxides-on-garnet", "paa-peo-on-latp"), examples.stream().map(Example::name).toList());
        Example paaPeo = examples.get(5);
        // The models and the measured data they name.
        assertEquals(List.of("chemicals.iph", "data/bare-latp-eis-synthetic.mpt", "paa-peo-on-latp.iph"),
                paaPeo.files());
        assertEquals("paa-peo-on-latp.iph", paaPeo.mainFile());
        assertTrue(paaPeo.description().startsWith("Seed system 1: an ultrathin (PAA/PEO)30 layer-by-layer film"),
                paaPeo.description());
        for (Example example : examples) {
            assertFalse(example.description().contains("*"), example.name() + ": " + example.description());
        }
    }

    @Test
    void anEmptyWorkspaceGetsEveryExampleInAValidatedProject() throws Exception {
        Optional<IFile> opened = ExamplesProject.createIfWorkspaceIsNew(root, null);

        IProject project = root.getProject(InterphaseProjectIds.EXAMPLES_PROJECT);
        assertTrue(project.isOpen(), "the examples project should exist and be open");
        assertTrue(project.hasNature(InterphaseProjectIds.NATURE), "the examples project should be validated");
        for (Example example : ExampleCatalog.installed()) {
            for (String file : example.files()) {
                assertTrue(project.getFolder(example.name()).getFile(file).exists(),
                        example.name() + "/" + file + " should have been copied");
            }
        }
        assertEquals(project.getFile("paa-peo-on-latp/paa-peo-on-latp.iph"), opened.orElseThrow());
        assertEquals(List.of(), TestWorkspace.errorsAfterBuilding(project),
                "the examples should validate together in one project");
    }

    @Test
    void theFirstStartJobOpensTheFirstExampleInTheEditor() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        page.closeAllEditors(false);

        FirstStartExamplesJob job = new FirstStartExamplesJob(PlatformUI.getWorkbench());
        job.schedule();
        // The job opens the editor through the UI thread, so the event loop has to run while the test waits.
        UiEvents.waitUntil(Duration.ofSeconds(30), () -> job.getResult() != null && page.getActiveEditor() != null);

        assertTrue(job.getResult() != null && job.getResult().isOK(), String.valueOf(job.getResult()));
        IEditorPart editor = page.getActiveEditor();
        assertNotNull(editor, "the first example should open in the editor");
        IProject project = root.getProject(InterphaseProjectIds.EXAMPLES_PROJECT);
        assertEquals(project.getFile("paa-peo-on-latp/paa-peo-on-latp.iph"),
                editor.getEditorInput().getAdapter(IFile.class));
        Path png = Screenshots.save(window.getShell(), "first-start-examples");
        assertTrue(Files.size(png) > 1000, png.toString());
        page.closeAllEditors(false);
    }

    @Test
    void theExamplesComeOnlyOnceAndNotBackAfterTheUserDeletedThem() throws Exception {
        assertTrue(ExamplesProject.createIfWorkspaceIsNew(root, null).isPresent());
        assertTrue(ExamplesProject.createIfWorkspaceIsNew(root, null).isEmpty(), "not twice");

        root.getProject(InterphaseProjectIds.EXAMPLES_PROJECT).delete(true, true, null);
        assertTrue(ExamplesProject.createIfWorkspaceIsNew(root, null).isEmpty(), "not after the user deleted it");
        assertEquals(0, root.getProjects().length);
    }

    @Test
    void aWorkspaceWithProjectsIsLeftAlone() throws Exception {
        IProject own = root.getProject("my-cells");
        own.create(null);

        assertTrue(ExamplesProject.createIfWorkspaceIsNew(root, null).isEmpty());
        assertFalse(root.getProject(InterphaseProjectIds.EXAMPLES_PROJECT).exists());
    }
}
