package org.interphase.ui.runs;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.dsl.library.Libraries;
import org.interphase.model.Experiment;
import org.interphase.model.run.SimulationRun;
import org.interphase.runs.Execution;
import org.interphase.runs.ResultFolder;
import org.interphase.runs.ResultFolderException;
import org.interphase.runs.RunExecutor;
import org.interphase.runs.RunStore;
import org.interphase.sim.SimulationException;
import org.interphase.sim.electrochem.RunCancelledException;
import org.interphase.ui.views.RunViews;

/**
 * Runs one experiment in the background, saves it as {@code results/<experiment>/<experiment>.iphrun} with its
 * CSV files in the experiment's project (the results folder is a preference, {@link RunPreferences}), and shows it in the result views. A user job, so the progress dialog
 * shows and offers Cancel; a cancelled or failed run saves nothing and leaves an older result as it was. Errors
 * become an error status whose message names the file and line, which the workbench shows as a dialog.
 */
final class SimulationJob extends Job {

    private static final String PLUGIN_ID = "org.interphase.ui.runs";

    private final Experiment experiment;
    private final IProject project;

    SimulationJob(Experiment experiment, IProject project) {
        super("Simulate " + experiment.getName());
        this.experiment = experiment;
        this.project = project;
        // No scheduling rule: a long run must not block saving and building the project; the refresh at the
        // end takes the rule it needs.
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == SimulateCommand.JOB_FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("Simulating " + experiment.getName(), ProgressRunMonitor.TOTAL_WORK);
        try {
            ProgressRunMonitor progress = new ProgressRunMonitor(monitor);
            IFolder results = project.getFolder(RunPreferences.resultsFolder());
            // The experiment's own results folder: an earlier run of it is replaced unless the user's preference
            // says to keep it; anything else is refused.
            try (ResultFolder folder = ResultFolder.claim(Path.of(results.getLocation().toOSString(),
                    experiment.getName()), RunPreferences.replace())) {
                Execution execution = new RunExecutor(Libraries.installed()).execute(experiment, progress);
                Path saved = RunStore.save(execution, folder, progress);
                results.refreshLocal(IResource.DEPTH_INFINITE, null);
                show(execution.run(), saved);
            }
            return Status.OK_STATUS;
        } catch (RunCancelledException e) {
            return Status.CANCEL_STATUS;
        } catch (CompileException | SimulationException e) {
            return error(experiment.getName() + " cannot be simulated: " + e.getMessage());
        } catch (ResultFolderException e) {
            return error(experiment.getName() + " was not simulated: " + e.getMessage());
        } catch (IOException | CoreException e) {
            return error("the results of " + experiment.getName() + " cannot be saved: " + e.getMessage());
        } finally {
            monitor.done();
        }
    }

    private static IStatus error(String message) {
        // No exception in the status: the message says what to fix, a stack trace would only hide it.
        return new Status(IStatus.ERROR, PLUGIN_ID, message);
    }

    private static void show(SimulationRun run, Path file) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window != null && window.getActivePage() != null) {
                RunViews.show(window.getActivePage(), run, file);
            }
        });
    }
}
