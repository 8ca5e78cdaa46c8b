package org.interphase.benchmarks.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.interphase.benchmarks.BenchmarkDefaults;
import org.interphase.study.PointEvaluator;
import org.interphase.study.PointResult;
import org.interphase.study.StudyCompiler;
import org.interphase.study.StudyPlan;
import org.interphase.study.StudySource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Points per second of a design study's evaluator on one thread: the README's 10⁶-point study, Li | LATP | Li with
 * the electrolyte's thickness and the cell's area varied, each point an impedance sweep from 1 MHz to 1 Hz at 5
 * points per decade and its ASR, R and σ_eff. One call is one point (its values written into the model, the
 * experiment compiled, the engine run, the outputs read); the points cycle through the grid so that no two calls
 * in a row see the same values. Writing points.csv is not counted: the study command's own timing includes it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StudyThroughputBenchmark extends BenchmarkDefaults {

    static final String STUDY = """
            stack Pellet {
              area 1 cm2
              temperature 25 °C
              lithium Li
              electrolyte film: LATP 500 µm
              lithium Li
            }
            experiment Eis on Pellet {
              impedance from 1 MHz to 1 Hz, 5 points per decade
            }
            study Million of Eis {
              vary thickness of Pellet.film from 100 µm to 1099 µm step 1 µm
              vary area of Pellet from 0.5 cm2 to 1.499 cm2 step 0.001 cm2
              output ASR, R, conductivity
            }
            """;

    private Path file;
    private StudyPlan plan;
    private PointEvaluator evaluator;
    private long next;

    @Setup
    public void setUp() throws IOException {
        file = Files.createTempFile("study-throughput", ".iph");
        Files.writeString(file, STUDY, StandardCharsets.UTF_8);
        StudySource source = new StudySource(List.of(file.toString()), "Million");
        plan = StudyCompiler.compile(source.load());
        evaluator = source.evaluator(plan);
        if (point().failed()) { // fails the set-up, not the measurement
            throw new IllegalStateException("the study's first point fails");
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public PointResult point() {
        PointResult result = evaluator.evaluate(plan.point(next));
        next = (next + 7919) % plan.size();
        return result;
    }
}
