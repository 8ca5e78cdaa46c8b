package org.interphase.ui.measured;

import org.interphase.analysis.ComparedSweep;
import org.interphase.ui.views.ImpedanceInput;
import org.interphase.ui.views.ImpedanceView;

/** What the Impedance view shows of a comparison: the simulated run with its measured spectra. */
final class MeasuredOverlay {

    private MeasuredOverlay() {
    }

    /**
     * Shows the first sweep's simulated spectrum as the comparison's run, with every measured one, replacing earlier
     * measured spectra; a fit then starts from this run's stack.
     */
    static void show(ImpedanceView view, Comparison comparison) {
        view.clearMeasured();
        ComparedSweep first = comparison.sweeps().get(0);
        view.show(new ImpedanceView.ShownRun(comparison.experiment(), comparison.stack(), comparison.file().getFullPath().toString()),
                ImpedanceInput.of(comparison.title(), first.simulated()));
        for (ComparedSweep sweep : comparison.sweeps()) {
            view.showMeasured(sweep.measuredLabel(), sweep.measured().frequency(), sweep.measured().real(),
                    sweep.measured().imaginary());
        }
    }
}
