package org.interphase.dsl.ui.internal;

import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The editor of {@code .iph} files: a JFace text editor on the workspace file buffer, coloured by the language's
 * lexer, validated in the background by the Xtext runtime (Xtext's own Eclipse editor is not available), with an
 * outline of the model.
 */
public final class InterphaseEditor extends TextEditor {

    private final InterphaseOutlinePage outlinePage = new InterphaseOutlinePage(this);

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setSourceViewerConfiguration(new InterphaseSourceViewerConfiguration(this, getPreferenceStore()));
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
