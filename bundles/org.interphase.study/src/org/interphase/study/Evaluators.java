package org.interphase.study;

import java.io.Serializable;

/**
 * Makes the evaluators of a plan's points, one per worker. It is plain data, so that an executor can send it to
 * other machines; {@link StudySource} makes evaluators that run the study's experiment.
 */
@FunctionalInterface
public interface Evaluators extends Serializable {

    /** A new evaluator, for one thread. */
    PointEvaluator evaluator(StudyPlan plan);
}
