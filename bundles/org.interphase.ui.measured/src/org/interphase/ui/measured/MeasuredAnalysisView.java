package org.interphase.ui.measured;

import java.text.DecimalFormat;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.ui.IWorkbenchPage;
import org.interphase.analysis.AnalysisException;
import org.interphase.sim.SimulationException;
import org.interphase.sim.impedance.Spectrum;
import org.interphase.ui.views.ChartView;
import org.interphase.ui.views.ImpedanceInput.Curve;
import org.interphase.ui.views.ImpedanceView;

/**
 * A chart view of one analysis of the measured spectrum last overlaid on the Impedance view, computed in a background
 * job so that the workbench stays responsive; opened from Show View it analyses what the Impedance view shows then.
 *
 * @param <R> the analysis result
 */
abstract class MeasuredAnalysisView<R> extends ChartView {

    /** Counts the analyses asked for: only the latest one's result is shown. */
    private int generation;
    private boolean disposed;
    private R result;
    /** The spectrum last analysed, which a change of setting analyses again. */
    private Curve analysed;

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        analyse(getSite().getPage());
    }

    /** The analysis named as a user reads it, e.g. "Kramers–Kronig test". */
    protected abstract String analysisName();

    /** Runs the analysis with the view's settings as they were when it was asked for; called off the UI thread. */
    protected abstract R compute(Spectrum spectrum) throws AnalysisException;

    /** Draws {@code result} of the spectrum labelled {@code label}, between startContent and finishContent. */
    protected abstract void present(String label, R result);

    @Override
    protected String emptyMessage() {
        return "No measured spectrum is shown. Import… a spectrum on the Impedance view's toolbar (or Compare with"
                + " Measured Data on an experiment that names a measured file), then run the " + analysisName()
                + " from the Impedance view's menu (⋮).";
    }

    /**
     * Analyses the measured spectrum last overlaid on the Impedance view of {@code page}, or shows the empty-state
     * message when there is none.
     */
    void analyse(IWorkbenchPage page) {
        ImpedanceView impedance = (ImpedanceView) page.findView(ImpedanceView.ID);
        List<Curve> measured = impedance == null ? List.of() : impedance.measured();
        if (measured.isEmpty()) {
            generation++;
            result = null;
            analysed = null;
            showMessage(emptyMessage());
            return;
        }
        analyse(measured.get(measured.size() - 1));
    }

    /** Analyses the spectrum shown again, after a setting of the analysis changed; nothing if none is shown. */
    protected void reanalyse() {
        if (analysed != null) {
            analyse(analysed);
        }
    }

    /** Analyses {@code measured} in a background job; a newer request supersedes one still running. */
    private void analyse(Curve measured) {
        analysed = measured;
        int asked = ++generation;
        result = null;
        showMessage(analysisName() + " of " + measured.label() + " is running…");
        Display display = getSite().getShell().getDisplay();
        Job job = Job.create(analysisName() + " of " + measured.label(), (IProgressMonitor monitor) -> {
            R computed;
            String problem;
            try {
                computed = compute(Spectrum.of(measured.frequency(), measured.real(), measured.imaginary()));
                problem = null;
            } catch (AnalysisException | SimulationException e) {
                computed = null;
                problem = measured.label() + ": " + e.getMessage();
            }
            R outcome = computed;
            String error = problem;
            display.asyncExec(() -> finish(asked, measured.label(), outcome, error));
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private void finish(int asked, String label, R outcome, String error) {
        if (disposed || asked != generation) {
            return;
        }
        if (error != null) {
            showMessage("The " + analysisName() + " could not be done: " + error);
            return;
        }
        result = outcome;
        present(label, outcome);
        finishContent();
    }

    /** A row across the view above the charts for an analysis's own controls, laid out in {@code columns}. */
    protected static Composite controlRow(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        row.setLayout(new GridLayout(columns, false));
        return row;
    }

    /** Puts the x axis of {@code chart} on a log scale with ticks in powers of ten (fixed decimals run together). */
    protected static void logX(Chart chart) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableLogScale(true);
        x.getTick().setFormat(new DecimalFormat("0.#E0"));
    }

    @Override
    public void dispose() {
        disposed = true;
        super.dispose();
    }

    /** The result shown, or null while there is none (empty state, running or failed). */
    R result() {
        return result;
    }
}
