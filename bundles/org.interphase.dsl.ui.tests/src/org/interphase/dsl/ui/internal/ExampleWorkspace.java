package org.interphase.dsl.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A workspace project copied from an example for each test, and removed after it with the editors the test opened,
 * so that every test starts from the example as shipped.
 */
final class ExampleWorkspace implements BeforeEachCallback, AfterEachCallback {

    private final String projectName;
    private final String exampleFolder;
    private final boolean withNature;
    private IProject project;
    private IWorkbenchPage page;

    ExampleWorkspace(String projectName, String exampleFolder) {
        this(projectName, exampleFolder, false);
    }

    ExampleWorkspace(String projectName, String exampleFolder, boolean withNature) {
        this.projectName = projectName;
        this.exampleFolder = exampleFolder;
        this.withNature = withNature;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        project = ExampleProject.create(projectName, exampleFolder, withNature);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    IProject project() {
        return project;
    }

    IWorkbenchPage page() {
        return page;
    }

    IFile file(String name) {
        return project.getFile(name);
    }
}
