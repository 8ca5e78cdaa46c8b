package org.interphase.dsl.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.custom.BusyIndicator;
import org.interphase.dsl.ui.InterphaseEditorIds;

/**
 * Alt+Shift+R: renames the material, chemical, recipe, stack or source whose name is at the caret, in its
 * declaration and in every file of the project that names it.
 */
final class RenameAction extends Action {

    private final InterphaseEditor editor;

    RenameAction(InterphaseEditor editor) {
        super("Rename...");
        this.editor = editor;
        setActionDefinitionId(InterphaseEditorIds.RENAME_COMMAND);
    }

    @Override
    public void run() {
        if (!(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
            return;
        }
        Optional<NamedElements.Target> found = targetAt(editor, selection.getOffset());
        if (found.isEmpty()) {
            return;
        }
        NamedElements.Target target = found.get();
        Optional<String> readOnly = NamedElements.problem(target, target.name());
        if (readOnly.isPresent()) {
            editor.showStatus(readOnly.get(), true);
            return;
        }
        InputDialog dialog = new InputDialog(editor.getSite().getShell(), "Rename " + target.name(),
                "New name (the declaration and every reference in the project's files change):", target.name(),
                name -> NamedElements.problem(target, name).orElse(null));
        if (dialog.open() == Window.OK && !dialog.getValue().equals(target.name())) {
            rename(target, dialog.getValue());
        }
    }

    /** The element named at {@code offset}, or none with the reason in the status line. */
    static Optional<NamedElements.Target> targetAt(InterphaseEditor editor, int offset) {
        AtomicReference<Optional<NamedElements.Target>> found = new AtomicReference<>(Optional.empty());
        // Parses the project's files if the user typed since the last check; the action is rare and explicit.
        BusyIndicator.showWhile(editor.getSite().getShell().getDisplay(),
                () -> found.set(NamedElements.at(editor, offset)));
        if (found.get().isEmpty()) {
            editor.showStatus("Put the caret on the name of a material, chemical, recipe, stack or source", true);
        }
        return found.get();
    }

    private void rename(NamedElements.Target target, String newName) {
        try {
            List<IFile> changed = NamedElements.rename(target, newName);
            editor.showStatus("Renamed " + target.name() + " to " + newName + " in " + changed.size()
                    + (changed.size() == 1 ? " file" : " files"), false);
        } catch (IllegalStateException | CoreException e) {
            MessageDialog.openError(editor.getSite().getShell(), "Rename " + target.name(), e.getMessage());
        }
    }
}
