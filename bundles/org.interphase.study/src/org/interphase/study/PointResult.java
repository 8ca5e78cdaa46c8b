package org.interphase.study;

import java.io.Serializable;

/**
 * What one point gave: its outputs in the order of the plan (NaN where a measurement did not report one), or why
 * it failed. A failed point is a result too: it is recorded and the study goes on.
 *
 * @param message empty for a point that ran; otherwise the one-line reason it did not
 */
public record PointResult(StudyPoint point, double[] outputs, boolean failed, String message)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public PointResult {
        outputs = outputs.clone();
    }

    @Override
    public double[] outputs() {
        return outputs.clone();
    }

    static PointResult failed(StudyPoint point, int outputs, String message) {
        double[] none = new double[outputs];
        java.util.Arrays.fill(none, Double.NaN);
        return new PointResult(point, none, true, message);
    }
}
