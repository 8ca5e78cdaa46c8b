package org.interphase.dsl.ui.internal;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The editor of {@code .iph} files: a JFace text editor on the workspace file buffer, coloured by the language's
 * lexer, validated in the background by the Xtext runtime (Xtext's own Eclipse editor is not available), with an
 * outline of the model.
 */
public final class InterphaseEditor extends TextEditor {

    static final String CONTENT_ASSIST_ACTION = "ContentAssistProposal";

    private final InterphaseOutlinePage outlinePage = new InterphaseOutlinePage(this);

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setSourceViewerConfiguration(new InterphaseSourceViewerConfiguration(this, getPreferenceStore()));
    }

    @Override
    protected void createActions() {
        super.createActions();
        // TextEditor has no content assist action; this one makes the command (Ctrl+Space) open the proposals.
        Action contentAssist = new Action("Content Assist") {
            @Override
            public void run() {
                ((ITextOperationTarget) getSourceViewer()).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
            }
        };
        contentAssist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction(CONTENT_ASSIST_ACTION, contentAssist);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class) {
            return adapter.cast(outlinePage);
        }
        return super.getAdapter(adapter);
    }

    /** Shows a new outline; called from the reconciler's thread. */
    void showOutline(List<OutlineItem> items) {
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> outlinePage.update(items));
    }

    InterphaseOutlinePage outlinePage() {
        return outlinePage;
    }
}
