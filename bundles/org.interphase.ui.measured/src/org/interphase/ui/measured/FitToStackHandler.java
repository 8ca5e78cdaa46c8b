package org.interphase.ui.measured;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.interphase.ui.views.ImpedanceInput.Curve;
import org.interphase.ui.views.ImpedanceView;

/**
 * "Fit to Stack…": fits the last measured spectrum overlaid on the Impedance view with the circuit of the compared
 * experiment's stack in a cancellable job, then shows the fitted values with the offer to write them back.
 */
public final class FitToStackHandler extends AbstractHandler {

    static final String TITLE = "Fit to Stack";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        StackFitJob job;
        try {
            job = job(window.getActivePage());
        } catch (ComparisonException e) {
            MessageDialog.openError(window.getShell(), TITLE, e.getMessage());
            return null;
        }
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent done) {
                FitOutcome outcome = job.outcome();
                if (outcome != null) {
                    window.getShell().getDisplay().asyncExec(() -> {
                        if (!window.getShell().isDisposed()) {
                            new FitResultDialog(window.getShell(), window.getActivePage(), outcome).open();
                        }
                    });
                }
            }
        });
        job.schedule();
        return null;
    }

    /** The fit of what the Impedance view overlays, not yet scheduled. */
    static StackFitJob job(IWorkbenchPage page) throws ComparisonException {
        Comparison comparison = MeasuredOverlay.current();
        ImpedanceView view = page == null ? null : (ImpedanceView) page.findView(ImpedanceView.ID);
        List<Curve> measured = view == null ? List.of() : view.measured();
        if (comparison == null || measured.isEmpty()) {
            throw new ComparisonException("Nothing to fit yet: run Compare with Measured Data on an experiment whose"
                    + " impedance sweep names a measured file; the fit starts from that experiment's stack and fits"
                    + " the measured spectrum last overlaid.");
        }
        return new StackFitJob(comparison, measured.get(measured.size() - 1));
    }
}
