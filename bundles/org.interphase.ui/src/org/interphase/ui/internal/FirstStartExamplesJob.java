package org.interphase.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/** On the first start of an empty workspace, creates the examples project and opens its first model. */
final class FirstStartExamplesJob extends WorkspaceJob {

    private final IWorkbench workbench;

    FirstStartExamplesJob(IWorkbench workbench) {
        super("Creating the Interphase examples");
        this.workbench = workbench;
        setRule(ResourcesPlugin.getWorkspace().getRoot());
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
        ExamplesProject.createIfWorkspaceIsNew(ResourcesPlugin.getWorkspace().getRoot(), monitor)
                .ifPresent(this::openWhenTheWorkbenchIsIdle);
        return Status.OK_STATUS;
    }

    private void openWhenTheWorkbenchIsIdle(IFile file) {
        Display display = workbench.getDisplay();
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            if (window != null && window.getActivePage() != null) {
                try {
                    IDE.openEditor(window.getActivePage(), file);
                } catch (PartInitException e) {
                    ILog.of(FirstStartExamplesJob.class).log(e.getStatus());
                }
            }
        });
    }
}
