package org.interphase.ui.runs;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IEditorLauncher;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.interphase.runs.RunStore;
import org.interphase.ui.views.RunViews;

/**
 * Opens a saved run (*.iphrun) from the Project Explorer in the result views; the product has no EMF editor,
 * and the views are where a run is read.
 */
public final class RunFileLauncher implements IEditorLauncher {

    @Override
    public void open(IPath file) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        // A run of many cycles takes seconds to read; the busy cursor says so.
        BusyIndicator.showWhile(window.getShell().getDisplay(), () -> {
            try {
                RunViews.show(window.getActivePage(), RunStore.load(Path.of(file.toOSString())));
            } catch (IOException e) {
                MessageDialog.openError(window.getShell(), "Open Run", e.getMessage());
            }
        });
    }
}
