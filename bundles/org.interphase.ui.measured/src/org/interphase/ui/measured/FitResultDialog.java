package org.interphase.ui.measured;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.interphase.analysis.StackFitOutcome;
import org.interphase.sim.stack.StackFitResult.FittedPart;

/**
 * Shows a stack fit: every arc's predicted and fitted resistance, every layer conductivity the fit determines
 * (predicted and fitted, in S/cm), the goodness of fit, and a button that writes the conductivities into the .iph file.
 */
final class FitResultDialog extends TitleAreaDialog {

    static final int APPLY = IDialogConstants.CLIENT_ID + 1;

    private final IWorkbenchPage page;
    private final FitOutcome outcome;

    FitResultDialog(Shell parent, IWorkbenchPage page, FitOutcome outcome) {
        super(parent);
        this.page = page;
        this.outcome = outcome;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(FitToStackHandler.TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Fit of " + outcome.measuredLabel() + " to stack " + outcome.comparison().stack());
        setMessage(String.format(Locale.ROOT, "%d points; reduced χ² %.3g, residual rms %.3g (%s weighting), %d"
                + " iterations. Errors are one standard error.", outcome.points(),
                outcome.result().fit().reducedChiSquare(), outcome.result().fit().residualRms(),
                outcome.result().fit().weighting().name().toLowerCase(Locale.ROOT),
                outcome.result().fit().iterations()));
        Composite content = new Composite(area, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        content.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        new Label(content, SWT.NONE).setText("Arcs (resistances, Ω)");
        TableViewer arcs = table(content, outcome.result().parts());
        column(arcs, "Arc", 220, FittedPart::label);
        column(arcs, "Predicted R", 110, part -> number(part.predictedResistance()));
        column(arcs, "Fitted R", 110, part -> number(part.resistance()));
        column(arcs, "± error", 110, part -> error(part.resistanceError(), part.resistance()));

        new Label(content, SWT.NONE).setText(String.format(Locale.ROOT, "Layer conductivities at %.1f °C (S/cm)",
                outcome.result().temperature() - 273.15));
        TableViewer sigma = table(content, outcome.fit().layerParts());
        column(sigma, "Material", 120, part -> part.conductivity().orElseThrow().material());
        column(sigma, "Property", 210, part -> part.conductivity().orElseThrow().grainBoundary()
                ? "grainBoundaryConductivity" : "ionicConductivity");
        column(sigma, "Predicted", 100, part -> number(StackFitOutcome.predicted(part) / 100));
        column(sigma, "Fitted", 100, part -> number(part.conductivity().orElseThrow().value() / 100));
        column(sigma, "± error", 110, part -> error(scaled(part.conductivity().orElseThrow().error(), 0.01),
                part.conductivity().orElseThrow().value() / 100));
        return area;
    }

    private static TableViewer table(Composite parent, List<FittedPart> rows) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(rows);
        return viewer;
    }

    private static void column(TableViewer viewer, String title, int width, Function<FittedPart, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((FittedPart) element);
            }
        });
        viewer.refresh();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }

    private static OptionalDouble scaled(OptionalDouble value, double factor) {
        return value.isPresent() ? OptionalDouble.of(value.getAsDouble() * factor) : value;
    }

    /** The error in the value's unit and as a percentage, or why there is none. */
    private static String error(OptionalDouble error, double value) {
        return error.isPresent() ? String.format(Locale.ROOT, "%.2g (%.1f %%)", error.getAsDouble(),
                100 * error.getAsDouble() / value) : "not determined";
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, APPLY, "Apply to " + outcome.comparison().file().getName(), true)
                .setEnabled(!outcome.fit().layerParts().isEmpty());
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == APPLY) {
            apply();
        } else {
            close();
        }
    }

    /** Writes the fitted conductivities into the editor of the file and closes; a problem is shown, not thrown. */
    void apply() {
        try {
            FittedValueWriter.apply(page, outcome);
            close();
        } catch (ComparisonException e) {
            MessageDialog.openError(getShell(), FitToStackHandler.TITLE, e.getMessage());
        }
    }
}
