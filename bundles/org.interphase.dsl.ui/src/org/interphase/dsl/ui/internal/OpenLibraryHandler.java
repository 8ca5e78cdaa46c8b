package org.interphase.dsl.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.interphase.dsl.ide.library.InstalledLibraryFiles;
import org.interphase.dsl.library.LibraryFiles;

/** File > Open Built-in Library...: picks a file of the installed library and opens it read-only. */
public final class OpenLibraryHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(window.getShell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                String name = ((LibraryFiles.Text) element).name();
                return name + " \u2014 " + InstalledLibraryFiles.owner(name);
            }
        });
        dialog.setTitle("Open Built-in Library");
        dialog.setMessage("Library file to read (read-only; a material or process of your own goes into your own"
                + " .iph file):");
        dialog.setElements(InstalledLibraryFiles.all().toArray());
        dialog.setMultipleSelection(false);
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof LibraryFiles.Text file) {
            try {
                LibraryEditors.open(window.getActivePage(), file);
            } catch (PartInitException e) {
                throw new ExecutionException("cannot open the library file " + file.name(), e);
            }
        }
        return null;
    }
}
