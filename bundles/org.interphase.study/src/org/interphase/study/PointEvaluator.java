package org.interphase.study;

/**
 * Runs single points of one study on a model of its own; not thread-safe, so every worker thread (or Spark task)
 * has one, made by {@link Evaluators#evaluator(StudyPlan)}.
 */
public interface PointEvaluator {

    /** Runs the point; a point that cannot run gives a failed result, never an exception. */
    PointResult evaluate(StudyPoint point);
}
