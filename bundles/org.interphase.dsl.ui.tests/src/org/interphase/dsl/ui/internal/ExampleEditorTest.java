package org.interphase.dsl.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A test of the editor on one example: before each test the example is copied into a fresh workspace project
 * ({@link ExampleWorkspace}), {@link #page} is the workbench page and {@link #file} the example's main file.
 */
abstract class ExampleEditorTest {

    @RegisterExtension
    final ExampleWorkspace workspace;
    IWorkbenchPage page;
    IFile file;
    private final String mainFile;

    ExampleEditorTest(String projectName, String exampleFolder, String mainFile) {
        this.workspace = new ExampleWorkspace(projectName, exampleFolder);
        this.mainFile = mainFile;
    }

    @BeforeEach
    final void openExample() {
        page = workspace.page();
        file = workspace.file(mainFile);
    }
}
