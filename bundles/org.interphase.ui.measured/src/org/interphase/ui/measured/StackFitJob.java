package org.interphase.ui.measured;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.interphase.analysis.AnalysisException;
import org.interphase.analysis.StackFitOutcome;
import org.interphase.sim.SimulationException;
import org.interphase.sim.impedance.Spectrum;
import org.interphase.ui.views.ImpedanceInput.Curve;

/**
 * Fits a measured spectrum with the circuit of the comparison's stack, off the UI thread. The fitter cannot be
 * interrupted, so cancelling discards its result; {@link #outcome()} is then null.
 */
final class StackFitJob extends Job {

    private final Comparison comparison;
    private final Curve measured;
    private volatile FitOutcome outcome;

    StackFitJob(Comparison comparison, Curve measured) {
        super("Fitting " + measured.label() + " to stack " + comparison.stack());
        this.comparison = comparison;
        this.measured = measured;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            StackFitOutcome fit = StackFitOutcome.fit(comparison.sweeps().get(0).simulated(),
                    Spectrum.of(measured.frequency(), measured.real(), measured.imaginary()), measured.label());
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            outcome = new FitOutcome(comparison, fit);
            return Status.OK_STATUS;
        } catch (AnalysisException | SimulationException e) {
            return Status.error("The fit of " + measured.label() + " to stack " + comparison.stack() + " ("
                    + comparison.file().getName() + ") failed: " + e.getMessage());
        } finally {
            monitor.done();
        }
    }

    FitOutcome outcome() {
        return outcome;
    }
}
