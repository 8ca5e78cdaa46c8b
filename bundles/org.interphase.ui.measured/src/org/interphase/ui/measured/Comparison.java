package org.interphase.ui.measured;

import java.util.List;

import org.eclipse.core.resources.IFile;

/**
 * An experiment's impedance sweeps with the measured files they name, simulated and imported together.
 *
 * @param file       the .iph file the experiment is in; fitted values are written back there
 * @param experiment the experiment's name
 * @param stack      its stack's name
 * @param sweeps     at least one, in the order written
 */
public record Comparison(IFile file, String experiment, String stack, List<ComparedSweep> sweeps) {

    public Comparison {
        sweeps = List.copyOf(sweeps);
    }

    /** The title the Impedance view shows for the first sweep. */
    public String title() {
        return experiment + " " + sweeps.get(0).label() + " (" + stack + ") vs. measured";
    }
}
