package org.interphase.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the measurements of issue 13 report can be a study's output: the onset of an LSV follows the oxidation limit a
 * point gives the electrolyte, the activation energy of a temperature series is the film's whatever its thickness,
 * the critical current density of a ramp rises with stack pressure, and the Li a half-cycle plates with its current.
 */
class NewOutputsTest {

    @TempDir
    Path folder;

    private double[][] outputs(String file, String study) throws IOException {
        Path path = folder.resolve(study + ".iph");
        Files.writeString(path, file, StandardCharsets.UTF_8);
        StudySource source = new StudySource(java.util.List.of(path.toString()), study);
        StudyPlan plan = StudyCompiler.compile(source.load());
        PointEvaluator evaluator = source.evaluator(plan);
        double[][] outputs = new double[(int) plan.size()][];
        for (int i = 0; i < outputs.length; i++) {
            PointResult result = evaluator.evaluate(plan.point(i));
            assertFalse(result.failed(), result.message());
            outputs[i] = result.outputs();
        }
        return outputs;
    }

    @Test
    void theOnsetOfAnLsvMovesWithTheElectrolytesOxidationLimit() throws IOException {
        double[][] onset = outputs("""
                material LATP { oxidationLimit = 4.4 V source Estimate "a test's value" }
                stack Window {
                  area 0.503 cm2
                  temperature 25 °C
                  lithium Li
                  electrolyte LATP 500 µm
                  collector SS
                }
                experiment Sweep on Window { lsv from 3 V to 5.5 V at 1 mV/s, onset 10 µA/cm2 }
                study Onset of Sweep {
                  vary oxidationLimit of LATP over 4.0 V, 4.6 V
                  output onset
                }
                """, "Onset");

        assertEquals(0.6, onset[1][0] - onset[0][0], 0.05, "onsets " + onset[0][0] + " and " + onset[1][0] + " V");
    }

    @Test
    void theActivationEnergyOfATemperatureSeriesIsTheFilmsAtAnyThickness() throws IOException {
        double[][] energy = outputs("""
                stack Film {
                  area 0.459 cm2
                  temperature 25 °C
                  collector Ag
                  electrolyte film: LLTO-film-annealed-300 350 nm
                  collector Ag
                }
                experiment Series on Film { impedance from 1 MHz to 0.1 Hz at 25 °C, 60 °C, 100 °C }
                study Energy of Series {
                  vary thickness of Film.film over 350 nm, 700 nm
                  output activationEnergy
                }
                """, "Energy");

        // LLTO-film-annealed-300 declares 0.33 eV (Tan et al. 2021, Fig. 1g).
        assertEquals(0.33, energy[0][0], 0.05 * 0.33);
        assertEquals(0.33, energy[1][0], 0.05 * 0.33);
    }

    @Test
    void theCriticalCurrentDensityOfARampRisesWithStackPressureAndPlatedLiWithCurrent() throws IOException {
        String cell = """
                stack Garnet {
                  area 0.503 cm2
                  temperature 25 °C
                  pressure 3 MPa
                  lithium Li
                  coating Al2O3-ALD 4 nm
                  electrolyte LLCZN 1 mm
                  coating Al2O3-ALD 4 nm
                  lithium Li
                }
                """;
        double[][] ccd = outputs(cell + """
                experiment Ramp on Garnet {
                  plating-stripping 0.05 mA/cm2 half-cycle 1 h for 80 h, ramp 0.05 mA/cm2 every 2 h
                }
                study Pressure of Ramp {
                  vary pressure of Garnet over 3 MPa, 6 MPa
                  output criticalCurrentDensity
                }
                """, "Pressure");
        assertTrue(ccd[1][0] > ccd[0][0], "CCD at 3 MPa " + ccd[0][0] + ", at 6 MPa " + ccd[1][0] + " mA/cm2");

        double[][] plated = outputs(cell + """
                experiment Cycling on Garnet {
                  plating-stripping 0.1 mA/cm2 half-cycle 1 h for 4 h
                }
                study Current of Cycling {
                  vary currentDensity from 0.1 mA/cm2 to 0.2 mA/cm2 step 0.1 mA/cm2
                  output platedLithium
                }
                """, "Current");
        // 4.89 µm of Li per mAh/cm² (facts §d16).
        assertEquals(0.489, plated[0][0], 0.001);
        assertEquals(0.978, plated[1][0], 0.002);
    }
}
