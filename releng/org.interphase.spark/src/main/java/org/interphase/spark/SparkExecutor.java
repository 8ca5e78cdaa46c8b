package org.interphase.spark;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.LongStream;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.interphase.sim.electrochem.RunCancelledException;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.study.Evaluators;
import org.interphase.study.PointEvaluator;
import org.interphase.study.PointResult;
import org.interphase.study.StudyException;
import org.interphase.study.StudyExecutor;
import org.interphase.study.StudyPlan;
import org.interphase.study.StudyRunner;

/**
 * Runs a study's points as Spark tasks: each task gets a range of point indices and computes each point from its
 * index ({@link StudyPlan#point(long)}), so the driver sends only the plan and the study's source, never points.
 * Tasks are submitted in waves, {@value #WAVES_IN_FLIGHT} in flight, and a wave's results come back in index order
 * to the sink while the next one runs: the driver holds at most that many waves, whatever the plan's size.
 * <p>
 * On a master other than {@code local[...]} the jars holding the headless core (interphase.jar) and this class are
 * shipped to the executors ({@code spark.jars}); the study's files are read by path, so a cluster's workers must
 * see them at the same path (a shared file system).
 */
public final class SparkExecutor implements StudyExecutor {

    /** Points per task at most; a task sets the model up once per executor thread, then runs its points. */
    private static final long MAX_POINTS_PER_TASK = 2000;
    /** Tasks per core in a wave, and how many tasks per core a plan is cut into at least. */
    private static final int TASKS_PER_CORE = 2;
    private static final int WAVES_IN_FLIGHT = 2;
    private static final long POLL_MILLIS = 100;

    private final String master;

    /** @param master a Spark master URL: {@code local[2]}, {@code spark://host:7077}, ... */
    public SparkExecutor(String master) {
        if (master == null || master.isBlank()) {
            throw new IllegalArgumentException("a Spark master is needed, e.g. local[2] or spark://host:7077");
        }
        this.master = master;
    }

    @Override
    public void execute(StudyPlan plan, long first, Evaluators source, Sink sink, RunMonitor monitor)
            throws IOException {
        SparkConf conf = new SparkConf().setMaster(master).setAppName("Interphase study " + plan.study())
                // a study has its own progress; Spark's web UI would only hold a port
                .set("spark.ui.enabled", "false");
        if (!master.startsWith("local")) {
            conf.setJars(shippedJars());
        }
        JavaSparkContext context;
        try {
            context = new JavaSparkContext(conf);
        } catch (Exception e) { // Spark throws its checked SparkException undeclared
            throw new StudyException("Spark cannot start on master '" + master + "': " + rootMessage(e));
        }
        try (JavaSparkContext spark = context) {
            run(spark, plan, first, source, sink, monitor);
        }
    }

    private static void run(JavaSparkContext spark, StudyPlan plan, long first, Evaluators source, Sink sink,
            RunMonitor monitor) throws IOException {
        long size = plan.size();
        int cores = spark.defaultParallelism();
        long perTask = Math.clamp(Math.ceilDiv(size - first, (long) cores * TASKS_PER_CORE * WAVES_IN_FLIGHT), 1,
                MAX_POINTS_PER_TASK);
        long perWave = perTask * cores * TASKS_PER_CORE;
        Points points = new Points(plan, source, UUID.randomUUID().toString());
        Deque<JavaFutureAction<List<PointResult>>> waves = new ArrayDeque<>();
        long submitted = first;
        long written = first;
        try {
            while (written < size) {
                while (waves.size() < WAVES_IN_FLIGHT && submitted < size) {
                    long end = Math.min(size, submitted + perWave);
                    waves.add(spark.parallelize(ranges(submitted, end, perTask)).mapPartitions(points)
                            .collectAsync());
                    submitted = end;
                }
                for (PointResult result : await(waves.peek(), monitor, written, size)) {
                    sink.accept(result);
                    written++;
                }
                waves.remove();
                monitor.progress((double) written / size, written + " of " + size + " points");
            }
        } finally {
            waves.forEach(wave -> wave.cancel(true));
        }
    }

    /** One [from, to) range of indices per task, in order, so that collecting keeps the points' order. */
    private static List<long[]> ranges(long from, long to, long perTask) {
        List<long[]> ranges = new ArrayList<>();
        for (long start = from; start < to; start += perTask) {
            ranges.add(new long[] { start, Math.min(to, start + perTask) });
        }
        return ranges;
    }

    private static List<PointResult> await(JavaFutureAction<List<PointResult>> wave, RunMonitor monitor,
            long written, long size) {
        while (true) {
            monitor.throwIfCancelled("point " + written + " of " + size);
            try {
                return wave.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still running: look at the monitor again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RunCancelledException("study interrupted at point " + written);
            } catch (ExecutionException e) {
                throw new StudyException("Spark could not run points from " + written + ": " + rootMessage(e));
            }
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    /** The jars of the headless core and of this engine, when the classes come from jars (not a build's folders). */
    private static String[] shippedJars() {
        return Arrays.stream(new Class<?>[] { StudyRunner.class, SparkExecutor.class }).map(SparkExecutor::jarOf)
                .filter(jar -> jar != null).distinct().toArray(String[]::new);
    }

    private static String jarOf(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? location.toString() : null;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    /**
     * A task's points: evaluated one by one as Spark pulls them. The evaluator is kept per executor thread for the
     * study's run (by its id), so a thread loads the model once, as a thread of the local engine does.
     */
    private record Points(StudyPlan plan, Evaluators source, String run)
            implements FlatMapFunction<Iterator<long[]>, PointResult> {

        private static final long serialVersionUID = 1L;
        private static final ThreadLocal<Evaluator> EVALUATOR = new ThreadLocal<>();

        /** The evaluator of one run on this thread, or why it could not be made. */
        private record Evaluator(String run, PointEvaluator evaluator, String failure) {
        }

        @Override
        public Iterator<PointResult> call(Iterator<long[]> ranges) {
            Evaluator evaluator = evaluator();
            List<long[]> all = new ArrayList<>();
            ranges.forEachRemaining(all::add);
            return all.stream().flatMapToLong(range -> LongStream.range(range[0], range[1]))
                    .mapToObj(index -> evaluate(evaluator, index)).iterator();
        }

        private Evaluator evaluator() {
            Evaluator cached = EVALUATOR.get();
            if (cached == null || !cached.run().equals(run)) {
                try {
                    cached = new Evaluator(run, source.evaluator(plan), "");
                } catch (RuntimeException e) {
                    // the model could not be loaded here: every point of the task fails with the reason
                    cached = new Evaluator(run, null, String.valueOf(e.getMessage()));
                }
                EVALUATOR.set(cached);
            }
            return cached;
        }

        private PointResult evaluate(Evaluator evaluator, long index) {
            if (evaluator.evaluator() == null) {
                double[] none = new double[plan.outputs().size()];
                Arrays.fill(none, Double.NaN);
                return new PointResult(plan.point(index), none, true, evaluator.failure());
            }
            return evaluator.evaluator().evaluate(plan.point(index));
        }
    }
}
