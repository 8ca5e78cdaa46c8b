package org.interphase.dsl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.interphase.dsl.ui.InterphaseEditorIds;
import org.interphase.ui.testing.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * A user presses F3 on a material of the built-in library and reads its entry in the library file, which the editor
 * shows read-only: typing changes nothing, and the file's names link on and explain themselves as a user file's do.
 */
class LibraryEditorTest extends ExampleEditorTest {

    LibraryEditorTest() {
        super("library-navigation", "paa-peo-on-latp", "paa-peo-on-latp.iph");
    }

    @Test
    void f3OnALibraryMaterialOpensTheLibraryFileReadOnlyWithTheCaretOnTheEntry() throws Exception {
        InterphaseEditor study = ExampleProject.openReconciled(page, file);
        study.selectAndReveal(study.document().get().indexOf("pellet: LATP") + "pellet: LA".length(), 0);

        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand(InterphaseEditorIds.OPEN_DECLARATION_COMMAND, null);

        InterphaseEditor library = assertInstanceOf(InterphaseEditor.class, page.getActiveEditor());
        assertInstanceOf(LibraryFileInput.class, library.getEditorInput());
        assertEquals("electrolytes.iph (read-only)", library.getTitle());
        assertTrue(library.getTitleToolTip().contains("built-in library, read-only"), library.getTitleToolTip());
        String text = library.document().get();
        ITextSelection selection = (ITextSelection) library.getSelectionProvider().getSelection();
        assertEquals("LATP", selection.getText());
        assertEquals(text.indexOf("material LATP ") + "material ".length(), selection.getOffset());

        assertFalse(library.isEditable());
        StyledText widget = library.viewer().getTextWidget();
        type(widget, 'x');
        type(widget, '\r');
        library.getAction(InterphaseEditor.FORMAT_ACTION).run();
        library.selectAndReveal(0, text.indexOf("material LATP "));
        library.getAction(InterphaseEditor.TOGGLE_COMMENT_ACTION).run();
        assertEquals(text, library.document().get(), "typing, Format and Toggle Comment do not change the library");
        assertFalse(library.isDirty());
        library.selectAndReveal(selection.getOffset(), selection.getLength());
        Shell window = page.getWorkbenchWindow().getShell();
        assertTrue(ExampleProject.waitUntil(() -> descendants(window).anyMatch(control -> control instanceof CLabel
                label && InterphaseEditor.readOnlyMessage("electrolytes.iph").equals(label.getText()))),
                "the status line says why typing does nothing");

        // Parsed for its outline and colours, as a user file is.
        assertTrue(ExampleProject.waitUntil(() -> library.reconciledResource(text).isPresent()),
                "the library file is parsed for the editor");
        ExampleProject.runEventLoop(300);
        Screenshots.save(window, "editor-library-read-only");
    }

    @Test
    void fileOpenBuiltInLibraryListsTheLibraryFilesAndOpensThePickedOneReadOnly() throws Exception {
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        List<String> listed = new ArrayList<>();
        // The dialog is modal: pick a file once it shows, as a user would, by typing its name and pressing OK.
        display.timerExec(500, new Runnable() {
            private int polls;

            @Override
            public void run() {
                Shell dialog = display.getActiveShell();
                Table table = dialog == null || !"Open Built-in Library".equals(dialog.getText()) ? null
                        : (Table) descendants(dialog).filter(Table.class::isInstance).findFirst().orElseThrow();
                // The list fills in the background after the dialog shows.
                if (table == null || table.getItemCount() == 0) {
                    if (++polls < 300) {
                        display.timerExec(100, this);
                    } else if (dialog != null) {
                        dialog.close(); // no list after 30 s: fail below instead of waiting forever
                    }
                    return;
                }
                Stream.of(table.getItems()).map(TableItem::getText).forEach(listed::add);
                ((Text) descendants(dialog).filter(Text.class::isInstance).findFirst().orElseThrow())
                        .setText("interfaces");
                display.timerExec(500, () -> {
                    ((Button) descendants(dialog).filter(control -> control instanceof Button button
                            && button.getText().equals(IDialogConstants.OK_LABEL)).findFirst().orElseThrow())
                            .notifyListeners(SWT.Selection, new Event());
                });
            }
        });

        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand(InterphaseEditorIds.OPEN_LIBRARY_COMMAND, null);

        assertTrue(listed.contains("electrolytes.iph \u2014 built-in library"), listed.toString());
        assertTrue(listed.contains("sources.iph \u2014 built-in library"), listed.toString());
        InterphaseEditor library = assertInstanceOf(InterphaseEditor.class, page.getActiveEditor());
        assertEquals("interfaces.iph (read-only)", library.getTitle());
        assertFalse(library.isEditable());
    }

    private static Stream<Control> descendants(Control control) {
        return control instanceof Composite composite
                ? Stream.concat(Stream.of(control),
                        Stream.of(composite.getChildren()).flatMap(LibraryEditorTest::descendants))
                : Stream.of(control);
    }

    @Test
    void theLibraryFileLinksOnToTheSourceItCitesAndExplainsItsMaterials() throws Exception {
        InterphaseEditor study = ExampleProject.openReconciled(page, file);
        int latp = study.document().get().indexOf("pellet: LATP") + "pellet: ".length();
        study.hyperlinkDetector().detectHyperlinks(study.viewer(), new Region(latp, 0), false)[0].open();
        InterphaseEditor library = (InterphaseEditor) page.getActiveEditor();
        String text = library.document().get();
        assertTrue(ExampleProject.waitUntil(() -> library.reconciledResource(text).isPresent()));

        int citation = text.indexOf("source Tolganbek2022Review") + "source Tol".length();
        IHyperlink[] links = library.hyperlinkDetector().detectHyperlinks(library.viewer(), new Region(citation, 0),
                false);
        assertNotNull(links, "the cited source is a link");
        links[0].open();

        InterphaseEditor sources = (InterphaseEditor) page.getActiveEditor();
        assertEquals("sources.iph (read-only)", sources.getTitle());
        ITextSelection selection = (ITextSelection) sources.getSelectionProvider().getSelection();
        assertEquals("Tolganbek2022Review", selection.getText());

        InterphaseTextHover hover = new InterphaseTextHover(library, null);
        int declaration = text.indexOf("material LATP ") + "material L".length();
        String shown = (String) hover.getHoverInfo2(library.viewer(), hover.getHoverRegion(library.viewer(),
                declaration));
        assertTrue(shown.startsWith("material LATP"), shown);
        assertTrue(shown.lines().anyMatch(line -> line.contains("ionicConductivity = 0.0007 S/cm")
                && line.contains("Materials Advances 3 (2022)")), "value, unit and full citation:\n" + shown);
    }

    /** A key press as the keyboard sends it to the focused text. */
    private static void type(StyledText widget, char character) {
        Event event = new Event();
        event.character = character;
        event.keyCode = character;
        event.doit = true;
        widget.setFocus();
        widget.notifyListeners(SWT.KeyDown, event);
        widget.notifyListeners(SWT.KeyUp, event);
    }
}
