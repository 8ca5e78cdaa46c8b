package org.interphase.sim.symmetric;

/**
 * The slowly changing state of a symmetric cell: the thickness of every growing interphase, the void depth at
 * each Li electrode and the lithiated depth of every coating that converts. Immutable, so that an event can be
 * located by re-advancing from the start of a step.
 *
 * @param interphase thickness of each {@link InterphaseSite}, m, in the order of the input
 * @param voids      void depth at the left and right electrode, m of Li
 * @param lithiated  lithiated depth of each {@link LithiatingCoating}, m, in the order of the input
 */
record CellState(double[] interphase, double[] voids, double[] lithiated) {

    double voidDepth(ElectrodeSide side) {
        return voids[side.ordinal()];
    }
}
