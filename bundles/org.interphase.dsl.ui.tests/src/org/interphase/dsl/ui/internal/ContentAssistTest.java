package org.interphase.dsl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.interphase.ui.testing.Screenshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A user asks for completion after {@code electrolyte pellet: } and picks a material of the built-in library. */
class ContentAssistTest extends ExampleEditorTest {

    private static final String ELECTROLYTE = "electrolyte pellet: ";

    private ITextEditor editor;
    private IDocument document;

    ContentAssistTest() {
        super("paa-peo-assist", "paa-peo-on-latp", "paa-peo-on-latp.iph");
    }

    @BeforeEach
    void openEditor() throws Exception {
        editor = (ITextEditor) IDE.openEditor(page, file);
        document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    @Test
    void libraryMaterialsAreProposedAfterTheLayerNameAndInsertedWhenChosen() throws Exception {
        int offset = document.get().indexOf(ELECTROLYTE + "LATP") + ELECTROLYTE.length();
        // The layer as the user is about to write it: no material yet.
        document.replace(offset, "LATP".length(), "");

        List<ICompletionProposal> proposals = new InterphaseContentAssistProcessor(editor).proposals(document, offset);
        List<String> labels = labels(proposals);
        assertTrue(labels.containsAll(List.of("LATP", "LLZO")), "library materials should be proposed: " + labels);

        proposals.get(labels.indexOf("LLZO")).apply(document);
        int line = document.getLineOfOffset(offset);
        String lineText = document.get(document.getLineOffset(line), document.getLineLength(line)).strip();
        assertEquals(ELECTROLYTE + "LLZO", lineText);
    }

    @Test
    void aPartlyTypedMaterialIsCompleted() throws Exception {
        int offset = document.get().indexOf(ELECTROLYTE + "LATP") + ELECTROLYTE.length() + "LL".length();
        document.replace(offset - "LL".length(), "LATP".length(), "LL");

        List<ICompletionProposal> proposals = new InterphaseContentAssistProcessor(editor).proposals(document, offset);
        List<String> labels = labels(proposals);
        assertTrue(labels.contains("LLZO"), "LLZO should complete LL: " + labels);

        proposals.get(labels.indexOf("LLZO")).apply(document);
        int line = document.getLineOfOffset(offset);
        assertEquals(ELECTROLYTE + "LLZO",
                document.get(document.getLineOffset(line), document.getLineLength(line)).strip());
    }

    @Test
    void enterOnAnExactNameKeepsItRatherThanALongerOne() throws Exception {
        int offset = document.get().indexOf(ELECTROLYTE + "LATP") + ELECTROLYTE.length() + "LLZO".length();
        document.replace(offset - "LLZO".length(), "LATP".length(), "LLZO");

        List<ICompletionProposal> proposals = new InterphaseContentAssistProcessor(editor).proposals(document, offset);
        assertEquals("LLZO", labels(proposals).get(0), labels(proposals)::toString);
        // Enter takes the first, selected proposal.
        proposals.get(0).apply(document);
        int line = document.getLineOfOffset(offset);
        assertEquals(ELECTROLYTE + "LLZO",
                document.get(document.getLineOffset(line), document.getLineLength(line)).strip());
    }

    @Test
    void aLibraryPrecursorChosenAfterPulseIsDeclaredToo() throws Exception {
        document.set("package p\n\nrecipe R on LATP {\n  ald Al2O3-ALD at 250 °C { pulse  } x 10\n}\n");
        int offset = document.get().indexOf("pulse ") + "pulse ".length();

        List<ICompletionProposal> proposals = new InterphaseContentAssistProcessor(editor).proposals(document, offset);
        List<String> labels = labels(proposals);
        assertTrue(labels.contains("TMA"), "the library's precursor should be proposed: " + labels);
        proposals.get(labels.indexOf("TMA")).apply(document);

        assertEquals("package p\n\nprecursor TMA\n\nrecipe R on LATP {\n  ald Al2O3-ALD at 250 °C { pulse TMA } x 10\n}\n",
                document.get());
    }

    @Test
    void topLevelKeywordsAreProposedOnANewLine() throws Exception {
        document.replace(document.getLength(), 0, "\n");
        List<String> labels = labels(new InterphaseContentAssistProcessor(editor).proposals(document, document.getLength()));
        assertTrue(labels.containsAll(List.of("stack", "recipe", "experiment")), "keywords should be proposed: " + labels);
    }

    @Test
    void theContentAssistCommandOpensThePopupWithTheProposals() throws Exception {
        int offset = document.get().indexOf(ELECTROLYTE + "LATP") + ELECTROLYTE.length();
        document.replace(offset, "LATP".length(), "");
        page.activate(editor);
        editor.selectAndReveal(offset, 0);

        // What Ctrl+Space runs.
        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS, null);
        Shell workbench = page.getWorkbenchWindow().getShell();
        assertTrue(ExampleProject.waitUntil(() -> popupLabels(workbench).contains("LLZO")),
                "the popup should list LLZO: " + popupLabels(workbench));
        Screenshots.save(workbench, "editor-content-assist");
    }

    /** The first words of the rows of the visible proposal popup, if any. */
    private static List<String> popupLabels(Shell workbench) {
        for (Shell popup : workbench.getShells()) {
            if (popup.isVisible() && ExampleProject.firstTable(popup) instanceof Table table) {
                return List.of(table.getItems()).stream().map(TableItem::getText)
                        .map(text -> text.split(" - ", 2)[0]).toList();
            }
        }
        return List.of();
    }

    /** The proposals' labels, without the description the popup shows after them. */
    private static List<String> labels(List<ICompletionProposal> proposals) {
        return proposals.stream().map(p -> p.getDisplayString().split(" - ", 2)[0]).toList();
    }
}
