package org.interphase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path alumina() {
        return Path.of(System.getProperty("interphase.examples")).resolve("alumina-on-latp/alumina-on-latp.iph");
    }

    @Test
    void theAluminaCyclesStudyWritesEveryPointAndTheFewestCyclesThatLast600Hours() throws IOException {
        Path results = folder.resolve("cycles");

        int code = run("study", alumina().toString(), "--out", results.toString(), "--threads", "2");

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> points = Files.readAllLines(results.resolve("points.csv"));
        assertEquals("index,cycles of Alumina150,ASR,lifetime,overpotential,status,message", points.get(0));
        assertEquals(14, points.size(), "0 to 300 cycles step 25: 13 points");
        assertTrue(Files.isRegularFile(results.resolve("optimum.csv")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("AluminaCycles: 13 points"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void twoObjectivesWriteTheParetoFrontAndTheSummarySaysHowManyPointsAreOnIt() throws IOException {
        Path file = folder.resolve("front.iph");
        Files.writeString(file, Files.readString(alumina()).replace("minimize cycles subject to",
                "minimize cycles, maximize lifetime subject to"));
        Path results = folder.resolve("front");

        int code = run("study", file.toString(), "--out", results.toString(), "--threads", "2");

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> front = Files.readAllLines(results.resolve("pareto.csv"));
        assertEquals("index,cycles of Alumina150,ASR,lifetime,overpotential,minimize cycles,maximize lifetime",
                front.get(0));
        assertFalse(Files.exists(results.resolve("optimum.csv")), "several objectives have no single optimum");
        String summary = out.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("AluminaCycles: Pareto front of " + (front.size() - 1)
                + " points for [minimize cycles, maximize lifetime], see "), summary);
        for (String row : front.subList(1, front.size())) {
            assertTrue(Double.parseDouble(row.split(",")[3]) >= 600, "every point on the front lasts 600 h: " + row);
        }
    }

    @Test
    void withoutTheSparkEngineOnTheClassPathASparkStudySaysHowToRunItAndWritesNothing() {
        Path results = folder.resolve("spark");

        int code = run("study", alumina().toString(), "--engine", "spark", "--master", "local[2]", "--out",
                results.toString());

        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the spark engine is not on the class path"),
                err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(results));
    }

    @Test
    void theEngineTheStudyFileNamesIsTheOneThatRuns() throws IOException {
        Path file = folder.resolve("spark.iph");
        Files.writeString(file, Files.readString(alumina()).replace("study AluminaCycles of Alumina150Cell {",
                "study AluminaCycles of Alumina150Cell {\n  engine spark"));
        Path results = folder.resolve("spark");

        int code = run("study", file.toString(), "--out", results.toString());

        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the spark engine is not on the class path"),
                err.toString(StandardCharsets.UTF_8));
    }
}
