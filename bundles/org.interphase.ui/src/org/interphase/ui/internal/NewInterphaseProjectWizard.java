package org.interphase.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.interphase.examples.Example;
import org.interphase.examples.ExampleCatalog;

/**
 * File > New > Interphase Project: a project with the Interphase nature (so every model is validated), empty or with
 * the files of a shipped example, whose main model then opens in the editor.
 */
public final class NewInterphaseProjectWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private WizardNewProjectCreationPage projectPage;
    private ExampleSelectionPage examplePage;

    public NewInterphaseProjectWizard() {
        setWindowTitle("New Interphase Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        projectPage = new WizardNewProjectCreationPage("project");
        projectPage.setTitle("Interphase Project");
        projectPage.setDescription("Name the project and choose where its files go.");
        addPage(projectPage);
        examplePage = new ExampleSelectionPage(ExampleCatalog.installed());
        addPage(examplePage);
    }

    @Override
    public boolean performFinish() {
        IProject project = projectPage.getProjectHandle();
        URI location = projectPage.useDefaults() ? null : projectPage.getLocationURI();
        Optional<Example> example = examplePage.selectedExample();
        try {
            getContainer().run(true, true, new WorkspaceModifyOperation() {
                @Override
                protected void execute(IProgressMonitor monitor) throws CoreException {
                    SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 2);
                    InterphaseProjects.create(project, location, progress.split(1));
                    if (example.isPresent()) {
                        InterphaseProjects.copy(example.get(), project, progress.split(1));
                    }
                }
            });
        } catch (InvocationTargetException e) {
            IStatus status = e.getCause() instanceof CoreException core ? core.getStatus()
                    : Status.error(String.valueOf(e.getCause().getMessage()), e.getCause());
            ErrorDialog.openError(getShell(), "New Interphase Project",
                    "The project " + project.getName() + " could not be created.", status);
            return false;
        } catch (InterruptedException e) {
            // Cancelled by the user: the dialog stays open so the choices can be changed.
            return false;
        }
        show(project, example.map(e -> InterphaseProjects.mainFile(e, project)));
        return true;
    }

    private void show(IProject project, Optional<IFile> mainFile) {
        BasicNewResourceWizard.selectAndReveal(project, workbench.getActiveWorkbenchWindow());
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
        if (mainFile.isPresent() && page != null) {
            try {
                IDE.openEditor(page, mainFile.get());
            } catch (PartInitException e) {
                ErrorDialog.openError(getShell(), "New Interphase Project",
                        "The project was created but its model could not be opened.", e.getStatus());
            }
        }
    }
}
