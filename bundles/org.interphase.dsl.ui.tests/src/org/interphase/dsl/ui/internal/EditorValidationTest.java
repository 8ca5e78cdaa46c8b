package org.interphase.dsl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.interphase.dsl.ui.InterphaseEditorIds;
import org.interphase.ui.testing.Screenshots;
import org.junit.jupiter.api.Test;

/** A user opens an example in the Interphase editor, mistypes a unit, sees the error marker, fixes it. */
class EditorValidationTest extends ExampleEditorTest {

    private static final String AREA = "area 0.503 cm2";

    EditorValidationTest() {
        // Two files that refer to each other: the editor's validation must see the project's other files.
        super("paa-peo-editor", "paa-peo-on-latp", "paa-peo-on-latp.iph");
    }

    @Test
    void iphFilesOpenInTheInterphaseEditor() throws Exception {
        assertEquals(InterphaseEditorIds.EDITOR,
                PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("any.iph").getId());
        IEditorPart editor = IDE.openEditor(page, file);
        assertInstanceOf(InterphaseEditor.class, editor);
    }

    @Test
    void theOutlineShowsTheStackLayersAndSelectsTheirText() throws Exception {
        InterphaseEditor editor = (InterphaseEditor) IDE.openEditor(page, file);
        page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        InterphaseOutlinePage outline = editor.outlinePage();
        assertTrue(ExampleProject.waitUntil(() -> outline.items().stream()
                .anyMatch(item -> item.label().equals("stack PaaPeoSymmetric"))), "the outline should list the stack");
        OutlineItem stack = outline.items().stream().filter(item -> item.label().equals("stack PaaPeoSymmetric"))
                .findFirst().orElseThrow();
        assertEquals(List.of("lithium Li", "coating PAA-PEO-LbL-crosslinked by PaaPeoOnLatp on pellet",
                "electrolyte pellet: LATP", "coating PAA-PEO-LbL-crosslinked by PaaPeoOnLatp on pellet", "lithium Li"),
                stack.children().stream().map(OutlineItem::label).toList());

        OutlineItem electrolyte = stack.children().get(2);
        outline.setSelection(new StructuredSelection(electrolyte));
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals("electrolyte pellet: LATP", selection.getText());
        Screenshots.save(page.getWorkbenchWindow().getShell(), "editor-outline");
    }

    @Test
    void aMistypedUnitIsMarkedOnItsLineUntilItIsFixed() throws Exception {
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int unitOffset = document.get().indexOf(AREA) + AREA.length() - "cm2".length();
        int line = document.getLineOfOffset(unitOffset) + 1;

        document.replace(unitOffset, "cm2".length(), "nmm");
        assertTrue(ExampleProject.waitUntil(ExampleProject.unchecked(() -> !ExampleProject.errors(file).isEmpty())),
                "an error marker should appear after the unit became nmm");
        List<IMarker> errors = ExampleProject.errors(file);
        // Exactly the unit: the references into chemicals.iph resolve, so they are not errors.
        assertEquals(1, errors.size(), () -> errors.stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList()
                .toString());
        IMarker marker = errors.get(0);
        assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("nmm"), marker.getAttribute(IMarker.MESSAGE, ""));
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        int end = marker.getAttribute(IMarker.CHAR_END, -1);
        assertTrue(start <= unitOffset && end >= unitOffset + 3, "the marker should cover the unit: " + start + ".." + end);
        assertNotNull(marker.getAttribute(InterphaseEditorIds.ISSUE_CODE, null), "the issue code is kept for quick fixes");

        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        page.activate(editor);
        // Caret before the unit rather than a selection, so the error underline shows; the Problems view refreshes
        // in a job of its own, so give it time.
        editor.selectAndReveal(unitOffset, 0);
        ExampleProject.runEventLoop(2_000);
        Path png = Screenshots.save(page.getWorkbenchWindow().getShell(), "editor-unit-error");
        assertTrue(Files.size(png) > 1000, "the screenshot should contain a picture: " + png);

        document.replace(unitOffset, "nmm".length(), "cm2");
        assertTrue(ExampleProject.waitUntil(ExampleProject.unchecked(() -> ExampleProject.errors(file).isEmpty())),
                "the marker should go once the unit is cm2 again");
    }
}
