package org.interphase.dsl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Typing in a 2 000-line file stays fluid: while the user types and the reconciler checks the file again and again,
 * no step of the UI thread (a key typed, an event dispatched) keeps it busy for more than 50 ms.
 */
class ResponsivenessTest {

    private static final int LINES = 2_000;
    private static final long MAX_BUSY_MS = 50;

    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void createProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("big-file");
        project.create(null);
        project.open(null);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void deleteProject() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void typingWhileTheFileIsCheckedNeverBlocksTheUiThreadFor50Ms() throws Exception {
        IFile file = project.getFile("big.iph");
        file.create(new ByteArrayInputStream(bigFile().getBytes(StandardCharsets.UTF_8)), true, null);
        page.showView(IPageLayout.ID_OUTLINE);
        InterphaseEditor editor = ExampleProject.openReconciled(page, file);
        page.activate(editor);
        IDocument document = editor.document();
        assertTrue(document.getNumberOfLines() >= LINES, "lines: " + document.getNumberOfLines());
        ExampleProject.runEventLoop(2_000);

        Display display = Display.getCurrent();
        StallRecorder stalls = new StallRecorder();
        Set<XtextResource> reconciles = new HashSet<>();
        int caret = document.get().indexOf("/** Block 50. */") + "/** Block 50.".length();
        long start = System.nanoTime();
        long typingEnds = start + 15_000_000_000L;
        long end = typingEnds + 3_000_000_000L;
        int typed = 0;
        long nextKey = start;
        stalls.start();
        while (System.nanoTime() < end) {
            long now = System.nanoTime();
            // Bursts of a key every 120 ms for a second, then a pause of 4 s in which the reconciler checks the file.
            if (now < typingEnds && now >= nextKey) {
                int at = caret + typed;
                char key = "abcdefgh".charAt(typed % 8);
                stalls.step(() -> type(document, at, key));
                typed++;
                boolean burst = (now - start) % 5_000_000_000L < 1_000_000_000L;
                nextKey = now + (burst ? 120_000_000L : 4_000_000_000L);
            }
            editor.reconciledResource(document.get()).ifPresent(reconciles::add);
            if (!stalls.dispatch(display)) {
                display.sleep();
            }
        }
        stalls.stop();

        System.out.println("typed " + typed + " characters, " + reconciles.size() + " checks seen, longest UI step "
                + stalls.longestBusyMs() + " ms busy (" + stalls.longestWallMs() + " ms wall clock)");
        assertTrue(stalls.longestBusyMs() < MAX_BUSY_MS, () -> "the UI thread was busy for " + stalls.longestBusyMs()
                + " ms in one step:\n" + stalls.longestStepStacks());
        assertTrue(reconciles.size() >= 3, "the file should have been checked between bursts: " + reconciles.size());
    }

    private static void type(IDocument document, int offset, char key) {
        try {
            document.replace(offset, 0, String.valueOf(key));
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 100 blocks of 20 lines: a material with sourced properties, a recipe and a stack that uses both. */
    private static String bigFile() {
        StringBuilder text = new StringBuilder("""
                source Tan2021 "Tan et al., Nanomaterials 2021, 11, 989"
                precursor TMA "Al(CH3)3"
                reactant H2O "H2O"
                gas N2 "N2"
                """);
        for (int i = 0; text.toString().lines().count() < LINES; i++) {
            text.append("""

                    /** Block %1$d. */
                    material Glass%1$d "Li2S-P2S5" {
                      class sulfide
                      ionicConductivity = 1e-3 S/cm at 25 °C source Tan2021 "Table 1"
                    }
                    recipe Alumina%1$d on Li {
                      ald Al2O3-ALD at 250 °C { pulse TMA 0.1 s; purge N2 10 s; pulse H2O 0.1 s; purge N2 10 s } x 100
                    }
                    stack Cell%1$d {
                      area 0.503 cm2
                      temperature 25 °C
                      lithium Li
                      coating Al2O3-ALD by Alumina%1$d on pellet
                      electrolyte pellet: Glass%1$d 1 mm
                      coating Al2O3-ALD by Alumina%1$d on pellet
                      lithium Li
                    }
                    """.formatted(i));
        }
        return text.toString();
    }
}
