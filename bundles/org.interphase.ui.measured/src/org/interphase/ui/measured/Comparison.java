package org.interphase.ui.measured;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.interphase.analysis.ComparedSweep;
import org.interphase.analysis.MeasuredComparison;

/**
 * A comparison shown in the IDE: the headless one and the .iph file its experiment is in, where fitted values are
 * written back.
 */
public record Comparison(IFile file, MeasuredComparison measured) {

    public String experiment() {
        return measured.experiment();
    }

    public String stack() {
        return measured.stack();
    }

    public List<ComparedSweep> sweeps() {
        return measured.sweeps();
    }

    /** The title the Impedance view shows for the first sweep. */
    public String title() {
        return measured.title();
    }
}
