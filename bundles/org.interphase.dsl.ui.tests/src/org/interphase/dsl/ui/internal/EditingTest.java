package org.interphase.dsl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.interphase.dsl.ui.InterphaseEditorIds;
import org.junit.jupiter.api.Test;

/** A user formats a file (Ctrl+Shift+F), comments lines out (Ctrl+/) and folds blocks. */
class EditingTest extends ExampleEditorTest {

    private static final String STACK = """
            stack PaaPeoSymmetric {
              area 0.503 cm2
              temperature 25 °C
              lithium Li
            """;
    private static final String MESSY_STACK = """
            stack   PaaPeoSymmetric {
                  area 0.503   cm2
            temperature 25 °C
              lithium Li
            """;

    EditingTest() {
        super("paa-peo-editing", "paa-peo-on-latp", "paa-peo-on-latp.iph");
    }

    @Test
    void formatFixesTheLayoutAndOneUndoTakesItBack() throws Exception {
        InterphaseEditor editor = ExampleProject.openReconciled(page, file);
        IDocument document = editor.document();
        int stack = document.get().indexOf(STACK);
        document.replace(stack, STACK.length(), MESSY_STACK);
        String messy = document.get();

        execute(InterphaseEditorIds.FORMAT_COMMAND);

        assertTrue(document.get().contains(STACK), document.get());
        assertTrue(!document.get().contains("0.503   cm2"));
        ((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
        assertEquals(messy, document.get(), "one undo should restore the text before formatting");
    }

    @Test
    void toggleCommentCommentsTheSelectedLinesAndUncommentsThem() throws Exception {
        InterphaseEditor editor = ExampleProject.openReconciled(page, file);
        IDocument document = editor.document();
        String original = document.get();
        int area = original.indexOf("  area 0.503 cm2\n  temperature 25 °C\n");
        // From the middle of the area line to the start of the line after temperature: two lines.
        editor.selectAndReveal(area + 5, "  area 0.503 cm2\n  temperature 25 °C\n".length() - 5);

        execute(InterphaseEditorIds.TOGGLE_COMMENT_COMMAND);
        assertTrue(document.get().contains("  // area 0.503 cm2\n  // temperature 25 °C\n  lithium Li\n"),
                document.get());

        execute(InterphaseEditorIds.TOGGLE_COMMENT_COMMAND);
        assertEquals(original, document.get());
    }

    @Test
    void recipesStacksAndExperimentsFold() throws Exception {
        InterphaseEditor editor = ExampleProject.openReconciled(page, file);
        String text = editor.document().get();
        ProjectionAnnotationModel folds = editor.getAdapter(ProjectionAnnotationModel.class);
        assertTrue(ExampleProject.waitUntil(() -> !positions(folds).isEmpty()), "no folding regions");

        List<Position> regions = positions(folds);
        int recipe = text.indexOf("recipe PaaPeoOnLatp");
        int recipeEnd = text.indexOf("\n}\n", recipe) + 3;
        assertTrue(regions.contains(new Position(recipe, recipeEnd - recipe)), "recipe not foldable: " + regions);
        int lbl = text.lastIndexOf('\n', text.indexOf("lbl PAA-PEO-LbL")) + 1;
        int lblEnd = text.indexOf("  }\n", text.indexOf("} x 30")) + 4;
        assertTrue(regions.contains(new Position(lbl, lblEnd - lbl)), "LbL block not foldable: " + regions);
        for (String block : List.of("stack PaaPeoSymmetric", "experiment PaaPeoLifetime", "stack PaaPeoLfpCell")) {
            assertTrue(regions.stream().anyMatch(region -> region.getOffset() == text.indexOf(block)),
                    block + " not foldable: " + regions);
        }
        // A one-line block folds nothing.
        int oneLine = text.lastIndexOf('\n', text.indexOf("precursor { dip PEI")) + 1;
        assertTrue(regions.stream().noneMatch(region -> region.getOffset() == oneLine));
    }

    private static List<Position> positions(ProjectionAnnotationModel model) {
        List<Position> positions = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            positions.add(model.getPosition(it.next()));
        }
        return positions;
    }

    private static void execute(String command) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
    }
}
