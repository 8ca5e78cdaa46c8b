package org.interphase.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.interphase.ui.InterphaseIds;
import org.interphase.ui.testing.Screenshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** What a user sees when Interphase starts: the Interphase perspective with its views, a clean log, an About text. */
class WorkbenchStartupTest {

    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @BeforeEach
    void showInterphasePerspective() {
        assertTrue(PlatformUI.isWorkbenchRunning(), "the workbench should be running");
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "a workbench window should be open");
        page = window.getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(InterphaseIds.PERSPECTIVE));
    }

    @Test
    void opensInTheInterphasePerspectiveWithItsViews() throws Exception {
        assertEquals(InterphaseIds.PERSPECTIVE, page.getPerspective().getId());
        assertEquals("Interphase", page.getPerspective().getLabel());
        for (String view : new String[] {IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW,
                IPageLayout.ID_OUTLINE}) {
            assertNotNull(page.findView(view), "view " + view + " should be in the Interphase perspective");
        }
        assertNotNull(page.showView(IPageLayout.ID_PROP_SHEET), "the Properties view should open");
        assertTrue(page.isEditorAreaVisible(), "the editor area should be visible");
        assertTrue(window.getShell().getText().startsWith("Interphase"), window.getShell().getText());

        Path png = Screenshots.save(window.getShell(), "interphase-perspective");
        assertTrue(Files.size(png) > 1000, "the screenshot should contain a picture: " + png);
    }

    /** Help is in the product but costs nothing at start-up: its bundle starts when help is first asked for. */
    @Test
    void startupStartsNoHelp() {
        Bundle help = Platform.getBundle("org.interphase.ui.help");
        assertNotNull(help, "the help bundle should be in the product");
        assertNotEquals(Bundle.ACTIVE, help.getState(), "the help bundle was started at start-up");
    }

    @Test
    void aboutTextNamesTheProductVersion() {
        String about = AboutHandler.aboutText();
        assertTrue(about.contains("thin interlayers"), about);
        assertTrue(about.matches("(?s).*Version \\d+\\.\\d+\\.\\d+ \\(build .*"), about);
    }

    @Test
    void startupLeavesNoErrorInTheWorkspaceLog() throws IOException {
        Path log = Platform.getLogFileLocation().toPath();
        String content = Files.exists(log) ? Files.readString(log) : "";
        // "!ENTRY <bundle> 4" is how the Eclipse log writes an ERROR-severity entry.
        assertTrue(!content.matches("(?s).*!ENTRY \\S+ 4 .*"), "errors in " + log + ":\n" + content);
    }
}
