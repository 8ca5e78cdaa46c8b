package org.interphase.spark;

import java.io.IOException;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.interphase.sim.electrochem.RunCancelledException;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.study.Axis;
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
 * to the sink while the next one runs: the driver holds at most that many waves, whatever the plan's size. A task
 * returns its results as one compact block of outputs, and the driver makes the points again from their indices.
 * Once points.csv is complete, Spark writes the same rows as points.parquet beside it.
 * <p>
 * On a master other than {@code local[...]} the jars holding the headless core (interphase.jar) and this class are
 * shipped to the executors ({@code spark.jars}); the study's files are read by path, so a cluster's workers must
 * see them at the same path (a shared file system).
 */
public final class SparkExecutor implements StudyExecutor {

    /** Points per task at most; a task borrows an evaluator that has the model set up, then runs its points. */
    private static final long MAX_POINTS_PER_TASK = 10_000;
    /** Tasks per core in a wave, and how many tasks per core a plan is cut into at least. */
    private static final int TASKS_PER_CORE = 2;
    private static final int WAVES_IN_FLIGHT = 2;
    private static final long POLL_MILLIS = 100;
    /** The points as Parquet, beside points.csv. */
    public static final String PARQUET = "points.parquet";

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
        try (SparkSession spark = session(plan)) {
            run(JavaSparkContext.fromSparkContext(spark.sparkContext()), plan, first, source, sink, monitor);
        }
    }

    private SparkSession session(StudyPlan plan) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName("Interphase study " + plan.study())
                // a study has its own progress; Spark's web UI would only hold a port
                .set("spark.ui.enabled", "false");
        if (!master.startsWith("local")) {
            conf.setJars(shippedJars());
        }
        try {
            return SparkSession.builder().config(conf).getOrCreate();
        } catch (Exception e) { // Spark throws its checked SparkException undeclared
            throw new StudyException("Spark cannot start on master '" + master + "': " + rootMessage(e));
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
        Deque<JavaFutureAction<List<Block>>> waves = new ArrayDeque<>();
        long submitted = first;
        long written = first;
        try {
            while (written < size) {
                while (waves.size() < WAVES_IN_FLIGHT && submitted < size) {
                    long end = Math.min(size, submitted + perWave);
                    List<long[]> ranges = ranges(submitted, end, perTask);
                    waves.add(spark.parallelize(ranges, ranges.size()).mapPartitions(points).collectAsync());
                    submitted = end;
                }
                for (Block block : await(waves.peek(), monitor, written, size)) {
                    for (int i = 0; i < block.points(); i++) {
                        sink.accept(block.result(plan, i));
                        written++;
                    }
                }
                waves.remove();
                monitor.progress((double) written / size, written + " of " + size + " points");
            }
        } finally {
            waves.forEach(wave -> wave.cancel(true));
        }
    }

    /**
     * Writes points.parquet beside the complete points.csv: Spark reads the rows with the plan's types (index and
     * whole-number parameters as longs, other numbers as doubles, a chosen stack as its name, an output a point did
     * not give as null) and writes them as Parquet, one file, in index order.
     */
    @Override
    public void complete(StudyPlan plan, Path folder) throws IOException {
        try (SparkSession spark = session(plan)) {
            spark.read().schema(schema(plan)).option("header", true).option("escape", "\"").option("mode", "FAILFAST")
                    .csv(folder.resolve(StudyRunner.POINTS).toString()).coalesce(1).write()
                    // a resumed study's folder may hold the part an interrupted write left
                    .mode(SaveMode.Overwrite).parquet(folder.resolve(PARQUET).toString());
        } catch (RuntimeException e) {
            throw new StudyException("Spark could not write " + PARQUET + ": " + rootMessage(e));
        }
    }

    /** The columns of points.csv as Spark types; nullable all, as Spark reads a CSV file's columns. */
    static StructType schema(StudyPlan plan) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("index", DataTypes.LongType, true));
        plan.axes().forEach(axis -> fields.add(DataTypes.createStructField(axis.column(),
                axis.kind() == Axis.Kind.CHOICE ? DataTypes.StringType
                        : axis.count() ? DataTypes.LongType : DataTypes.DoubleType, true)));
        plan.outputs().forEach(output -> fields.add(DataTypes.createStructField(output, DataTypes.DoubleType, true)));
        fields.add(DataTypes.createStructField("status", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("message", DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }

    /** One [from, to) range of indices per task, in order, so that collecting keeps the points' order. */
    private static List<long[]> ranges(long from, long to, long perTask) {
        List<long[]> ranges = new ArrayList<>();
        for (long start = from; start < to; start += perTask) {
            ranges.add(new long[] { start, Math.min(to, start + perTask) });
        }
        return ranges;
    }

    private static List<Block> await(JavaFutureAction<List<Block>> wave, RunMonitor monitor,
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
     * A task's results, compact: its first index, the outputs of its points one after another, and the message of
     * each failed point (null for a point that ran). The driver makes the points again from their indices, so only
     * the outputs travel.
     */
    private record Block(long first, int points, double[] outputs, String[] failures) implements Serializable {

        private static final long serialVersionUID = 1L;

        PointResult result(StudyPlan plan, int i) {
            int n = plan.outputs().size();
            String failure = failures[i];
            return new PointResult(plan.point(first + i), Arrays.copyOfRange(outputs, i * n, (i + 1) * n),
                    failure != null, failure == null ? "" : failure);
        }
    }

    /**
     * A task's points, evaluated on an evaluator lent by the executor JVM's pool for the study's run (by its id):
     * each evaluator loads the model once and serves task after task, as a thread of the local engine does, and
     * no more are made than tasks run at once. A task of another run replaces the pool, so an executor keeps the
     * models of one study only.
     */
    private record Points(StudyPlan plan, Evaluators source, String run)
            implements FlatMapFunction<Iterator<long[]>, Block> {

        private static final long serialVersionUID = 1L;
        private static final AtomicReference<Pool> POOL = new AtomicReference<>(new Pool("", null));

        private record Pool(String run, Queue<Evaluator> idle) {
        }

        /** An evaluator of one run, or why it could not be made. */
        private record Evaluator(PointEvaluator evaluator, String failure) {
        }

        @Override
        public Iterator<Block> call(Iterator<long[]> ranges) {
            Queue<Evaluator> pool = POOL.updateAndGet(current -> current.run().equals(run) ? current
                    : new Pool(run, new ConcurrentLinkedQueue<>())).idle();
            Evaluator evaluator = pool.poll();
            if (evaluator == null) {
                evaluator = evaluator();
            }
            try {
                List<Block> blocks = new ArrayList<>();
                while (ranges.hasNext()) {
                    blocks.add(block(evaluator, ranges.next()));
                }
                return blocks.iterator();
            } finally {
                pool.add(evaluator);
            }
        }

        private Evaluator evaluator() {
            try {
                return new Evaluator(source.evaluator(plan), "");
            } catch (RuntimeException e) {
                // the model could not be loaded here: every point of the task fails with the reason
                return new Evaluator(null, String.valueOf(e.getMessage()));
            }
        }

        private Block block(Evaluator evaluator, long[] range) {
            int points = Math.toIntExact(range[1] - range[0]);
            int n = plan.outputs().size();
            double[] outputs = new double[points * n];
            String[] failures = new String[points];
            for (int i = 0; i < points; i++) {
                if (evaluator.evaluator() == null) {
                    Arrays.fill(outputs, i * n, (i + 1) * n, Double.NaN);
                    failures[i] = evaluator.failure();
                    continue;
                }
                PointResult result = evaluator.evaluator().evaluate(plan.point(range[0] + i));
                System.arraycopy(result.outputs(), 0, outputs, i * n, n);
                failures[i] = result.failed() ? result.message() : null;
            }
            return new Block(range[0], points, outputs, failures);
        }
    }
}
