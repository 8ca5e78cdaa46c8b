package org.interphase.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.interphase.runs.ResultFolder;
import org.interphase.sim.electrochem.RunMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeTest {

    @TempDir
    Path folder;

    @Test
    void aStudyKilledWithSigkillGoesOnWhereItStoppedAndEndsAsAnUninterruptedOne() throws Exception {
        Path reference = folder.resolve("reference");
        StudyRunner.run(SlowStudy.PLAN, SlowStudy.FORMULA, reference, ResultFolder.Replace.NEVER,
                new LocalExecutor(2), RunMonitor.NONE);

        Path killed = folder.resolve("killed");
        Process study = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                String.join(File.pathSeparator, location(StudyRunner.class), location(SlowStudy.class),
                        location(ResultFolder.class), location(RunMonitor.class), location(SimplexOptimizer.class)),
                SlowStudy.class.getName(), killed.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(study.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("running", out.readLine(), "the study started writing points");
            study.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
            assertTrue(study.waitFor(10, TimeUnit.SECONDS));
        }
        Path staged = folder.resolve(".killed.partial").resolve(PointsFile.NAME);
        assertFalse(Files.exists(killed), "a killed study has no result folder yet");
        long written = Files.readAllLines(staged).size() - 1;
        assertTrue(written > 0 && written < 400, "killed part-way: " + written + " points written");

        StudyRunner.Outcome resumed = StudyRunner.run(SlowStudy.PLAN, SlowStudy.FORMULA, killed,
                ResultFolder.Replace.NEVER, new LocalExecutor(2), RunMonitor.NONE);

        assertTrue(resumed.resumedAt() > 0 && resumed.resumedAt() <= written,
                "resumed at " + resumed.resumedAt() + " after " + written + " rows");
        List<String> expected = Files.readAllLines(reference.resolve(PointsFile.NAME));
        assertEquals(expected, Files.readAllLines(killed.resolve(PointsFile.NAME)),
                "every point once, in order, as in the uninterrupted study");
        assertEquals(401, expected.size());
        assertEquals(57, resumed.failed(), "the failed points of both runs are counted");
    }

    @Test
    void aFailedPointIsRecordedWithItsMessageAndTheStudyGoesOn() throws Exception {
        Path out = folder.resolve("out");
        StudyRunner.Outcome outcome = StudyRunner.run(SlowStudy.PLAN, SlowStudy.FORMULA, out,
                ResultFolder.Replace.NEVER, new LocalExecutor(2), RunMonitor.NONE);

        List<String> rows = Files.readAllLines(out.resolve(PointsFile.NAME));
        assertEquals("index,cycles,ASR,status,message", rows.get(0));
        assertEquals("3,3,,failed,the formula refuses point 3", rows.get(4));
        assertEquals("4,4,1.4,ok,", rows.get(5));
        assertEquals(400, outcome.points());
    }

    @Test
    void anEngineThatCannotCompleteTheFolderKeepsEveryPointStagedForTheNextRun() throws Exception {
        Path out = folder.resolve("out");
        StudyExecutor failsAtTheEnd = new StudyExecutor() {
            @Override
            public void execute(StudyPlan plan, long first, Evaluators source, Sink sink, RunMonitor monitor)
                    throws java.io.IOException {
                new LocalExecutor(2).execute(plan, first, source, sink, monitor);
            }

            @Override
            public void complete(StudyPlan plan, Path staging) {
                throw new StudyException("the Parquet writer is gone");
            }
        };

        StudyException refused = org.junit.jupiter.api.Assertions.assertThrows(StudyException.class,
                () -> StudyRunner.run(SlowStudy.PLAN, SlowStudy.FORMULA, out, ResultFolder.Replace.NEVER,
                        failsAtTheEnd, RunMonitor.NONE));
        assertEquals("the Parquet writer is gone", refused.getMessage());
        // Every point stays staged, so the next run (a new process, as a killed study's) resumes at the end.
        assertEquals(401, Files.readAllLines(folder.resolve(".out.partial").resolve(PointsFile.NAME)).size());

        assertFalse(Files.exists(out), "the folder is not committed without its Parquet");
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
