package org.interphase.dsl.ui.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        List<Map<String, Object>> wanted = issues.stream().map(ProblemMarkers::attributesOf).toList();
        // Most checks while typing find what the last one found; rewriting the markers anyway would make the ruler,
        // the overview ruler and the Problems view redraw on the UI thread for nothing.
        if (sameMarkers(file.findMarkers(InterphaseEditorIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO), wanted)) {
            return;
        }
        // One workspace operation, so the Problems view and the ruler see the old markers go and the new come at once.
        ResourcesPlugin.getWorkspace().run(m -> {
            file.deleteMarkers(InterphaseEditorIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
            for (Map<String, Object> attributes : wanted) {
                file.createMarker(InterphaseEditorIds.PROBLEM_MARKER, attributes);
            }
        }, file, IWorkspace.AVOID_UPDATE, monitor);
    }

    private static boolean sameMarkers(IMarker[] existing, List<Map<String, Object>> wanted) throws CoreException {
        if (existing.length != wanted.size()) {
            return false;
        }
        Set<Map<String, Object>> present = new HashSet<>();
        for (IMarker marker : existing) {
            present.add(marker.getAttributes());
        }
        return present.equals(new HashSet<>(wanted));
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
        if (issue.getData() != null && issue.getData().length > 0) {
            attributes.put(InterphaseEditorIds.ISSUE_DATA, MarkerFixes.encodeData(issue.getData()));
        }
        return attributes;
    }
}
