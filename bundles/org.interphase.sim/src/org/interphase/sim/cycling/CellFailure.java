package org.interphase.sim.cycling;

/**
 * The end of a cycling run on a cell that can no longer be cycled: it has no capacity left, or its voltage limits
 * are met at once.
 *
 * @param cycle   the 1-based cycle in which it was found
 * @param time    when, s from the start
 * @param message what happened, in words
 */
public record CellFailure(int cycle, double time, String message) {
}
