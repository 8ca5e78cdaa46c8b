package org.interphase.ui.measured;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.interphase.ui.views.ImpedanceView;
import org.interphase.ui.views.RunViews;

/**
 * "Compare with Measured Data": simulates the experiment at the caret of the active .iph editor and overlays the
 * measured files its measurements name: spectra on the Impedance view, cycler exports on the Cycling and Symmetric Cell
 * views with the run they belong to. A problem is one dialog naming file and line.
 */
public final class CompareWithMeasuredHandler extends AbstractHandler {

    static final String TITLE = "Compare with Measured Data";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        String[] problem = {null};
        BusyIndicator.showWhile(window.getShell().getDisplay(), () -> {
            try {
                compare(window.getActivePage());
            } catch (ComparisonException e) {
                problem[0] = e.getMessage();
            }
        });
        if (problem[0] != null) {
            MessageDialog.openError(window.getShell(), TITLE, problem[0]);
        }
        return null;
    }

    /** Compares the experiment at the active editor's caret and shows it; the view is untouched on failure. */
    static Comparison compare(IWorkbenchPage page) throws ComparisonException {
        ITextEditor editor = Editors.activeIphEditor(page);
        Comparison comparison = Comparisons.compare(Editors.fileOf(editor), Editors.document(editor).get(),
                Editors.caret(editor));
        if (comparison.run() != null) {
            RunViews.show(page, comparison.run());
        }
        if (comparison.sweeps().isEmpty()) {
            return comparison;
        }
        ImpedanceView view;
        try {
            view = (ImpedanceView) page.showView(ImpedanceView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            throw new ComparisonException("The Impedance view cannot be opened: " + e.getMessage());
        }
        MeasuredOverlay.show(view, comparison);
        return comparison;
    }
}
