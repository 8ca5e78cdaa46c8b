package org.interphase.dsl.ui.internal;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes.TextEdit;

/**
 * A proposal (Ctrl+Space or Ctrl+1) of several edits made as one change, which one Undo takes back.
 *
 * @param caret where the caret goes afterwards, or -1 to leave it to the viewer
 * @param info  the text shown beside the list
 */
record EditsProposal(List<TextEdit> edits, int caret, String display, String info) implements ICompletionProposal {

    EditsProposal {
        edits = List.copyOf(edits);
    }

    @Override
    public void apply(IDocument document) {
        DocumentEdits.apply(document, edits);
    }

    @Override
    public Point getSelection(IDocument document) {
        return caret < 0 ? null : new Point(caret, 0);
    }

    @Override
    public String getAdditionalProposalInfo() {
        return info;
    }

    @Override
    public String getDisplayString() {
        return display;
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }
}
