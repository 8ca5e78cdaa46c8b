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
    void twoObjectivesGiveTheirParetoFrontWhichTheDirectionsDecide() throws IOException {
        String sweep = """
                  vary thickness of Pellet.film over 100 µm, 300 µm, 500 µm
                  output ASR
                """;
        // ASR grows with thickness: asking for thin and low keeps the thinnest point alone, thick and low all.
        assertEquals(List.of(0L), front("study Front of Eis {\n" + sweep + "minimize ASR, minimize thickness }"));
        assertEquals(List.of(0L, 1L, 2L), front("study Front of Eis {\n" + sweep
                + "minimize ASR, maximize thickness }"));
        List<String> report = Files.readAllLines(folder.resolve("out").resolve(StudyRunner.REPORT));
        assertTrue(report.contains("Objectives: [minimize ASR, maximize thickness]: Pareto front of 3 points in "
                + Pareto.NAME), report::toString);
        assertEquals(4, Files.readAllLines(folder.resolve("out").resolve(Pareto.NAME)).size());
    }

    private List<Long> front(String study) throws IOException {
        Path file = write(study);
        StudySource source = new StudySource(List.of(file.toString()), "Front");
        StudyPlan plan = StudyCompiler.compile(source.load());
        return StudyRunner.run(plan, source, folder.resolve("out"), ResultFolder.Replace.EARLIER_RESULT,
                new LocalExecutor(2), RunMonitor.NONE).front().stream().map(Pareto.Member::index).toList();
    }

    @Test
    void aSecondObjectiveTheExperimentDoesNotReportIsALocatedError() throws IOException {
        Path file = write("""
                study Two of Eis {
                  vary thickness of Pellet.film over 100 µm, 300 µm
                  output ASR
                  minimize ASR,
                    maximize lifetime subject to ASR <= 100 Ω cm2
                }
                """);

        assertEquals(List.of("15: experiment Eis does not report lifetime: it needs a PlatingStripping measurement"),
                errors(file));
    }

    @Test
    void anUncertainThicknessInASweepOfAreaGivesEachAreaItsDistribution() throws IOException {
        Path file = write("""
                study Bands of Eis {
                  vary area of Pellet over 1 cm2, 2 cm2
                  uncertain thickness of Pellet.film = 500 ± 25 µm
                  samples 400
                  output ohmicResistance, ASR
                }
                """);
        StudySource source = new StudySource(List.of(file.toString()), "Bands");
        StudyRunner.run(StudyCompiler.compile(source.load()), source, folder.resolve("out"),
                ResultFolder.Replace.NEVER, new LocalExecutor(2), RunMonitor.NONE);

        List<String> rows = Files.readAllLines(folder.resolve("out").resolve(Distributions.NAME));
        assertEquals("point,area of Pellet [cm2],samples,ohmicResistance mean,ohmicResistance sd,ohmicResistance p5,"
                + "ohmicResistance p95,ASR mean,ASR sd,ASR p5,ASR p95", rows.get(0));
        assertEquals(3, rows.size(), "one row per area");
        double[] one = numbers(rows.get(1));
        double[] two = numbers(rows.get(2));
        assertEquals(1, one[1]);
        assertEquals(400, one[2], "every sample ran");
        // R = ASR/A: twice the area halves the resistance and its spread; the areal resistance stays.
        assertEquals(one[3] / 2, two[3], 0.05 * one[3] / 2, "mean R");
        assertEquals(one[4] / 2, two[4], 0.2 * one[4] / 2, "sd of R");
        assertEquals(one[7], two[7], 0.05 * one[7], "mean ASR");
        assertTrue(one[5] < one[3] && one[3] < one[6], "5 % below the mean, 95 % above");
    }

    @Test
    void aPointOfTheResultsOpensAsItsExperimentWithItsValuesUnlessTheStudyChangedSince() throws IOException {
        Path file = write("""
                study Open of Eis {
                  vary thickness of Pellet.film over 100 µm, 300 µm
                  output ASR
                }
                """);
        StudySource source = new StudySource(List.of(file.toString()), "Open");
        Path results = StudyRunner.run(StudyCompiler.compile(source.load()), source, folder.resolve("out"),
                ResultFolder.Replace.NEVER, new LocalExecutor(1), RunMonitor.NONE).folder();

        org.interphase.model.Quantity thickness = source.experimentOf(results, 1).getStack().getLayers().get(1)
                .getThickness();
        assertEquals(300, thickness.getValue());
        assertEquals("µm", thickness.getUnit().strip());
        assertEquals("the study Open has no point 2 (it has 2)", org.junit.jupiter.api.Assertions.assertThrows(
                StudyException.class, () -> source.experimentOf(results, 2)).getMessage());

        write("study Open of Eis {\n vary area of Pellet over 1 cm2, 2 cm2\n output ASR\n}\n");
        String changed = org.junit.jupiter.api.Assertions.assertThrows(StudyException.class,
                () -> source.experimentOf(results.resolve("points.csv"), 0)).getMessage();
        assertTrue(changed.startsWith("the study Open has changed since "), changed);
    }

    private static double[] numbers(String row) {
        return java.util.Arrays.stream(row.split(",")).mapToDouble(Double::parseDouble).toArray();
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
