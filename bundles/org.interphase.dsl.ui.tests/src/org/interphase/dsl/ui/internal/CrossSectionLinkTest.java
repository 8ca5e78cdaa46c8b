package org.interphase.dsl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.interphase.ui.InterphaseIds;
import org.interphase.ui.testing.Screenshots;
import org.interphase.ui.views.CrossSectionInput.Band;
import org.interphase.ui.views.StackCrossSectionView;
import org.junit.jupiter.api.Test;

/** The cross-section follows the stack the user edits, and a click on a layer selects its line. */
class CrossSectionLinkTest extends ExampleEditorTest {

    CrossSectionLinkTest() {
        super("alumina-cross-section", "alumina-on-latp", "alumina-on-latp.iph");
    }

    private static List<String> labels(StackCrossSectionView view) {
        return view.input().layers().stream().map(Band::label).toList();
    }

    @Test
    void theViewShowsTheStackAtTheCaretUpdatesAsTheUserTypesAndSelectsAClickedLayer() throws Exception {
        StackCrossSectionView view = (StackCrossSectionView) page.showView(InterphaseIds.STACK_CROSS_SECTION_VIEW);
        InterphaseEditor editor = ExampleProject.openReconciled(page, file);
        IDocument document = editor.document();
        String text = document.get();
        int stack = text.indexOf("\nstack ") + 1;
        String name = text.substring(stack + "stack ".length(), text.indexOf(' ', stack + "stack ".length()));
        editor.selectAndReveal(stack + 2, 0);
        assertTrue(ExampleProject.waitUntil(() -> view.input() != null && view.input().title().equals(name)),
                () -> "the view should show " + name + ", shows " + (view.input() == null ? "nothing"
                        : view.input().title()));
        double before = view.input().totalThickness();

        // Typing a thicker pellet (and the area its library pellet gave) redraws the stack without a save.
        int electrolyte = text.indexOf("electrolyte", stack);
        int lineEnd = text.indexOf('\n', electrolyte);
        document.replace(lineEnd, 0, " 1.7 mm");
        int brace = text.indexOf('{', stack) + 1;
        document.replace(brace, 0, "\n  area 0.5 cm2");
        assertTrue(ExampleProject.waitUntil(() -> Math.abs(view.input().totalThickness() - before) > 1e-6),
                () -> "the thickness should change from " + before + " after typing, stack: " + labels(view));
        assertEquals(1.7e-3, view.input().layers().stream().filter(b -> b.label().equals("pellet")).findFirst()
                .orElseThrow().thickness(), 1e-12);

        // A click on the drawn electrolyte selects its line.
        int index = labels(view).size() / 2;
        view.fireLayerClicked(index);
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertTrue(selection.getText().strip().startsWith("electrolyte") || selection.getText().contains(
                view.input().layers().get(index).material()), () -> "selected: " + selection.getText());
        assertEquals(editor, page.getActiveEditor());
        Screenshots.save(page.getWorkbenchWindow().getShell(), "cross-section-follows-editor");
    }
}
