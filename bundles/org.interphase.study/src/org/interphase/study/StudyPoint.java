package org.interphase.study;

import java.io.Serializable;

/**
 * One point of a study: its index in the plan and the value of every axis, in the axes' units. Points are
 * independent: each is the study's experiment run with these values substituted.
 */
public record StudyPoint(long index, double[] values) implements Serializable {

    private static final long serialVersionUID = 1L;

    public StudyPoint {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    double value(int axis) {
        return values[axis];
    }
}
