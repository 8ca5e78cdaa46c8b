package org.interphase.dsl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.custom.StyleRange;
import org.interphase.dsl.ide.highlighting.InterphaseSemanticHighlighting;
import org.interphase.ui.testing.Screenshots;
import org.junit.jupiter.api.Test;

/** In the editor, materials and recipes are coloured by kind, and the colours follow the names while the user types. */
class SemanticColouringTest extends ExampleEditorTest {

    SemanticColouringTest() {
        super("paa-peo-colours", "paa-peo-on-latp", "paa-peo-on-latp.iph");
    }

    @Test
    void aMaterialReferenceIsDrawnInTheMaterialColourAndKeepsItWhenTextIsInsertedBeforeIt() throws Exception {
        InterphaseEditor editor = ExampleProject.openReconciled(page, file);
        String text = editor.document().get();
        int latp = text.indexOf("pellet: LATP") + "pellet: ".length();
        int recipe = text.indexOf("by PaaPeoOnLatp") + "by ".length();
        assertTrue(ExampleProject.waitUntil(() -> InterphaseSemanticHighlighting.MATERIAL.equals(
                editor.colouring().styleAt(latp))), "LATP should be coloured as a material");
        assertEquals(InterphaseSemanticHighlighting.RECIPE, editor.colouring().styleAt(recipe));
        editor.selectAndReveal(latp, 0);
        // The name is below the first screen: it takes its colour when scrolled into view.
        assertTrue(ExampleProject.waitUntil(() -> isDrawnInMaterialColour(ExampleProject.drawnAt(editor, latp))),
                () -> "drawn: " + ExampleProject.drawnAt(editor, latp));

        editor.document().replace(0, 0, "// a new first line\n");
        assertEquals(InterphaseSemanticHighlighting.MATERIAL,
                editor.colouring().styleAt(latp + "// a new first line\n".length()), "the colour moves with the name");
        Screenshots.save(page.getWorkbenchWindow().getShell(), "editor-semantic-colours");
    }

    private static boolean isDrawnInMaterialColour(StyleRange drawn) {
        return drawn != null && drawn.foreground != null && drawn.foreground.getRed() == 160;
    }
}
