package org.interphase.ui.measured;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.interphase.ui.measured.FitTargets.Candidate;
import org.interphase.ui.views.ImpedanceInput.Curve;
import org.interphase.ui.views.ImpedanceView;

/**
 * "Fit to Stack…": fits the measured spectrum last overlaid on the Impedance view, starting from the stack of the run
 * the view shows (or, when it shows none, a stack the user picks), in a dialog where any circuit can be typed and the
 * fitted values written back.
 */
public final class FitToStackHandler extends AbstractHandler {

    static final String TITLE = "Fit to Stack";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Shell shell = window.getShell();
        FitResultDialog[] dialog = {null};
        String[] problem = {null};
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                dialog[0] = dialog(window.getActivePage(), candidates -> ask(shell, candidates));
            } catch (ComparisonException e) {
                problem[0] = e.getMessage();
            }
        });
        if (problem[0] != null) {
            MessageDialog.openError(shell, TITLE, problem[0]);
        } else if (dialog[0] != null) {
            dialog[0].open();
        }
        return null;
    }

    /**
     * The fit dialog for what the Impedance view overlays, not yet open; null if the user picked no stack.
     *
     * @param ask picks one of the experiments with an impedance sweep when no run is shown (or the run's file name is
     *            in several projects); null for none
     */
    static FitResultDialog dialog(IWorkbenchPage page, Function<List<Candidate>, Candidate> ask)
            throws ComparisonException {
        ImpedanceView view = page == null ? null : (ImpedanceView) page.findView(ImpedanceView.ID);
        List<Curve> measured = view == null ? List.of() : view.measured();
        if (measured.isEmpty()) {
            throw new ComparisonException("Nothing to fit yet: Import… a measured spectrum on the Impedance view, or"
                    + " run Compare with Measured Data on an experiment whose impedance sweep names a measured file.");
        }
        List<Candidate> candidates = view.run() != null ? FitTargets.of(view.run()) : FitTargets.candidates();
        if (candidates.isEmpty()) {
            throw new ComparisonException("No experiment with an impedance sweep is in the workspace: write one on"
                    + " the stack the spectrum was measured on (experiment X on MyStack { impedance from 1 MHz to"
                    + " 1 Hz }), then fit again.");
        }
        // The run shown is fitted without a question, unless projects hold files of the same name.
        Candidate chosen = candidates.size() == 1 && view.run() != null ? candidates.get(0) : ask.apply(candidates);
        if (chosen == null) {
            return null;
        }
        FitTarget target = FitTargets.of(chosen);
        return new FitResultDialog(page.getWorkbenchWindow().getShell(), page, target,
                measured.get(measured.size() - 1));
    }

    private static Candidate ask(Shell shell, List<Candidate> candidates) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider());
        dialog.setTitle(TITLE);
        dialog.setMessage("Which stack was the spectrum measured on? (its experiment's impedance"
                + " sweep gives the starting values)");
        dialog.setElements(candidates.toArray());
        dialog.setMultipleSelection(false);
        return dialog.open() == Window.OK ? (Candidate) dialog.getFirstResult() : null;
    }
}
