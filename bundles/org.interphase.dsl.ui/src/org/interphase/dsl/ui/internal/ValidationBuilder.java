package org.interphase.dsl.ui.internal;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.xtext.validation.CheckMode;

/**
 * Validates every {@code .iph} file of the project on a build. Files refer to each other, so a change to any one of
 * them revalidates all of them: the markers of a file stay current when a file it imports changes.
 */
public final class ValidationBuilder extends IncrementalProjectBuilder {

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        if (delta == null || touchesModels(delta)) {
            validateAll(getProject(), monitor);
        }
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        ProblemMarkers.clear(getProject());
    }

    static void validateAll(IProject project, IProgressMonitor monitor) throws CoreException {
        ProjectModels models = new ProjectModels(project, null, null);
        var files = ProjectModels.filesOf(project);
        SubMonitor progress = SubMonitor.convert(monitor, "Validating Interphase models", files.size());
        for (IFile file : files) {
            ProblemMarkers.replace(file, models.validate(file, CheckMode.ALL, progress::isCanceled), progress.split(1));
        }
    }

    private static boolean touchesModels(IResourceDelta delta) throws CoreException {
        AtomicBoolean found = new AtomicBoolean();
        delta.accept(child -> {
            IResource resource = child.getResource();
            if (resource.getType() == IResource.FILE
                    && ProjectModels.FILE_EXTENSION.equals(resource.getFileExtension())) {
                found.set(true);
            }
            return !found.get();
        });
        return found.get();
    }
}
