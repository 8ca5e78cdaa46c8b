package org.interphase.ui.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.interphase.model.Experiment;
import org.interphase.study.StudyException;
import org.interphase.study.StudySource;
import org.interphase.ui.views.StudyView;

/**
 * Runs one point of a study's results (the Study view's double-click): the study's experiment with the point's
 * values written in, as the study ran it, simulated as Simulate runs an experiment, named, saved and shown in the
 * result views as {@code <study>-point-<index>}. The results folder must be in a workspace
 * project, whose files the study is read from; a study changed since its results were written runs nothing and
 * says so. Returns the {@link SimulationJob}, {@code null} when nothing was started.
 */
public final class RunStudyPointHandler extends AbstractHandler {

    private static final String TITLE = "Run Study Point";

    @Override
    public Object execute(ExecutionEvent event) {
        String folderParameter = event.getParameter(StudyView.RUN_POINT_FOLDER);
        String indexParameter = event.getParameter(StudyView.RUN_POINT_INDEX);
        if (folderParameter == null || indexParameter == null || !indexParameter.matches("\\d+")) {
            // Only the Study view calls this command, always with both.
            return null;
        }
        Path folder = Path.of(folderParameter);
        long index = Long.parseLong(indexParameter);
        String study = folder.getFileName().toString();
        Optional<IProject> project = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot()
                .findContainersForLocationURI(folder.toUri())).map(IContainer::getProject).filter(Objects::nonNull)
                .findFirst();
        if (project.isEmpty()) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), TITLE, folder + " is not in a workspace"
                    + " project: import the study's project to run its points");
            return null;
        }
        Experiment experiment;
        try {
            StudySource source = new StudySource(ProjectExperiments.iphFiles(project.get()).stream()
                    .map(IFile::getLocation).map(location -> location.toOSString()).toList(), study);
            experiment = source.experimentOf(folder, index);
        } catch (StudyException | IllegalArgumentException | IOException | CoreException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), TITLE, "Point " + index + " of " + study
                    + " cannot be run: " + e.getMessage());
            return null;
        }
        // The run is saved, listed and titled as the point's, beside the study's results, not as the experiment's.
        experiment.setName(study + "-point-" + index);
        Job job = new SimulationJob(experiment, project.get());
        job.schedule();
        return job;
    }
}
