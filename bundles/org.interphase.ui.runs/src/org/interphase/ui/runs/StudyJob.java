package org.interphase.ui.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.interphase.model.Study;
import org.interphase.runs.ResultFolderException;
import org.interphase.sim.electrochem.RunCancelledException;
import org.interphase.study.StudyCompiler;
import org.interphase.study.StudyException;
import org.interphase.study.StudyPlan;
import org.interphase.study.StudyRunner;
import org.interphase.study.StudySource;
import org.interphase.ui.views.StudyView;

/**
 * Runs a study in the background on all cores (or the threads {@link RunPreferences} sets) into
 * {@code results/<study>} of its project and shows it in the Study
 * view. A user job, so the progress dialog shows the points done and offers Cancel; a cancelled study keeps the
 * points it wrote (hidden, beside the results folder) and the next run of the same study goes on from there. The
 * workers read the project's files from disk, so the handler saves the study's editor first.
 */
final class StudyJob extends Job {

    private static final String PLUGIN_ID = "org.interphase.ui.runs";

    private final Study study;
    private final List<Path> files;
    private final IProject project;

    StudyJob(Study study, List<Path> files, IProject project) {
        super("Run study " + study.getName());
        this.study = study;
        this.files = List.copyOf(files);
        this.project = project;
        // No scheduling rule, as for a simulation: a long study must not block saving and building the project.
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == SimulateCommand.STUDY_JOB_FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        String name = study.getName();
        monitor.beginTask("Running study " + name, ProgressRunMonitor.TOTAL_WORK);
        IFolder results = project.getFolder(RunPreferences.resultsFolder());
        try {
            StudyPlan plan = StudyCompiler.compile(study);
            StudySource source = new StudySource(files.stream().map(Path::toString).toList(), name);
            StudyRunner.Outcome outcome = StudyRunner.run(plan, source,
                    Path.of(results.getLocation().toOSString(), name), RunPreferences.replace(),
                    RunPreferences.studyExecutor(), new ProgressRunMonitor(monitor));
            results.refreshLocal(IResource.DEPTH_INFINITE, null);
            show(outcome.folder());
            return Status.OK_STATUS;
        } catch (RunCancelledException e) {
            return Status.CANCEL_STATUS;
        } catch (StudyException e) {
            return error(name + " cannot be run: " + e.getMessage());
        } catch (ResultFolderException e) {
            return error(name + " was not run: " + e.getMessage());
        } catch (IOException | UncheckedIOException | CoreException e) {
            return error("the results of " + name + " cannot be saved: " + e.getMessage());
        } finally {
            monitor.done();
        }
    }

    private static IStatus error(String message) {
        // No exception in the status: the message says what to fix, a stack trace would only hide it.
        return new Status(IStatus.ERROR, PLUGIN_ID, message);
    }

    private static void show(Path folder) {
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window != null && window.getActivePage() != null) {
                StudyView.show(window.getActivePage(), folder);
            }
        });
    }
}
