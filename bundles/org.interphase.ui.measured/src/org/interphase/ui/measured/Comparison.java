package org.interphase.ui.measured;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.interphase.analysis.ComparedSweep;
import org.interphase.analysis.MeasuredComparison;
import org.interphase.model.run.SimulationRun;

/**
 * A comparison shown in the IDE: the .iph file its experiment is in, where fitted values are written back; the
 * headless comparison of its measured spectra; and the simulated run its measured cycler exports are overlaid on.
 *
 * @param measured the comparison of the impedance sweeps that name measured files; null if none does
 * @param run      the experiment's run, whose cycling and plating/stripping results name measured files; null if none
 *                 does
 */
public record Comparison(IFile file, MeasuredComparison measured, SimulationRun run) {

    public String experiment() {
        return measured != null ? measured.experiment() : run.getExperiment();
    }

    public String stack() {
        return measured != null ? measured.stack() : run.getStack();
    }

    public List<ComparedSweep> sweeps() {
        return measured == null ? List.of() : measured.sweeps();
    }

    /** The title the Impedance view shows for the first sweep. */
    public String title() {
        return measured.title();
    }
}
