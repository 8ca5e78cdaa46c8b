package org.interphase.dsl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.interphase.dsl.ui.InterphaseEditorIds;
import org.interphase.ui.testing.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * A user Ctrl+clicks (or presses F3 on) names to reach their declarations, in this file, another file of the project
 * or the built-in library, and rests the mouse on names to read what they stand for.
 */
class NavigationTest extends ExampleEditorTest {

    NavigationTest() {
        super("paa-peo-navigation", "paa-peo-on-latp", "paa-peo-on-latp.iph");
    }

    @Test
    void ctrlClickOnAMaterialOfAnotherFileOpensThatFileAtTheDeclaration() throws Exception {
        InterphaseEditor editor = ExampleProject.openReconciled(page, file);
        String text = editor.document().get();
        int reference = text.indexOf("cathode LfpComposite") + "cathode ".length() + 3;

        IHyperlink[] links = editor.hyperlinkDetector().detectHyperlinks(editor.viewer(), new Region(reference, 0),
                false);
        assertNotNull(links, "LfpComposite should be a link");
        assertEquals(1, links.length);
        assertEquals("LfpComposite", text.substring(links[0].getHyperlinkRegion().getOffset(),
                links[0].getHyperlinkRegion().getOffset() + links[0].getHyperlinkRegion().getLength()));
        links[0].open();

        InterphaseEditor chemicals = assertInstanceOf(InterphaseEditor.class, page.getActiveEditor());
        assertEquals("chemicals.iph", chemicals.getEditorInput().getName());
        ITextSelection selection = (ITextSelection) chemicals.getSelectionProvider().getSelection();
        assertEquals("LfpComposite", selection.getText());
        assertEquals(chemicals.document().get().indexOf("material LfpComposite") + "material ".length(),
                selection.getOffset());
    }

    @Test
    void f3OnARecipeReferenceSelectsTheRecipeInTheSameFile() throws Exception {
        InterphaseEditor editor = ExampleProject.openReconciled(page, file);
        String text = editor.document().get();
        editor.selectAndReveal(text.indexOf("by PaaPeoOnLatp") + "by Paa".length(), 0);

        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand(InterphaseEditorIds.OPEN_DECLARATION_COMMAND, null);

        assertEquals(editor, page.getActiveEditor());
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals(text.indexOf("recipe PaaPeoOnLatp") + "recipe ".length(), selection.getOffset());
        assertEquals("PaaPeoOnLatp", selection.getText());
    }

    @Test
    void aLibraryMaterialLinksToItsEntryInTheLibraryFile() throws Exception {
        InterphaseEditor editor = ExampleProject.openReconciled(page, file);
        int reference = editor.document().get().indexOf("pellet: LATP") + "pellet: ".length();

        IHyperlink[] links = editor.hyperlinkDetector().detectHyperlinks(editor.viewer(), new Region(reference, 0),
                false);
        DeclarationHyperlink.InLibrary link = assertInstanceOf(DeclarationHyperlink.InLibrary.class, links[0]);
        assertEquals("electrolytes.iph", link.declaration().file().name());
        assertEquals("Open Declaration in electrolytes.iph (built-in library, read-only)", link.getHyperlinkText());
    }

    @Test
    void hoverOnAMaterialShowsItsSourcedPropertiesAndOnARecipeItsThickness() throws Exception {
        InterphaseEditor editor = ExampleProject.openReconciled(page, file);
        IDocument document = editor.document();
        String text = document.get();
        InterphaseTextHover hover = new InterphaseTextHover(editor, null);

        int latp = text.indexOf("pellet: LATP") + "pellet: ".length();
        String material = (String) hover.getHoverInfo2(editor.viewer(), hover.getHoverRegion(editor.viewer(), latp));
        assertTrue(material.startsWith("material LATP"), material);
        assertTrue(material.lines().anyMatch(line -> line.contains("ionicConductivity") && line.contains("S/cm")
                && line.matches(".*\\[\\w+].*")), "the conductivity with its unit and citation:\n" + material);

        int recipe = text.indexOf("by PaaPeoOnLatp") + "by ".length();
        String thickness = (String) hover.getHoverInfo2(editor.viewer(), hover.getHoverRegion(editor.viewer(), recipe));
        assertTrue(thickness.matches("(?s)recipe PaaPeoOnLatp grows [0-9.]+ nm.*"), thickness);

        // What the user sees: F2 ("Show Tooltip Description") shows the hover of the word at the caret.
        page.activate(editor);
        editor.selectAndReveal(latp, 0);
        editor.getAction(ITextEditorActionConstants.SHOW_INFORMATION).run();
        Shell window = page.getWorkbenchWindow().getShell();
        assertTrue(ExampleProject.waitUntil(() -> Stream.of(window.getShells()).anyMatch(Shell::isVisible)),
                "F2 should show the hover of LATP");
        ExampleProject.runEventLoop(500);
        Screenshots.save(window, "editor-hover-material");
    }
}
