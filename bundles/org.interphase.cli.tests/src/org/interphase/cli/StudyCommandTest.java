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
    void theSparkEngineIsNotYetAvailableAndNothingIsWritten() {
        Path results = folder.resolve("spark");

        int code = run("study", alumina().toString(), "--engine", "spark", "--out", results.toString());

        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not yet available"));
        assertFalse(Files.exists(results));
    }
}
