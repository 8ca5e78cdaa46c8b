package org.interphase.dsl.ui.internal;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes.TextEdit;

/** Applies several text edits to a document as one change, which one Undo takes back. */
final class DocumentEdits {

    private DocumentEdits() {
    }

    /** @throws IllegalArgumentException if the edits overlap or lie outside the document */
    static void apply(IDocument document, List<TextEdit> edits) {
        if (edits.isEmpty()) {
            return;
        }
        MultiTextEdit all = new MultiTextEdit();
        for (TextEdit edit : edits) {
            all.addChild(new ReplaceEdit(edit.offset(), edit.length(), edit.text()));
        }
        IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        if (undo != null) {
            undo.beginCompoundChange();
        }
        try {
            all.apply(document, org.eclipse.text.edits.TextEdit.NONE);
        } catch (MalformedTreeException | BadLocationException e) {
            throw new IllegalArgumentException("the edits do not fit the text: " + e.getMessage(), e);
        } finally {
            if (undo != null) {
                undo.endCompoundChange();
            }
        }
    }
}
