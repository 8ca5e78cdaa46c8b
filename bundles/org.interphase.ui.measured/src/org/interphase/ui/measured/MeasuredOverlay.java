package org.interphase.ui.measured;

import org.interphase.analysis.ComparedSweep;
import org.interphase.ui.views.ImpedanceInput;
import org.interphase.ui.views.ImpedanceView;

/**
 * What the Impedance view shows of measured data, and the last comparison, whose stack model a fit starts from. One
 * per workbench: the fit acts on what the (single) Impedance view overlays.
 */
public final class MeasuredOverlay {

    private static Comparison current;

    private MeasuredOverlay() {
    }

    /** Shows the first sweep's simulated spectrum with every measured one, replacing earlier measured spectra. */
    static void show(ImpedanceView view, Comparison comparison) {
        view.clearMeasured();
        ComparedSweep first = comparison.sweeps().get(0);
        view.show(ImpedanceInput.of(comparison.title(), first.simulated()));
        for (ComparedSweep sweep : comparison.sweeps()) {
            view.showMeasured(sweep.measuredLabel(), sweep.measured().frequency(), sweep.measured().real(),
                    sweep.measured().imaginary());
        }
        current = comparison;
    }

    /** The comparison last shown, or null before the first. */
    public static Comparison current() {
        return current;
    }
}
