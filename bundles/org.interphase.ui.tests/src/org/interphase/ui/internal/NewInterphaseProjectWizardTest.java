package org.interphase.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.interphase.ui.InterphaseProjectIds;
import org.interphase.ui.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** File > New > Interphase Project, driven through its dialog as a user would. */
class NewInterphaseProjectWizardTest {

    private final IWorkbench workbench = PlatformUI.getWorkbench();
    private IWorkbenchPage page;
    private NewInterphaseProjectWizard wizard;
    private FinishableWizardDialog dialog;

    @BeforeEach
    void openTheWizard() throws Exception {
        TestWorkspace.deleteAllProjects();
        page = workbench.getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        wizard = new NewInterphaseProjectWizard();
        wizard.init(workbench, StructuredSelection.EMPTY);
        dialog = new FinishableWizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (dialog.getShell() != null) {
            dialog.close();
        }
        page.closeAllEditors(false);
        TestWorkspace.deleteAllProjects();
    }

    @Test
    void isOfferedInFileNewAndInTheInterphaseCategory() {
        IWizardDescriptor descriptor =
                workbench.getNewWizardRegistry().findWizard(InterphaseProjectIds.NEW_PROJECT_WIZARD);
        assertNotNull(descriptor, "the wizard should be registered");
        assertEquals("Interphase Project", descriptor.getLabel());
        assertEquals("Interphase", descriptor.getCategory().getLabel());
        assertTrue(List.of(page.getNewWizardShortcuts()).contains(InterphaseProjectIds.NEW_PROJECT_WIZARD),
                "File > New of the Interphase perspective should list the wizard");
    }

    @Test
    void createsAProjectFromAnExampleAndOpensItsMainModel() throws Exception {
        enterProjectName("paa-peo-study");
        ExampleSelectionPage examples = (ExampleSelectionPage) wizard.getPage("example");
        dialog.showPage(examples);
        examples.select("paa-peo-on-latp");
        Path png = Screenshots.save(dialog.getShell(), "new-project-wizard-examples");
        assertTrue(Files.size(png) > 1000, png.toString());

        dialog.finish();

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("paa-peo-study");
        assertNull(dialog.getShell(), "Finish should close the wizard");
        assertTrue(project.isOpen(), "the project should exist and be open");
        assertTrue(project.hasNature(InterphaseProjectIds.NATURE), "the project should have the Interphase nature");
        IFile main = project.getFile("paa-peo-on-latp.iph");
        assertTrue(main.exists() && project.getFile("chemicals.iph").exists(), "the example's models should be copied");
        IEditorPart editor = page.getActiveEditor();
        assertNotNull(editor, "the example's main model should be open");
        assertEquals(main, editor.getEditorInput().getAdapter(IFile.class));
        assertEquals(List.of(), TestWorkspace.errorsAfterBuilding(project));
    }

    @Test
    void anEmptyProjectValidatesTheModelsTheUserAdds() throws Exception {
        enterProjectName("my-cells");
        ExampleSelectionPage examples = (ExampleSelectionPage) wizard.getPage("example");
        dialog.showPage(examples);
        examples.select(ExampleSelectionPage.EMPTY_PROJECT);
        assertEquals(Optional.empty(), examples.selectedExample());

        dialog.finish();

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("my-cells");
        assertTrue(project.isOpen());
        // Only Eclipse's own metadata (.project, .settings), which the Project Explorer hides.
        assertEquals(List.of(), List.of(project.members()).stream().map(IResource::getName)
                .filter(name -> !name.startsWith(".")).toList());
        assertNull(page.getActiveEditor(), "no model to open");
        // The nature's builder is what reports the errors of a model nobody has open in an editor.
        project.getFile("broken.iph").create(
                new ByteArrayInputStream("recipe Broken on {".getBytes(StandardCharsets.UTF_8)), true, null);
        assertFalse(TestWorkspace.errorsAfterBuilding(project).isEmpty(),
                "the builder should report the syntax error of broken.iph");
    }

    @Test
    void finishNeedsAProjectName() {
        assertFalse(wizard.canFinish(), "no project name yet");
        enterProjectName("alumina");
        assertTrue(wizard.canFinish());
    }

    /** Types {@code name} into the first page's project name field. */
    private void enterProjectName(String name) {
        WizardNewProjectCreationPage projectPage = (WizardNewProjectCreationPage) wizard.getPage("project");
        firstText(projectPage.getControl()).setText(name);
        assertEquals(name, projectPage.getProjectName());
    }

    private static Text firstText(Control control) {
        if (control instanceof Text text) {
            return text;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Text text = firstText(child);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** A wizard dialog whose Finish button a test can press. */
    private static final class FinishableWizardDialog extends WizardDialog {

        FinishableWizardDialog(Shell parent, NewInterphaseProjectWizard wizard) {
            super(parent, wizard);
        }

        void finish() {
            finishPressed();
        }
    }
}
