package org.interphase.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.InterphaseStandaloneSetup;
import org.interphase.runs.ResultFolder;
import org.interphase.sim.electrochem.RunMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyModelTest {

    /** Li | LATP pellet | Li, 1 cm², with an impedance sweep; the study of each test follows on line 11. */
    private static final String CELL = """
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
            """;

    @TempDir
    Path folder;

    @Test
    void anUncertainThicknessSpreadsTheOhmicResistanceAsRIsProportionalToIt() throws IOException {
        Path file = write("""
                study Spread of Eis {
                  uncertain thickness of Pellet.film = 500 ± 25 µm
                  samples 2000
                  seed 11
                  output ohmicResistance
                }
                """);
        StudySource source = new StudySource(List.of(file.toString()), "Spread");
        StudyPlan plan = StudyCompiler.compile(source.load());
        StudyRunner.run(plan, source, folder.resolve("out"), ResultFolder.Replace.NEVER, new LocalExecutor(2),
                RunMonitor.NONE);

        double[] r = Files.readAllLines(folder.resolve("out").resolve(PointsFile.NAME)).stream().skip(1)
                .mapToDouble(line -> Double.parseDouble(line.split(",")[2])).toArray();
        double mean = java.util.Arrays.stream(r).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(r).map(x -> (x - mean) * (x - mean)).sum() / (r.length - 1));
        // R = t/(σA) + R₀ (R₀: the interphases Li forms on LATP, which do not depend on t), so
        // sd(R) = sd(t)/(σA); 1/(σA) is the slope of R between two thicknesses.
        PointEvaluator evaluator = source.evaluator(plan);
        double nominal = evaluator.evaluate(new StudyPoint(-1, new double[] { 500 })).outputs()[0];
        double thicker = evaluator.evaluate(new StudyPoint(-1, new double[] { 600 })).outputs()[0];
        double analytic = (thicker - nominal) / 100 * 25;
        assertEquals(2000, r.length);
        // Monte Carlo error of a standard deviation from N = 2000 samples: 1/sqrt(2(N-1)) = 1.6 %; 4 of them allowed.
        assertEquals(analytic, sd, 0.064 * analytic, "spread of R");
        assertEquals(nominal, mean, 4 * analytic / Math.sqrt(r.length), "mean of R");
    }

    @Test
    void badStudiesGiveLocatedErrorsAndNothingRuns() throws IOException {
        Path file = write("""
                study Bad of Eis {
                  vary thickness of Pellet.film from 500 µm to 100 µm step 50 µm
                  vary temperature of Pellet from 20 °C to 80 °C step 0 °C
                  vary area of Pellet from 0 cm2 to 2 cm2 log 5 points
                  vary colour of Pellet over 1 nm
                  uncertain thickness of Pellet.film = 500 ± 0 µm
                  output ASR, lifetime
                  minimize ASR subject to ASR <= 10 h
                }
                """);
        List<String> errors = errors(file);

        assertEquals(List.of(
                "12: the range is empty: it must go from its lower to its upper end",
                "13: the step must be positive; write the range from its lower to its upper end",
                "14: a logarithmic range must lie above zero; write both ends as positive values",
                "15: stack Pellet has no slot 'colour'; slots: area, temperature, pressure",
                "16: an uncertain value needs a positive spread: write it as value ± standard deviation",
                "17: experiment Eis does not report lifetime: it needs a PlatingStripping measurement",
                "18: ASR is an areal resistance (Ω·m²), so its bound cannot be '10 h'"),
                errors);
    }

    @Test
    void aStudyOverStacksRunsTheExperimentOnEachAndNamesTheStackInEveryRowAndTheOptimum() throws IOException {
        Path file = write("""
                stack Thin {
                  area 1 cm2
                  temperature 25 °C
                  lithium Li
                  electrolyte film: LATP 100 µm
                  lithium Li
                }
                study Stacks of Eis {
                  vary stack over Pellet, Thin
                  vary thickness of Thin.film over 100 µm, 50 µm
                  output ASR
                  minimize ASR
                }
                """);
        StudySource source = new StudySource(List.of(file.toString()), "Stacks");
        StudyPlan plan = StudyCompiler.compile(source.load());
        StudyRunner.Outcome outcome = StudyRunner.run(plan, source, folder.resolve("out"),
                ResultFolder.Replace.NEVER, new LocalExecutor(2), RunMonitor.NONE);

        List<String> rows = Files.readAllLines(folder.resolve("out").resolve(PointsFile.NAME));
        assertEquals("index,stack,thickness of Thin.film [µm],ASR,status,message", rows.get(0));
        List<String[]> fields = rows.stream().skip(1).map(row -> row.split(",")).toList();
        assertEquals(List.of("Pellet", "Pellet", "Thin", "Thin"), fields.stream().map(row -> row[1]).toList());
        double[] asr = fields.stream().mapToDouble(row -> Double.parseDouble(row[3])).toArray();
        // Thin's thickness moves only Thin's points; Pellet's 500 µm of LATP resist more than Thin's 100 µm.
        assertEquals(asr[0], asr[1], 0, "Pellet does not see Thin's thickness");
        assertTrue(asr[2] < asr[0], "100 µm of LATP below 500 µm: " + rows);
        assertTrue(asr[3] < asr[2], "50 µm below 100 µm: " + rows);
        double[] best = outcome.optimum().orElseThrow().values();
        assertEquals(1, best[0], "the optimum is the second stack, Thin");
        assertEquals(50, best[1]);
        List<String> optimum = Files.readAllLines(folder.resolve("out").resolve(Optimum.NAME));
        assertTrue(optimum.get(1).startsWith("grid,Thin,50.0,"), optimum.toString());
    }

    @Test
    void aStackListIsOnlyForTheStackOnceAndEachStackMustRunTheExperiment() throws IOException {
        List<String> errors = errors(write("""
                study Bad of Eis {
                  vary thickness of Pellet.film over Pellet
                  vary stack over 100 µm
                  vary stack over Pellet, Pellet
                  minimize stack
                }
                """));

        assertEquals(List.of(
                "12: only the experiment's stack is chosen by name: write 'vary stack over Pellet'",
                "13: the stack is chosen from stacks by name: write 'vary stack over SampleA, SampleB'",
                "14: the stack is varied twice; list every stack in one 'vary stack over ...'",
                "14: Pellet is listed twice",
                "15: the objective must be one of the study's outputs () or a varied parameter's slot; add it to "
                        + "'output' if the experiment reports it"),
                errors);

        List<String> unsimulatable = errors(write("""
                material Unknown "Li3InCl6" { class halide }
                stack Halide {
                  area 1 cm2
                  temperature 25 °C
                  lithium Li
                  electrolyte Unknown 100 µm
                  lithium Li
                }
                study Halides of Eis {
                  vary stack over Pellet,
                    Halide
                  output ASR
                }
                """));

        assertEquals(1, unsimulatable.size(), unsimulatable.toString());
        assertTrue(unsimulatable.get(0).startsWith("21: experiment Eis cannot run on stack Halide: "),
                unsimulatable.toString());
    }

    private List<String> errors(Path file) {
        XtextResourceSet resources = new InterphaseStandaloneSetup().createInjectorAndDoEMFRegistration()
                .getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resources.getResource(URI.createFileURI(file.toString()), true);
        List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
                CheckMode.ALL, CancelIndicator.NullImpl);
        return issues.stream().filter(issue -> issue.getSeverity() == Severity.ERROR)
                .sorted(java.util.Comparator.comparing(Issue::getLineNumber))
                .map(issue -> issue.getLineNumber() + ": " + issue.getMessage()).toList();
    }

    private Path write(String study) throws IOException {
        Path file = folder.resolve("cell.iph");
        Files.writeString(file, CELL + study, StandardCharsets.UTF_8);
        assertTrue(Files.isRegularFile(file));
        return file;
    }
}
