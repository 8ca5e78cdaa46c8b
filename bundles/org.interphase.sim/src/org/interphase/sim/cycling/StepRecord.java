package org.interphase.sim.cycling;

/**
 * One executed step.
 *
 * @param cycle     1-based cycle index
 * @param step      1-based index of the step within its cycle
 * @param text      the step as written, e.g. "Discharge at C/10 until 2.5 V"
 * @param startTime s from the start of the run
 * @param endTime   s from the start of the run
 * @param end       why it ended
 */
public record StepRecord(int cycle, int step, String text, double startTime, double endTime, StepEnd end) {
}
