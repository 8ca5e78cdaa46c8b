package org.interphase.dsl.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.BusyIndicator;
import org.interphase.dsl.ui.InterphaseEditorIds;

/**
 * Source &gt; Format (Ctrl+Shift+F): lays the whole file out as the language's formatter does, as one change that one
 * Undo takes back. The user asked for it and waits, so it parses on the UI thread, under a busy cursor.
 */
final class FormatAction extends Action {

    private final InterphaseEditor editor;

    FormatAction(InterphaseEditor editor) {
        super("Format");
        this.editor = editor;
        setActionDefinitionId(InterphaseEditorIds.FORMAT_COMMAND);
    }

    @Override
    public void run() {
        if (!editor.isEditable()) {
            return;
        }
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        BusyIndicator.showWhile(null, () -> TextFormatting.edits(document.get()).ifPresentOrElse(
                edits -> DocumentEdits.apply(document, edits),
                () -> editor.showStatus("Cannot format: the file has syntax errors; fix them first", true)));
    }
}
