package org.interphase.dsl.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.ui.InterphaseEditorIds;

/** Replaces the Interphase problem markers of a file by the validator's current issues. */
final class ProblemMarkers {

    private ProblemMarkers() {
    }

    static void replace(IFile file, List<Issue> issues, IProgressMonitor monitor) throws CoreException {
        if (!file.exists()) {
            return;
        }
        // One workspace operation, so the Problems view and the ruler see the old markers go and the new come at once.
        ResourcesPlugin.getWorkspace().run(m -> {
            file.deleteMarkers(InterphaseEditorIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
            for (Issue issue : issues) {
                file.createMarker(InterphaseEditorIds.PROBLEM_MARKER, attributesOf(issue));
            }
        }, file, IWorkspace.AVOID_UPDATE, monitor);
    }

    static void clear(IResource resource) throws CoreException {
        resource.deleteMarkers(InterphaseEditorIds.PROBLEM_MARKER, false, IResource.DEPTH_INFINITE);
    }

    private static Map<String, Object> attributesOf(Issue issue) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.MESSAGE, issue.getMessage());
        attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO, IGNORE -> IMarker.SEVERITY_INFO;
        });
        if (issue.getLineNumber() != null) {
            attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
        }
        if (issue.getOffset() != null && issue.getLength() != null) {
            attributes.put(IMarker.CHAR_START, issue.getOffset());
            attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
        }
        if (issue.getCode() != null) {
            attributes.put(InterphaseEditorIds.ISSUE_CODE, issue.getCode());
        }
        return attributes;
    }
}
