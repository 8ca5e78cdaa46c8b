package org.interphase.dsl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.interphase.dsl.ui.InterphaseEditorIds;
import org.interphase.ui.testing.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * A user renames a material used in two files of a project, lists its references and sees its other occurrences
 * highlighted when the caret is on its name.
 */
class RenameAndReferencesTest extends ExampleEditorTest {

    private static final String USE = "cathode LfpComposite";

    RenameAndReferencesTest() {
        super("paa-peo-rename", "paa-peo-on-latp", "paa-peo-on-latp.iph");
    }

    @Test
    void renamingAMaterialAtAReferenceRenamesItsDeclarationInTheOtherFileToo() throws Exception {
        InterphaseEditor editor = ExampleProject.openReconciled(page, file);
        IDocument document = editor.document();
        int reference = document.get().indexOf(USE) + "cathode Lfp".length();
        IFile chemicals = workspace.file("chemicals.iph");

        NamedElements.Target target = NamedElements.at(editor, reference).orElseThrow();
        assertEquals("LfpComposite", target.name());
        assertEquals(List.of("chemicals.iph", "paa-peo-on-latp.iph"), NamedElements.places(target).stream()
                .map(place -> place.occurrence().file().lastSegment()).sorted().toList());
        assertTrue(NamedElements.problem(target, "LFP cathode").isPresent(), "a name has no spaces");
        assertTrue(NamedElements.problem(target, "stack").isPresent(), "a keyword is no name");

        List<IFile> changed = NamedElements.rename(target, "CathodeMix");

        assertEquals(2, changed.size(), changed::toString);
        assertTrue(document.get().contains("cathode CathodeMix\n"), document.get());
        assertFalse(document.get().contains("LfpComposite"), document.get());
        // The other file is not open: the rename saved it.
        assertTrue(contents(chemicals).contains("material CathodeMix {"), contents(chemicals));
        assertFalse(contents(chemicals).contains("LfpComposite"));
        editor.doSave(null);
        assertTrue(ExampleProject.waitUntil(ExampleProject.unchecked(() -> ExampleProject.errors(file).isEmpty()
                && ExampleProject.errors(chemicals).isEmpty())), "the renamed files should have no errors");
        editor.selectAndReveal(document.get().indexOf("cathode CathodeMix") + "cathode ".length(), "CathodeMix".length());
        ExampleProject.runEventLoop(1_000);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "editor-rename-across-files");
    }

    @Test
    void findReferencesListsTheDeclarationAndTheUseInBothFiles() throws Exception {
        InterphaseEditor editor = ExampleProject.openReconciled(page, file);
        page.activate(editor);
        editor.selectAndReveal(editor.document().get().indexOf(USE) + "cathode Lfp".length(), 0);
        Shell workbench = page.getWorkbenchWindow().getShell();
        List<String> listed = new ArrayList<>();
        // The dialog runs its own event loop; this runs inside it, reads the list and closes the dialog.
        workbench.getDisplay().timerExec(1_500, () -> {
            for (Shell dialog : workbench.getShells()) {
                if (dialog.isVisible() && dialog.getText().equals("References to LfpComposite")
                        && ExampleProject.firstTable(dialog) instanceof Table table) {
                    List.of(table.getItems()).forEach(item -> listed.add(item.getText()));
                    try {
                        Screenshots.save(dialog, "editor-find-references");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    dialog.close();
                }
            }
        });

        // What Ctrl+Shift+G runs.
        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand(InterphaseEditorIds.FIND_REFERENCES_COMMAND, null);

        assertEquals(2, listed.size(), listed::toString);
        assertTrue(listed.get(0).startsWith("chemicals.iph:") && listed.get(0).contains("material LfpComposite"),
                listed::toString);
        assertTrue(listed.get(1).startsWith("paa-peo-on-latp.iph:") && listed.get(1).endsWith(USE), listed::toString);
    }

    @Test
    void aLibraryMaterialCannotBeRenamed() throws Exception {
        InterphaseEditor editor = ExampleProject.openReconciled(page, file);
        int latp = editor.document().get().indexOf("pellet: LATP") + "pellet: ".length();

        NamedElements.Target target = NamedElements.at(editor, latp).orElseThrow();

        assertTrue(NamedElements.problem(target, "MyLatp").orElseThrow().contains("read-only"));
    }

    @Test
    void theCaretOnANameHighlightsItsOccurrencesInTheFile() throws Exception {
        InterphaseEditor editor = ExampleProject.openReconciled(page, file);
        String text = editor.document().get();
        String name = "PaaPeoOnLatp";
        int count = text.split("\\b" + name + "\\b", -1).length - 1;
        assertTrue(count >= 2, "the example should name the recipe more than once");

        page.activate(editor);
        editor.selectAndReveal(text.indexOf(name) + 2, 0);
        assertTrue(ExampleProject.waitUntil(() -> editor.occurrences().shown().size() == count),
                "occurrences shown: " + editor.occurrences().shown());
        for (Position position : editor.occurrences().shown()) {
            assertEquals(name, text.substring(position.getOffset(), position.getOffset() + position.getLength()));
        }
        Screenshots.save(page.getWorkbenchWindow().getShell(), "editor-mark-occurrences");

        editor.selectAndReveal(text.indexOf("{"), 0);
        assertTrue(ExampleProject.waitUntil(() -> editor.occurrences().shown().isEmpty()),
                "a brace is no name: " + editor.occurrences().shown());
    }

    private static String contents(IFile file) throws CoreException, IOException {
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
