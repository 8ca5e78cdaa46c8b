package org.interphase.ui.runs;

import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorLauncher;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.interphase.ui.views.StudyView;

/** Opens a study's points.csv from the Project Explorer in the Study view, where a study is read. */
public final class StudyFileLauncher implements IEditorLauncher {

    @Override
    public void open(IPath file) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null) {
            StudyView.show(window.getActivePage(), Path.of(file.toOSString()));
        }
    }
}
