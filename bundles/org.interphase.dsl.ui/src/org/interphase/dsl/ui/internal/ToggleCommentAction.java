package org.interphase.dsl.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes.TextEdit;
import org.interphase.dsl.ui.InterphaseEditorIds;

/**
 * Ctrl+/: comments the selected lines out with the language's line comment ({@code //}, from Xtext's common
 * terminals), or uncomments them if they all are comments already. Blank lines stay as they are. One Undo.
 */
final class ToggleCommentAction extends Action {

    static final String PREFIX = "//";

    private final InterphaseEditor editor;

    ToggleCommentAction(InterphaseEditor editor) {
        super("Toggle Comment");
        this.editor = editor;
        setActionDefinitionId(InterphaseEditorIds.TOGGLE_COMMENT_COMMAND);
    }

    @Override
    public void run() {
        if (!editor.isEditable()
                || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
            return;
        }
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        try {
            int first = document.getLineOfOffset(selection.getOffset());
            int last = lastLine(document, selection, first);
            DocumentEdits.apply(document, edits(document, first, last));
            // The toggled lines stay selected, so that Ctrl+/ again takes the change back.
            int start = document.getLineOffset(first);
            IRegion end = document.getLineInformation(last);
            editor.selectAndReveal(start, end.getOffset() + end.getLength() - start);
        } catch (BadLocationException e) {
            // The selection came from this document, so its lines exist.
            throw new IllegalStateException(e);
        }
    }

    /** The last selected line; a selection of whole lines ends at the start of the next one, which is not selected. */
    private static int lastLine(IDocument document, ITextSelection selection, int first) throws BadLocationException {
        int end = selection.getOffset() + selection.getLength();
        int last = document.getLineOfOffset(end);
        return last > first && document.getLineOffset(last) == end ? last - 1 : last;
    }

    /** The edits that toggle the comments of lines {@code first} to {@code last}. */
    private static List<TextEdit> edits(IDocument document, int first, int last) throws BadLocationException {
        List<IRegion> lines = new ArrayList<>();
        for (int line = first; line <= last; line++) {
            IRegion region = document.getLineInformation(line);
            if (!document.get(region.getOffset(), region.getLength()).isBlank()) {
                lines.add(region);
            }
        }
        boolean allComments = true;
        int indent = Integer.MAX_VALUE;
        for (IRegion line : lines) {
            String text = document.get(line.getOffset(), line.getLength());
            String code = text.stripLeading();
            allComments &= code.startsWith(PREFIX);
            indent = Math.min(indent, text.length() - code.length());
        }
        List<TextEdit> edits = new ArrayList<>();
        for (IRegion line : lines) {
            String text = document.get(line.getOffset(), line.getLength());
            if (allComments) {
                int at = text.indexOf(PREFIX);
                int length = PREFIX.length() + (text.startsWith(" ", at + PREFIX.length()) ? 1 : 0);
                edits.add(new TextEdit(line.getOffset() + at, length, ""));
            } else {
                // At the block's indentation, so the commented lines stay aligned with the code around them.
                edits.add(new TextEdit(line.getOffset() + indent, 0, PREFIX + " "));
            }
        }
        return edits;
    }
}
