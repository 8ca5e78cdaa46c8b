package org.interphase.study;

import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.interphase.sim.electrochem.RunMonitor;

/**
 * Runs a plan on this machine's cores. At most {@value #WINDOW_PER_THREAD} points per thread are in flight beyond
 * the last one written, so memory stays bounded whatever the plan's size: points are made from the plan's iterator
 * as threads free up, and results leave for the sink in index order as soon as their predecessors have.
 */
public final class LocalExecutor implements StudyExecutor {

    private static final int WINDOW_PER_THREAD = 16;
    private static final long POLL_MILLIS = 100;

    private final int threads;

    /** @param threads worker threads; the number of cores is the usual choice */
    public LocalExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a study needs at least one thread, got " + threads);
        }
        this.threads = threads;
    }

    /** An executor with one thread per core. */
    public static LocalExecutor allCores() {
        return new LocalExecutor(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public void execute(StudyPlan plan, long first, Evaluators source, Sink sink, RunMonitor monitor)
            throws IOException {
        long size = plan.size();
        AtomicInteger started = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "interphase-study-" + started.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        ThreadLocal<PointEvaluator> evaluators = ThreadLocal.withInitial(() -> source.evaluator(plan));
        LinkedBlockingQueue<PointResult> finished = new LinkedBlockingQueue<>();
        Map<Long, PointResult> waiting = new HashMap<>();
        Iterator<StudyPoint> points = plan.points(first);
        long submitted = first;
        long written = first;
        long window = (long) threads * WINDOW_PER_THREAD;
        try {
            while (written < size) {
                monitor.throwIfCancelled("point " + written + " of " + size);
                while (points.hasNext() && submitted - written < window) {
                    StudyPoint point = points.next();
                    pool.execute(() -> finished.add(evaluate(evaluators, point, plan)));
                    submitted++;
                }
                PointResult result = finished.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (result == null) {
                    continue;
                }
                waiting.put(result.point().index(), result);
                for (PointResult next = waiting.remove(written); next != null; next = waiting.remove(written)) {
                    sink.accept(next);
                    written++;
                }
                monitor.progress((double) written / size, written + " of " + size + " points");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.interphase.sim.electrochem.RunCancelledException("study interrupted at point " + written);
        } finally {
            pool.shutdownNow();
        }
    }

    private static PointResult evaluate(ThreadLocal<PointEvaluator> evaluators, StudyPoint point, StudyPlan plan) {
        try {
            return evaluators.get().evaluate(point);
        } catch (RuntimeException e) {
            // The model could not be loaded for this thread: every point it takes fails with the reason.
            return PointResult.failed(point, plan.outputs().size(), String.valueOf(e.getMessage()));
        }
    }
}
