package org.interphase.study;

import java.io.IOException;
import java.nio.file.Path;

import org.interphase.sim.electrochem.RunMonitor;

/**
 * Runs the points of a plan somewhere (this machine's cores, a Spark cluster) and hands each result to a sink in
 * index order, so that points.csv is the same whoever ran it. Executors get their evaluators from
 * {@link Evaluators}, which are plain data and can be sent to other machines.
 */
public interface StudyExecutor {

    /** Receives results in index order, from one thread. */
    interface Sink {
        void accept(PointResult result) throws IOException;
    }

    /**
     * Runs the points from index {@code first} to the end of the plan.
     *
     * @throws org.interphase.sim.electrochem.RunCancelledException if the monitor is cancelled; every result handed
     *                                                              to the sink before stays valid
     * @throws IOException                                          if the sink cannot write
     */
    void execute(StudyPlan plan, long first, Evaluators source, Sink sink, RunMonitor monitor) throws IOException;

    /**
     * Called once points.csv in {@code folder} holds every point of the plan (those of an earlier, interrupted run
     * too), before the folder is committed: an engine may write the points in another form beside it (Spark writes
     * them as Parquet). The local engine writes nothing more.
     */
    default void complete(StudyPlan plan, Path folder) throws IOException {
    }
}
