package org.interphase.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.study.StudyOutput;
import org.interphase.model.run.Result;
import org.interphase.model.run.RunValue;
import org.interphase.runs.RunExecutor;
import org.interphase.sim.electrochem.RunMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study's point gives the numbers a single run of the same file gives: its evaluator skips building the run and
 * combines the files' library once, and must not change a digit for it.
 */
class LeanPathTest {

    private static final List<String> OUTPUTS = List.of("ASR", "R", "ohmicResistance", "chargeTransferResistance",
            "conductivity");

    @TempDir
    Path folder;

    @Test
    void everyOutputOfAPointEqualsTheSummaryOfTheRunWrittenWithItsValues() throws IOException {
        Path studyFile = write("study.iph", 500, 1, 1e-4, """
                study Grid of Eis {
                  vary thickness of Pellet.film from 100 µm to 900 µm step 200 µm
                  vary area of Pellet from 0.5 cm2 to 1.5 cm2 step 0.5 cm2
                  output ASR, R, ohmicResistance, chargeTransferResistance, conductivity
                }
                """);
        StudySource source = new StudySource(List.of(studyFile.toString()), "Grid");
        StudyPlan plan = StudyCompiler.compile(source.load());
        PointEvaluator evaluator = source.evaluator(plan);

        for (long index : new long[] { 0, 4, 7, 14, 3 }) {
            StudyPoint point = plan.point(index);
            PointResult lean = evaluator.evaluate(point);
            double[] full = fullRun(point.values()[0], point.values()[1], 1e-4);

            assertFalse(lean.failed(), lean.message());
            for (int i = 0; i < OUTPUTS.size(); i++) {
                // Exactly: the same engines on the same inputs, whatever path the values took.
                assertEquals(full[i], lean.outputs()[i], 0, OUTPUTS.get(i) + " at point " + index);
            }
        }
    }

    @Test
    void aPointThatChangesADeclaredMaterialGetsTheLibraryOfItsOwnValue() throws IOException {
        Path studyFile = write("study.iph", 500, 1, 1e-4, """
                study Sigma of Eis {
                  vary ionicConductivity of LATP over 1e-4 S/cm, 4e-4 S/cm
                  output ASR, R, ohmicResistance, chargeTransferResistance, conductivity
                }
                """);
        StudySource source = new StudySource(List.of(studyFile.toString()), "Sigma");
        StudyPlan plan = StudyCompiler.compile(source.load());
        PointEvaluator evaluator = source.evaluator(plan);

        double[] low = evaluator.evaluate(plan.point(0)).outputs();
        double[] high = evaluator.evaluate(plan.point(1)).outputs();

        for (int i = 0; i < OUTPUTS.size(); i++) {
            assertEquals(fullRun(500, 1, 1e-4)[i], low[i], 0, OUTPUTS.get(i) + " at 1e-4 S/cm");
            assertEquals(fullRun(500, 1, 4e-4)[i], high[i], 0, OUTPUTS.get(i) + " at 4e-4 S/cm");
        }
        // More conductive grains lower the cell's resistance (its grain boundaries, which stay, keep it from falling
        // fourfold): the point saw its own value, not a library combined for the first point.
        assertTrue(high[1] < low[1] && high[4] > low[4], "R " + low[1] + " then " + high[1]);
    }

    @Test
    void thePointsExperimentRunsAsASimulationWithThePointsValuesAndGivesItsOutputs() throws IOException {
        Path studyFile = write("study.iph", 500, 1, 1e-4, """
                study Both of Eis {
                  vary thickness of Pellet.film over 100 µm, 700 µm
                  vary ionicConductivity of LATP over 1e-4 S/cm, 4e-4 S/cm
                  output ASR, R, ohmicResistance, chargeTransferResistance, conductivity
                }
                """);
        StudySource source = new StudySource(List.of(studyFile.toString()), "Both");
        StudyPlan plan = StudyCompiler.compile(source.load());

        // Point 1 is 100 µm at 4e-4 S/cm, point 2 is 700 µm at 1e-4 S/cm (the first parameter varies slowest).
        double[][] written = { fullRun(100, 1, 4e-4), fullRun(700, 1, 1e-4) };
        for (int k = 0; k < 2; k++) {
            List<Result> results = new RunExecutor(Libraries.installed())
                    .execute(source.experimentAt(plan, plan.point(k + 1)), RunMonitor.NONE).run().getResults();
            for (int i = 0; i < OUTPUTS.size(); i++) {
                assertEquals(written[k][i], summary(results, OUTPUTS.get(i)), 0,
                        OUTPUTS.get(i) + " at point " + (k + 1));
            }
        }
    }

    private static double summary(List<Result> results, String name) {
        StudyOutput output = StudyOutput.named(name).orElseThrow();
        return results.get(0).getSummary().stream().filter(value -> output.matches(value.getName()))
                .mapToDouble(RunValue::getValue).findFirst().orElseThrow();
    }

    /** The outputs a single run reports for the pellet written with this thickness, area and conductivity. */
    private double[] fullRun(double micrometres, double squareCentimetres, double siemensPerCentimetre)
            throws IOException {
        Path file = write("point.iph", micrometres, squareCentimetres, siemensPerCentimetre,
                "study Point of Eis { output ASR }\n");
        List<Result> results = new RunExecutor(Libraries.installed())
                .execute(new StudySource(List.of(file.toString()), "Point").load().getExperiment(), RunMonitor.NONE)
                .run().getResults();
        return OUTPUTS.stream().mapToDouble(name -> summary(results, name)).toArray();
    }

    private Path write(String name, double micrometres, double squareCentimetres, double siemensPerCentimetre,
            String study) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, """
                material LATP {
                  ionicConductivity = %s S/cm at 25 °C source Estimate "a test's value"
                }
                stack Pellet {
                  area %s cm2
                  temperature 25 °C
                  lithium Li
                  electrolyte film: LATP %s µm
                  lithium Li
                }
                experiment Eis on Pellet {
                  impedance from 1 MHz to 0.1 Hz
                }
                """.formatted(Double.toString(siemensPerCentimetre).replace('E', 'e'), squareCentimetres, micrometres)
                + study, StandardCharsets.UTF_8);
        return file;
    }
}
