package org.interphase.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * The test workspace: emptied between tests, its projects built as the workbench does, and their errors as the
 * Problems view lists them.
 */
final class TestWorkspace {

    private TestWorkspace() {
    }

    /** Runs every builder of {@code project} (the Interphase validation among them) and returns its errors. */
    static List<String> errorsAfterBuilding(IProject project) throws CoreException {
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        return List.of(project.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE)).stream()
                .filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
                .map(marker -> marker.getResource().getProjectRelativePath() + ":"
                        + marker.getAttribute(IMarker.LINE_NUMBER, 0) + ": "
                        + marker.getAttribute(IMarker.MESSAGE, ""))
                .toList();
    }

    static void deleteAllProjects() throws CoreException {
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            project.delete(true, true, null);
        }
    }
}
