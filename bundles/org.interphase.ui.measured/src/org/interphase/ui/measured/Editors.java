package org.interphase.ui.measured;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;

/** The .iph file open in a text editor, with its current (possibly unsaved) text. */
final class Editors {

    private Editors() {
    }

    /** The active editor of {@code page} if it edits an .iph file of the workspace. */
    static ITextEditor activeIphEditor(IWorkbenchPage page) throws ComparisonException {
        IEditorPart part = page == null ? null : page.getActiveEditor();
        if (part instanceof ITextEditor editor && fileOf(editor) != null) {
            return editor;
        }
        throw new ComparisonException("Open an .iph file in the Interphase editor and put the caret in an experiment"
                + " whose impedance sweep names a measured file (measured \"data/my-cell.mpt\").");
    }

    static IFile fileOf(ITextEditor editor) {
        IFile file = editor.getEditorInput().getAdapter(IFile.class);
        return file != null && "iph".equals(file.getFileExtension()) ? file : null;
    }

    static IDocument document(ITextEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    static int caret(ITextEditor editor) {
        return editor.getSelectionProvider().getSelection() instanceof ITextSelection selection
                ? selection.getOffset() : 0;
    }
}
