package org.interphase.ui.measured;

import org.eclipse.core.resources.IFile;
import org.interphase.sim.stack.StackImpedance;

/**
 * The stack a fit starts from and writes to: an experiment's stack model and the .iph file the experiment is in.
 *
 * @param file       receives the fitted values
 * @param experiment the experiment's name, which names the source the fitted values cite
 * @param stack      its stack's name
 * @param model      the stack's simulated spectrum over the experiment's impedance sweep
 */
public record FitTarget(IFile file, String experiment, String stack, StackImpedance model) {

    /** The stack of a comparison's first sweep. */
    static FitTarget of(Comparison comparison) {
        return new FitTarget(comparison.file(), comparison.experiment(), comparison.stack(),
                comparison.sweeps().get(0).simulated());
    }
}
