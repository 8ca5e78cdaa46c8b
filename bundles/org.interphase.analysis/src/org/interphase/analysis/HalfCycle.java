package org.interphase.analysis;

/**
 * One charge or discharge of one cycle, as a cycler plots it: the capacity counted from the half-cycle's own start.
 *
 * @param cycle    the 1-based cycle
 * @param charge   whether the current charges the cell
 * @param capacity charge passed since the start of the half-cycle, A h (never negative, non-decreasing)
 * @param voltage  cell voltage, V
 */
public record HalfCycle(int cycle, boolean charge, double[] capacity, double[] voltage) {
}
