package org.interphase.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import org.interphase.runs.ResultFolder;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.study.LocalExecutor;
import org.interphase.study.StudyCompiler;
import org.interphase.study.StudyException;
import org.interphase.study.StudyExecutor;
import org.interphase.study.StudyPlan;
import org.interphase.study.StudyRunner;
import org.interphase.study.StudySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkExecutorTest {

    /**
     * Li | LATP pellet | Li with an impedance sweep; 4 thicknesses × 3 Latin-hypercube areas, so that the
     * points depend on the seed as well as on the grid.
     */
    private static final String STUDY = """
            stack Pellet {
              area 1 cm2
              temperature 25 °C
              lithium Li
              electrolyte film: LATP 500 µm
              lithium Li
            }
            experiment Eis on Pellet {
              impedance from 1 MHz to 0.1 Hz
            }
            study Sweep of Eis {
              vary thickness of Pellet.film over 100 µm, 250 µm, 400 µm, 650 µm
              vary area of Pellet latin 3 within 0.5 cm2 to 2 cm2
              seed 7
              output ASR, ohmicResistance
            }
            stack Thin {
              area 1 cm2
              temperature 25 °C
              lithium Li
              electrolyte LATP 50 µm
              lithium Li
            }
            study Stacks of Eis {
              vary stack over Pellet, Thin
              vary thickness of Pellet.film from 100 µm to 400 µm step 100 µm
              output ASR, conductivity
              minimize ASR
            }
            """;

    @TempDir
    Path folder;

    @Test
    void everyPointOnSparkLocal2EqualsTheLocalEnginesPoint() throws IOException {
        List<String> local = onBothEngines("Sweep");

        assertEquals(13, local.size(), "header and 12 points");
        assertEquals("index,thickness of Pellet.film [µm],area of Pellet [cm2],ASR,ohmicResistance,status,"
                + "message", local.get(0));
        assertTrue(local.stream().skip(1).allMatch(row -> row.endsWith(",ok,")), "every point ran: " + local);
        assertEquals(12, local.stream().skip(1).map(row -> row.split(",")[4]).distinct().count(),
                "every point has its own resistance, so the comparison sees each point's values");
    }

    @Test
    void aStudyOverStacksOnSparkEqualsTheLocalEngineAndNamesTheStacks() throws IOException {
        List<String> local = onBothEngines("Stacks");

        assertEquals("index,stack,thickness of Pellet.film [µm],ASR,conductivity,status,message", local.get(0));
        assertEquals(9, local.size(), "2 stacks × 4 thicknesses");
        assertTrue(local.get(8).startsWith("7,Thin,400.0,"), local.toString());
        assertTrue(Files.readString(folder.resolve("spark").resolve("optimum.csv")).contains("\ngrid,Thin,"));
    }

    /**
     * Runs the study on the local engine and on Spark local[2] and returns the local points.csv, after checking that
     * Spark's is equal to it line for line (rows hold doubles as Double.toString writes them: equal rows are
     * bit-for-bit equal values) and that Spark's points.parquet holds the same rows, typed.
     */
    private List<String> onBothEngines(String study) throws IOException {
        StudySource source = source(study);
        StudyPlan plan = StudyCompiler.compile(source.load());

        List<String> local = points(plan, source, "local", new LocalExecutor(2));
        List<String> spark = points(plan, source, "spark", new SparkExecutor("local[2]"));

        assertEquals(local, spark);
        assertEquals(spark, parquetRows(folder.resolve("spark"), plan));
        return local;
    }

    @Test
    void aStudyWhoseModelCannotLoadOnTheExecutorsRecordsEveryPointAsFailedWithTheReason() throws IOException {
        StudyPlan plan = StudyCompiler.compile(source("Sweep").load());

        List<String> rows = points(plan, source("Missing"), "spark", new SparkExecutor("local[2]"));

        assertEquals(13, rows.size());
        assertTrue(rows.stream().skip(1).allMatch(row -> row.contains(",,,failed,no study Missing in ")),
                rows.toString());
        // Outputs a point did not give are nulls in Parquet; the message, with its commas, comes back whole.
        assertEquals(rows, parquetRows(folder.resolve("spark"), plan));
    }

    @Test
    void aMasterSparkCannotParseIsOneLineThatNamesIt() throws IOException {
        StudySource source = source("Sweep");
        StudyPlan plan = StudyCompiler.compile(source.load());

        StudyException refused = assertThrows(StudyException.class,
                () -> points(plan, source, "bad", new SparkExecutor("lokal[2]")));

        assertTrue(refused.getMessage().startsWith("Spark cannot start on master 'lokal[2]': "), refused.getMessage());
        assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
    }

    /** points.parquet read back by Spark, each row written as points.csv writes it. */
    private static List<String> parquetRows(Path results, StudyPlan plan) throws IOException {
        assertTrue(Files.isDirectory(results.resolve(SparkExecutor.PARQUET)), results.toString());
        try (SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false")
                .getOrCreate()) {
            Dataset<Row> points = spark.read().parquet(results.resolve(SparkExecutor.PARQUET).toString());
            assertEquals(SparkExecutor.schema(plan), points.schema());
            List<String> rows = new ArrayList<>(List.of(String.join(",", plan.columns())));
            for (Row row : points.orderBy("index").collectAsList()) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < row.length(); i++) {
                    String field = row.isNullAt(i) ? "" : String.valueOf(row.get(i));
                    fields.add(field.contains(",") ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
                }
                rows.add(String.join(",", fields));
            }
            return rows;
        }
    }

    private StudySource source(String study) throws IOException {
        Path file = folder.resolve("study.iph");
        Files.writeString(file, STUDY, StandardCharsets.UTF_8);
        return new StudySource(List.of(file.toString()), study);
    }

    private List<String> points(StudyPlan plan, StudySource source, String name, StudyExecutor executor)
            throws IOException {
        Path out = folder.resolve(name);
        StudyRunner.run(plan, source, out, ResultFolder.Replace.NEVER, executor, RunMonitor.NONE);
        return Files.readAllLines(out.resolve("points.csv"), StandardCharsets.UTF_8);
    }
}
