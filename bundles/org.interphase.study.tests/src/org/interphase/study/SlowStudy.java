package org.interphase.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.interphase.runs.ResultFolder;
import org.interphase.sim.electrochem.RunMonitor;

/**
 * A study that a test kills with SIGKILL while it runs: 400 points of a cheap formula, each taking a few
 * milliseconds, on two threads. It runs in its own JVM on the study bundle's classes and the JDK, so the kill
 * skips every cleanup; it says "running" once points are being written.
 */
public final class SlowStudy {

    static final StudyPlan PLAN = new StudyPlan("Slow", "Formula", List.of(new Axis("cycles", null, "cycles",
            Axis.Kind.STEP, "", true, null, 0, 399, 1, 0)),
            List.of("ASR"), 1, 1, 1, Optional.empty());

    /** ASR = 1 + cycles / 10, and every 7th point fails, so failed rows are resumed too. */
    static final Evaluators FORMULA = plan -> point -> {
        try {
            Thread.sleep(3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return point.index() % 7 == 3 ? PointResult.failed(point, 1, "the formula refuses point " + point.index())
                : new PointResult(point, new double[] { 1 + point.value(0) / 10 }, false, "");
    };

    private SlowStudy() {
    }

    public static void main(String[] args) throws Exception {
        StudyRunner.run(PLAN, FORMULA, Path.of(args[0]), ResultFolder.Replace.NEVER, new LocalExecutor(2),
                new RunMonitor() {
                    private boolean told;

                    @Override
                    public void progress(double fraction, String message) {
                        if (!told && fraction > 0.1) {
                            System.out.println("running");
                            System.out.flush();
                            told = true;
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
    }
}
