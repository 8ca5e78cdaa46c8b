package org.interphase.dsl.ui.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes.Fix;
import org.interphase.dsl.ui.InterphaseEditorIds;

/**
 * Ctrl+1 in the editor: the quick fixes of the problems at the caret's line, at the positions the editor tracks for
 * them (which follow the user's edits, unlike the markers' saved offsets).
 */
final class InterphaseQuickAssistProcessor implements IQuickAssistProcessor {

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        IAnnotationModel annotations = context.getSourceViewer().getAnnotationModel();
        IDocument document = context.getSourceViewer().getDocument();
        if (annotations == null || document == null) {
            return new ICompletionProposal[0];
        }
        String text = document.get();
        int caretLine = lineOf(document, context.getOffset());
        List<ICompletionProposal> proposals = new ArrayList<>();
        for (Iterator<Annotation> it = annotations.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof MarkerAnnotation annotation && isFixable(annotation)) {
                Position position = annotations.getPosition(annotation);
                if (position != null && !position.isDeleted() && lineOf(document, position.getOffset()) == caretLine) {
                    for (Fix fix : MarkerFixes.fixes(annotation.getMarker(), position.getOffset(), position.getLength(),
                            text)) {
                        // A quick fix in the Ctrl+1 list, with the fixed line beside it.
                        proposals.add(new EditsProposal(fix.edits(), -1, fix.label(), preview(fix, text)));
                    }
                }
            }
        }
        return proposals.toArray(ICompletionProposal[]::new);
    }

    /** The line of the first edit as the fix leaves it, e.g. "area 0.503 cm2". */
    private static String preview(Fix fix, String text) {
        String fixed = fix.applyTo(text);
        int at = fix.edits().get(0).offset();
        int start = fixed.lastIndexOf('\n', at - 1) + 1;
        int end = fixed.indexOf('\n', at);
        return fixed.substring(start, end < 0 ? fixed.length() : end).strip();
    }

    private static int lineOf(IDocument document, int offset) {
        try {
            return document.getLineOfOffset(offset);
        } catch (org.eclipse.jface.text.BadLocationException e) {
            return -1;
        }
    }

    private static boolean isFixable(MarkerAnnotation annotation) {
        IMarker marker = annotation.getMarker();
        try {
            return marker.exists() && marker.isSubtypeOf(InterphaseEditorIds.PROBLEM_MARKER)
                    && MarkerFixes.hasFixes(marker);
        } catch (org.eclipse.core.runtime.CoreException e) {
            return false;
        }
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return annotation instanceof MarkerAnnotation marker && isFixable(marker);
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
        return false;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }
}
