package org.interphase.dsl.ui.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long each step of the UI thread's work (one event of the event loop, one key typed) keeps the UI
 * thread busy: its CPU time plus the time it waited for locks. Unlike wall-clock time this does not count pauses of
 * the whole process (garbage collection, a machine shared with other builds), which the editor cannot prevent, but
 * it counts every computation and every lock wait the editor puts on the UI thread. A sampler thread records the UI
 * thread's stacks, so that a failing test shows what the longest step did.
 */
final class StallRecorder {

    private static final int SAMPLE_MS = 5;

    private record Sample(long time, StackTraceElement[] stack) {
    }

    private final Thread uiThread = Thread.currentThread();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Sample> samples = new ArrayList<>();
    private volatile boolean running;
    private long longestBusy;
    private long longestStart;
    private long longestEnd;
    private long longestWall;
    private Thread sampler;

    /** Starts measuring; on the UI thread, which then runs its steps through {@link #step}. */
    void start() {
        threads.setThreadContentionMonitoringEnabled(true);
        running = true;
        sampler = new Thread(() -> {
            while (running) {
                Sample sample = new Sample(System.nanoTime(), uiThread.getStackTrace());
                synchronized (samples) {
                    samples.add(sample);
                }
                try {
                    Thread.sleep(SAMPLE_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "UI stall sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Dispatches one event of {@code display}, measured; false if there was none. */
    boolean dispatch(Display display) {
        boolean[] dispatched = {false};
        step(() -> dispatched[0] = display.readAndDispatch());
        return dispatched[0];
    }

    /** Runs {@code work} on the UI thread, measured. */
    void step(Runnable work) {
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        long waited = waitedMs();
        work.run();
        long busy = threads.getCurrentThreadCpuTime() - cpu + (waitedMs() - waited) * 1_000_000L;
        long end = System.nanoTime();
        longestWall = Math.max(longestWall, end - wall);
        if (busy > longestBusy) {
            longestBusy = busy;
            longestStart = wall;
            longestEnd = end;
        }
    }

    private long waitedMs() {
        ThreadInfo info = threads.getThreadInfo(uiThread.threadId());
        return info.getBlockedTime() + info.getWaitedTime();
    }

    void stop() throws InterruptedException {
        running = false;
        sampler.join();
    }

    /** The longest time one step kept the UI thread busy, ms. */
    long longestBusyMs() {
        return longestBusy / 1_000_000;
    }

    /** The longest wall-clock time of one step, ms, pauses of the process included; for the log. */
    long longestWallMs() {
        return longestWall / 1_000_000;
    }

    /** The UI thread's distinct stacks (top frames) sampled during the longest step, with how often each was seen. */
    String longestStepStacks() {
        Map<String, Integer> stacks = new LinkedHashMap<>();
        synchronized (samples) {
            for (Sample sample : samples) {
                if (sample.time() >= longestStart && sample.time() <= longestEnd) {
                    String stack = List.of(sample.stack()).stream().limit(30).map(String::valueOf)
                            .collect(Collectors.joining("\n    "));
                    stacks.merge(stack, 1, Integer::sum);
                }
            }
        }
        return stacks.entrySet().stream().map(e -> e.getValue() + " x\n    " + e.getKey())
                .collect(Collectors.joining("\n"));
    }
}
