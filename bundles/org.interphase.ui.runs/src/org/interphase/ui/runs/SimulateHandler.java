package org.interphase.ui.runs;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.interphase.model.Experiment;

/**
 * Simulate: in the .iph editor, runs the experiment at the caret (or asks which one when the caret is in none);
 * on an .iph file selected in the Project Explorer, runs its experiment or asks which. The run itself is a
 * {@link SimulationJob}, which this handler returns so that callers can join it; {@code null} when nothing was
 * started.
 */
public final class SimulateHandler extends AbstractHandler {

    private static final String TITLE = "Simulate";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Optional<IphSource> source = IphSource.orExplain(event, TITLE, "an experiment", "simulate");
        if (source.isEmpty()) {
            return null;
        }
        ProjectExperiments experiments;
        try {
            experiments = ProjectExperiments.load(source.get().file(), source.get().text());
        } catch (CoreException e) {
            MessageDialog.openError(shell, TITLE, e.getStatus().getMessage());
            return null;
        }
        Optional<Experiment> chosen = new Choice<Experiment>(TITLE, "experiment", "simulate", Experiment::getName)
                .choose(event.getParameter(SimulateCommand.EXPERIMENT), source.get().caret().flatMap(experiments::at),
                experiments.all(), source.get().file().getName(), shell);
        if (chosen.isEmpty()) {
            return null;
        }
        Job job = new SimulationJob(chosen.get(), source.get().file().getProject());
        job.schedule();
        return job;
    }
}
