package org.interphase.ui.runs;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.interphase.model.Study;

/**
 * Run Study: in the .iph editor, runs the study at the caret (or asks which one when the caret is in none); on an
 * .iph file selected in the Project Explorer, runs its study or asks which. A project with errors runs nothing: the
 * first error is named with its file and line. The run is a {@link StudyJob}, which this handler returns so that
 * callers can join it; {@code null} when nothing was started.
 */
public final class RunStudyHandler extends AbstractHandler {

    private static final String TITLE = "Run Study";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Optional<IphSource> source = IphSource.orExplain(event, TITLE, "a study", "run the study");
        if (source.isEmpty()) {
            return null;
        }
        // The study's workers read the files from disk: the editor's text must be there first.
        Optional<IEditorPart> dirty = source.get().editor().filter(IEditorPart::isDirty);
        if (dirty.isPresent() && !dirty.get().getSite().getPage().saveEditor(dirty.get(), true)) {
            return null;
        }
        IProject project = source.get().file().getProject();
        ProjectExperiments model;
        try {
            Optional<String> error = firstError(project);
            if (error.isPresent()) {
                MessageDialog.openError(shell, TITLE, "The study was not run: " + error.get()
                        + ". Fix the errors of the project (Problems view) and run it again.");
                return null;
            }
            model = ProjectExperiments.load(source.get().file(), source.get().text());
        } catch (CoreException e) {
            MessageDialog.openError(shell, TITLE, e.getStatus().getMessage());
            return null;
        }
        Optional<Study> chosen = new Choice<Study>(TITLE, "study", "run", Study::getName).choose(
                event.getParameter(SimulateCommand.STUDY), source.get().caret().flatMap(model::studyAt),
                model.studies(), source.get().file().getName(), shell);
        if (chosen.isEmpty()) {
            return null;
        }
        Job job = new StudyJob(chosen.get(), model.files(), project);
        job.schedule();
        return job;
    }

    /** "file.iph line 12: message" of the project's first error marker, if it has one. */
    private static Optional<String> firstError(IProject project) throws CoreException {
        return Arrays.stream(project.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE))
                .filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
                .findFirst().map(marker -> marker.getResource().getProjectRelativePath() + " line "
                        + marker.getAttribute(IMarker.LINE_NUMBER, 0) + ": "
                        + marker.getAttribute(IMarker.MESSAGE, ""));
    }
}
