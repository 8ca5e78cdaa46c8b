package org.interphase.analysis;

import org.interphase.io.MeasuredSpectrum;
import org.interphase.sim.stack.StackImpedance;

/**
 * One impedance sweep of an experiment that names a measured file: the simulated spectrum and the measured one.
 *
 * @param label        the run's label, e.g. "1-impedance"
 * @param simulated    the stack model's spectrum over the sweep, whose circuit is the starting point of a fit
 * @param measured     the imported file
 * @param measuredPath the path as the DSL writes it, e.g. "data/bare-latp-eis.mpt"
 */
public record ComparedSweep(String label, StackImpedance simulated, MeasuredSpectrum measured, String measuredPath) {

    /** The legend label of the measured spectrum. */
    public String measuredLabel() {
        return measured.file().getFileName() + " (measured)";
    }
}
