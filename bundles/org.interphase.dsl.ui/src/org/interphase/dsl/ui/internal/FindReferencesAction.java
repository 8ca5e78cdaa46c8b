package org.interphase.dsl.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.interphase.dsl.ide.refactoring.NameOccurrences.Occurrence;
import org.interphase.dsl.ui.InterphaseEditorIds;

/**
 * Ctrl+Shift+G: lists where the element whose name is at the caret is declared and used in the project's files;
 * choosing a line opens it.
 */
final class FindReferencesAction extends Action {

    private final InterphaseEditor editor;

    FindReferencesAction(InterphaseEditor editor) {
        super("Find References");
        this.editor = editor;
        setActionDefinitionId(InterphaseEditorIds.FIND_REFERENCES_COMMAND);
    }

    @Override
    public void run() {
        if (!(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
            return;
        }
        Optional<NamedElements.Target> target = RenameAction.targetAt(editor, selection.getOffset());
        if (target.isEmpty()) {
            return;
        }
        List<NamedElements.Place> places = NamedElements.places(target.get());
        ListDialog dialog = new ListDialog(editor.getSite().getShell());
        dialog.setTitle("References to " + target.get().name());
        dialog.setMessage(places.size() + " in the project's files, the declaration first (library names are declared"
                + " outside them):");
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider());
        dialog.setInput(places);
        if (dialog.open() == Window.OK && dialog.getResult().length == 1
                && dialog.getResult()[0] instanceof NamedElements.Place place) {
            open(place.occurrence());
        }
    }

    private void open(Occurrence occurrence) {
        try {
            if (IDE.openEditor(editor.getSite().getPage(), NamedElements.fileOf(occurrence.file()),
                    InterphaseEditorIds.EDITOR) instanceof ITextEditor opened) {
                opened.selectAndReveal(occurrence.offset(), occurrence.length());
            }
        } catch (PartInitException e) {
            editor.showStatus("cannot open " + occurrence.file().lastSegment() + ": " + e.getMessage(), true);
        }
    }
}
