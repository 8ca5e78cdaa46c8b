package org.interphase.sim.stack;

/** One entry of a {@link CellStack} between its electrodes: a layer or an interface with kinetics. */
public sealed interface StackPart permits StackLayer, StackInterface {

    /** The name of the part in the contributions, e.g. "LATP" or "Li|LATP"; unique within a stack. */
    String label();
}
