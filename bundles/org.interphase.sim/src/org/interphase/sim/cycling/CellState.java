package org.interphase.sim.cycling;

/**
 * Everything that evolves in a cell: the lithiation profile of the cathode, its contacted fraction,
 * the interphase thicknesses and the Li inventory. Mutable and reused by the solver to avoid
 * allocating in the time loop.
 */
final class CellState {

    final double[] lithiation;
    /** Lithiation at the cathode surface after the last step. */
    double surface;
    /** Current into the cathode reaction in the last step, A (BDF sign: + charges). */
    double mainCurrent;
    double activeFraction = 1;
    double cathodeInterphase;
    double anodeInterphase;
    double lithiumInventory;
    /** Charge bound in side reactions at the cathode since the start, C. */
    double sideCharge;
    double time;

    CellState(int cells) {
        lithiation = new double[cells];
    }

    void copyFrom(CellState other) {
        System.arraycopy(other.lithiation, 0, lithiation, 0, lithiation.length);
        surface = other.surface;
        mainCurrent = other.mainCurrent;
        activeFraction = other.activeFraction;
        cathodeInterphase = other.cathodeInterphase;
        anodeInterphase = other.anodeInterphase;
        lithiumInventory = other.lithiumInventory;
        sideCharge = other.sideCharge;
        time = other.time;
    }
}
