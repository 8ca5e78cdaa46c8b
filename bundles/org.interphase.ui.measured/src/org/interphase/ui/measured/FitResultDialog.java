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
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.interphase.analysis.AnalysisException;
import org.interphase.analysis.StackFitOutcome;
import org.interphase.sim.SimulationException;
import org.interphase.sim.impedance.CircuitParser;
import org.interphase.sim.impedance.CircuitSyntaxException;
import org.interphase.sim.impedance.Spectrum;
import org.interphase.sim.stack.StackFitResult.FittedPart;
import org.interphase.ui.views.ImpedanceInput.Curve;

/**
 * Fits a measured spectrum to a stack and shows the fit: a circuit to type (the stack's own by default, any
 * impedance.py or Boukamp CDC string; a malformed one is marked at its column), every arc's predicted and fitted
 * resistance, every layer conductivity the fit determines (predicted and fitted, in S/cm), the goodness of fit, and
 * a button that writes the conductivities into the stack's own layers in its .iph file, saying where.
 */
final class FitResultDialog extends TitleAreaDialog {

    static final int APPLY = IDialogConstants.CLIENT_ID + 1;
    static final int FIT = IDialogConstants.CLIENT_ID + 2;

    private final IWorkbenchPage page;
    private final FitTarget target;
    private final Curve measured;
    private FitOutcome outcome;
    private Text circuit;
    private TableViewer arcs;
    private TableViewer sigma;
    private Label temperature;
    private Label destination;

    FitResultDialog(Shell parent, IWorkbenchPage page, FitTarget target, Curve measured) {
        super(parent);
        this.page = page;
        this.target = target;
        this.measured = measured;
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
        setTitle("Fit of " + measured.label() + " to stack " + target.stack() + " (" + target.file().getName() + ")");
        Composite content = new Composite(area, SWT.NONE);
        content.setLayout(new GridLayout(2, false));
        content.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        new Label(content, SWT.NONE).setText("Circuit");
        circuit = new Text(content, SWT.BORDER);
        circuit.setText(StackFitOutcome.ownCircuit(target.model()));
        circuit.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        circuit.addListener(SWT.Modify, e -> checkCircuit());
        Label legend = new Label(content, SWT.WRAP);
        GridData legendData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        legendData.widthHint = 760;
        legend.setLayoutData(legendData);
        legend.setText("Resistors R1, R2, … are the stack's arcs: " + String.join(", ",
                StackFitOutcome.arcNames(target.model())) + ". The stack's own circuit (the default) fits mirrored"
                + " faces as one.");

        Label arcsTitle = new Label(content, SWT.NONE);
        arcsTitle.setText("Arcs (resistances, Ω)");
        arcsTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        arcs = table(content);
        column(arcs, "Arc", 220, FittedPart::label);
        column(arcs, "Predicted R", 110, part -> number(part.predictedResistance()));
        column(arcs, "Fitted R", 110, part -> number(part.resistance()));
        column(arcs, "± error", 110, part -> error(part.resistanceError(), part.resistance()));

        temperature = new Label(content, SWT.NONE);
        temperature.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        sigma = table(content);
        column(sigma, "Material", 120, part -> part.conductivity().orElseThrow().material());
        column(sigma, "Property", 210, part -> part.conductivity().orElseThrow().grainBoundary()
                ? "grainBoundaryConductivity" : "ionicConductivity");
        column(sigma, "Predicted", 100, part -> number(StackFitOutcome.predicted(part) / 100));
        column(sigma, "Fitted", 100, part -> number(part.conductivity().orElseThrow().value() / 100));
        column(sigma, "± error", 110, part -> error(scaled(part.conductivity().orElseThrow().error(), 0.01),
                part.conductivity().orElseThrow().value() / 100));
        destination = new Label(content, SWT.WRAP);
        GridData destinationData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        destinationData.widthHint = 760;
        destination.setLayoutData(destinationData);
        return area;
    }

    /** Marks a malformed circuit at its column and keeps Fit disabled until it parses. */
    private boolean checkCircuit() {
        try {
            CircuitParser.parseAnySyntax(circuit.getText());
            setErrorMessage(null);
            enable(FIT, true);
            return true;
        } catch (CircuitSyntaxException e) {
            setErrorMessage(e.getMessage());
            int column = Math.min(Math.max(e.column() - 1, 0), circuit.getText().length());
            circuit.setSelection(column, Math.min(column + 1, circuit.getText().length()));
            enable(FIT, false);
            return false;
        }
    }

    private void enable(int button, boolean enabled) {
        if (getButton(button) != null) {
            getButton(button).setEnabled(enabled);
        }
    }

    /** Fits the circuit typed; a failure is shown as the dialog's error and leaves the last fit shown. */
    void fit() {
        if (!checkCircuit()) {
            return;
        }
        String typed = circuit.getText();
        String[] problem = {null};
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                outcome = new FitOutcome(target, typed, StackFitOutcome.fit(target.model(),
                        Spectrum.of(measured.frequency(), measured.real(), measured.imaginary()), measured.label(),
                        typed));
            } catch (AnalysisException | SimulationException e) {
                problem[0] = "The fit of " + typed + " failed: " + e.getMessage();
            }
        });
        if (problem[0] != null) {
            setErrorMessage(problem[0]);
            return;
        }
        setErrorMessage(null);
        setMessage(String.format(Locale.ROOT, "%s: %d points; reduced χ² %.3g, residual rms %.3g (%s weighting), %d"
                + " iterations. Errors are one standard error.", outcome.result().fit().circuit(), outcome.points(),
                outcome.result().fit().reducedChiSquare(), outcome.result().fit().residualRms(),
                outcome.result().fit().weighting().name().toLowerCase(Locale.ROOT),
                outcome.result().fit().iterations()));
        temperature.setText(String.format(Locale.ROOT, "Layer conductivities at %.1f °C (S/cm)",
                outcome.result().temperature() - 273.15));
        arcs.setInput(outcome.result().parts());
        sigma.setInput(outcome.fit().layerParts());
        destination.setText(destinations());
        enable(APPLY, !outcome.fit().layerParts().isEmpty());
    }

    /** "Apply writes into layer electrolyte LATP of stack Bare (cells.iph:80)", or why it cannot say. */
    private String destinations() {
        if (outcome.fit().layerParts().isEmpty()) {
            return "The fit determines no layer conductivity, so there is nothing to apply.";
        }
        try {
            return "Apply writes into " + String.join("; ", FittedValueWriter.destinations(outcome))
                    + ". A layer's own block changes its stack alone.";
        } catch (ComparisonException e) {
            return e.getMessage();
        }
    }

    /** What the dialog says Apply writes into. */
    String destinationText() {
        return destination.getText();
    }

    /** The last fit, or null before the first succeeds. */
    FitOutcome outcome() {
        return outcome;
    }

    /** Whether Fit is enabled: the circuit typed parses. */
    boolean canFit() {
        return getButton(FIT) != null && getButton(FIT).isEnabled();
    }

    /** The circuit field, for tests typing into it. */
    Text circuitText() {
        return circuit;
    }

    private static TableViewer table(Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(List.of());
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
        createButton(parent, FIT, "Fit", false);
        createButton(parent, APPLY, "Apply to " + target.stack(), true).setEnabled(false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
        fit();
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == APPLY) {
            apply(FittedValueWriter.asking(getShell()));
        } else if (buttonId == FIT) {
            fit();
        } else {
            close();
        }
    }

    /**
     * Writes the fitted conductivities into the editor of the stack's file and closes, unless the user declines when
     * asked about the other stacks the edit changes; a problem is shown, not thrown.
     */
    void apply(FittedValueWriter.Confirmation confirmation) {
        try {
            if (FittedValueWriter.apply(page, outcome, confirmation) != null) {
                close();
            }
        } catch (ComparisonException e) {
            MessageDialog.openError(getShell(), FitToStackHandler.TITLE, e.getMessage());
        }
    }
}
