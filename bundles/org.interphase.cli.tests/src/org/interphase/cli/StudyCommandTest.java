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
        return example("alumina-on-latp/alumina-on-latp.iph");
    }

    private static Path example(String file) {
        return Path.of(System.getProperty("interphase.examples")).resolve(file);
    }

    @Test
    void theAluminaCyclesStudyWritesEveryPointAndTheFewestCyclesThatLast600Hours() throws IOException {
        Path results = folder.resolve("cycles");

        int code = run("study", alumina().toString(), "--out", results.toString(), "--threads", "2");

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> points = Files.readAllLines(results.resolve("points.csv"));
        assertEquals("index,cycles of Alumina150,ASR,lifetime,overpotential,status,message", points.get(0));
        assertEquals(14, points.size(), "0 to 300 cycles step 25: 13 points");
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i).matches(i - 1 + "," + 25 * (i - 1) + ",[0-9.E-]+,[0-9.E-]+,[0-9.E-]+,ok,"),
                    "every point with its cycles and three outputs: " + points.get(i));
        }
        // Alumina costs resistance and buys life: the ASR grows with the cycles; bare LATP fails before 600 h.
        List<String[]> rows = points.stream().skip(1).map(row -> row.split(",")).toList();
        assertTrue(Double.parseDouble(rows.get(12)[2]) > Double.parseDouble(rows.get(1)[2]),
                "ASR at 300 cycles above that at 25: " + points);
        assertTrue(Double.parseDouble(rows.get(0)[3]) < 600, "bare LATP does not last 600 h: " + points);
        int fewest = rows.stream().filter(row -> Double.parseDouble(row[3]) >= 600)
                .mapToInt(row -> Integer.parseInt(row[1])).min().orElseThrow();
        List<String> optimum = Files.readAllLines(results.resolve("optimum.csv"));
        assertEquals("method,cycles of Alumina150,ASR,lifetime,overpotential,minimum of cycles", optimum.get(0));
        assertTrue(optimum.get(1).startsWith("grid," + fewest + ","), "the grid's fewest cycles that last 600 h: "
                + optimum);
        // The optimiser may find fewer cycles between the grid's; the answer still lasts 600 h below the cut-off.
        String[] best = optimum.get(optimum.size() - 1).split(",");
        int cycles = Integer.parseInt(best[1]);
        assertTrue(cycles > 0 && cycles <= fewest, optimum.toString());
        assertTrue(Double.parseDouble(best[3]) >= 600 && Double.parseDouble(best[4]) < 1000, optimum.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("AluminaCycles: optimum " + (double) cycles
                + " at cycles of Alumina150 = " + cycles + " ("), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theFourBufferStudyRunsOneExperimentOnEachStackAndNamesTheBufferThatKeepsTheMostCapacity()
            throws IOException {
        Path results = folder.resolve("buffers");

        int code = run("study", example("ncm-llto-thin-film/ncm-llto-thin-film.iph").toString(), "--out",
                results.toString(), "--threads", "2");

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> points = Files.readAllLines(results.resolve("points.csv"));
        assertEquals("index,stack,initialCapacity,capacity,retention,CE,status,message", points.get(0));
        assertEquals(5, points.size(), points.toString());
        List<String> stacks = List.of("SampleA", "SampleB", "SampleC", "SampleD");
        for (int i = 0; i < stacks.size(); i++) {
            assertTrue(points.get(i + 1).matches(i + "," + stacks.get(i) + "(,[0-9.E-]+){4},ok,"), points.get(i + 1));
        }
        // The paper's ranking after cycling: no buffer < (LLTO/NCM)x2 < SiO2 < LiPON (facts §c4 R-052..R-055).
        double[] retention = points.stream().skip(1).mapToDouble(row -> Double.parseDouble(row.split(",")[4]))
                .toArray();
        for (int i = 1; i < retention.length; i++) {
            assertTrue(retention[i - 1] < retention[i], "retention ranks with the buffer: " + points);
        }
        List<String> optimum = Files.readAllLines(results.resolve("optimum.csv"));
        assertEquals("method,stack,initialCapacity,capacity,retention,CE,maximum of retention", optimum.get(0));
        assertEquals(2, optimum.size(), "a list of stacks has nothing to refine: " + optimum);
        assertTrue(optimum.get(1).startsWith("grid,SampleD,"), optimum.toString());
        assertTrue(Files.readString(results.resolve("report.txt")).contains("stack choice"),
                Files.readString(results.resolve("report.txt")));
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
