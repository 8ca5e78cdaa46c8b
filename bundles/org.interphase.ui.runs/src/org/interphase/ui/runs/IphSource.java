package org.interphase.ui.runs;

import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The .iph file a command acts on: the active editor's (with its unsaved text and caret), else the file selected in
 * the Project Explorer, else the last active editor's. Simulate and Run Study find their file the same way.
 *
 * @param editor the editor it comes from, if any
 */
record IphSource(IFile file, Optional<String> text, Optional<Integer> caret, Optional<IEditorPart> editor) {

    private static final String EXTENSION = "iph";

    static Optional<IphSource> of(ExecutionEvent event) {
        return editorSource(HandlerUtil.getActivePart(event))
                .or(() -> selectedFile(HandlerUtil.getCurrentSelection(event)))
                .or(() -> editorSource(HandlerUtil.getActiveEditor(event)));
    }

    /**
     * {@link #of(ExecutionEvent)}, or, when there is no .iph file to act on, a dialog telling the user where to
     * select one, e.g. {@code element} "an experiment", {@code action} "simulate".
     */
    static Optional<IphSource> orExplain(ExecutionEvent event, String title, String element, String action) {
        Optional<IphSource> source = of(event);
        if (source.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), title, "Select an .iph file in the"
                    + " Project Explorer, or place the caret in " + element + " of an open .iph file, and " + action
                    + " again.");
        }
        return source;
    }

    private static Optional<IphSource> editorSource(IWorkbenchPart part) {
        if (!(part instanceof IEditorPart editor) || !(editor.getEditorInput() instanceof IFileEditorInput input)
                || !EXTENSION.equals(input.getFile().getFileExtension())) {
            return Optional.empty();
        }
        if (!(editor instanceof ITextEditor text)) {
            return Optional.of(new IphSource(input.getFile(), Optional.empty(), Optional.empty(), Optional.of(editor)));
        }
        Optional<Integer> caret = text.getSelectionProvider().getSelection() instanceof ITextSelection selection
                ? Optional.of(selection.getOffset()) : Optional.empty();
        return Optional.of(new IphSource(input.getFile(),
                Optional.of(text.getDocumentProvider().getDocument(input).get()), caret, Optional.of(editor)));
    }

    private static Optional<IphSource> selectedFile(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.size() != 1) {
            return Optional.empty();
        }
        IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
        return file != null && EXTENSION.equals(file.getFileExtension())
                ? Optional.of(new IphSource(file, Optional.empty(), Optional.empty(), Optional.empty()))
                : Optional.empty();
    }
}
