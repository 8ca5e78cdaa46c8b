package org.interphase.ui.measured;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Kramers–Kronig Test" and "Distribution of Relaxation Times": open the command's view and analyse the measured
 * spectrum last overlaid on the Impedance view there (the view says what to do when there is none).
 */
public final class AnalyseMeasuredHandler extends AbstractHandler {

    static final String KRAMERS_KRONIG = "org.interphase.ui.measured.kramersKronigTest";
    static final String DRT = "org.interphase.ui.measured.drtAnalysis";

    /** The view each command opens. */
    private static final Map<String, String> VIEWS = Map.of(KRAMERS_KRONIG, KramersKronigView.ID, DRT, DrtView.ID);

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        try {
            run(page, event.getCommand().getId());
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Interphase",
                    "The view could not be opened: " + e.getMessage());
        }
        return null;
    }

    /**
     * Opens the view of {@code command} and starts its analysis.
     *
     * @return the view, which shows the result when its background job is done
     */
    static MeasuredAnalysisView<?> run(IWorkbenchPage page, String command) throws PartInitException {
        MeasuredAnalysisView<?> view = (MeasuredAnalysisView<?>) page.showView(VIEWS.get(command));
        view.analyse(page);
        return view;
    }
}
