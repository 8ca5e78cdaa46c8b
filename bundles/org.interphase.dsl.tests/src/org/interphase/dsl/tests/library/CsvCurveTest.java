package org.interphase.dsl.tests.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.tests.InterphaseInjectorProvider;
import org.interphase.dsl.tests.TestModels;
import org.interphase.library.MaterialCurve;
import org.interphase.model.Experiment;
import org.interphase.sim.cycling.CyclingSimulation;
import org.interphase.sim.cycling.SolverSettings;
import org.interphase.sim.electrochem.RunMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * A cathode's open-circuit curve read from a CSV file of stoichiometry and potential, with the stoichiometry range
 * the cell cycles over, is the same curve as the library's inline table: a cycling run comes out the same, and
 * moving the file's potentials moves the run.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class CsvCurveTest {

	/** A thin-film NCM523 | LLTO | Li cell cycled once at C/10; {@code %s} is a curve of NCM523 or nothing. */
	private static final String CELL = """
			source Lab "the Mohtat 2020 fit, tabulated by stoichiometry"
			%s
			stack Cell {
			  area 1 cm2
			  temperature 25 °C
			  cathode NCM523 1 µm
			  electrolyte LLTO-film-annealed-300 1 µm
			  lithium Li 100 µm
			}
			experiment Once on Cell {
			  cycling { "Charge at C/10 until 4.2 V", "Discharge at C/10 until 3.2 V" }
			}
			""";

	/** The library's NCM523 curve again, its table in a file; the note of the inline one gives s = 0.05 + 0.95 x. */
	private static final String FROM_FILE = """
			curve OCV-NCM523-Mohtat2020 {
			  material = NCM523
			  of = "openCircuitPotential"
			  x = "lithiation"
			  file = "ocv/ncm523.csv" source Lab "Table S1"
			  stoichiometry = 0.05 to 1.0 source Lab "Table S1"
			}
			""";

	@Inject
	private TestModels models;

	@TempDir
	Path folder;

	@Test
	void aCurveFromACsvFileCyclesAsTheSameInlineCurve() throws IOException {
		writeTable(volts -> volts);
		double inline = dischargeCapacity(CELL.formatted(""));
		double fromFile = dischargeCapacity(CELL.formatted(FROM_FILE));

		assertEquals(inline, fromFile, 1e-6 * inline);
	}

	@Test
	void movingThePotentialsInTheFileMovesTheCapacity() throws IOException {
		writeTable(volts -> volts);
		double same = dischargeCapacity(CELL.formatted(FROM_FILE));
		writeTable(volts -> volts + 0.05);
		double higher = dischargeCapacity(CELL.formatted(FROM_FILE));

		// 50 mV higher everywhere: the charge reaches 4.2 V at a lower state of charge.
		assertTrue(Math.abs(higher - same) > 1, "higher " + higher + ", same " + same + " mAh/g");
	}

	/** The library's inline NCM523 table as stoichiometry, potential rows, each potential mapped by {@code shift}. */
	private void writeTable(DoubleUnaryOperator shift) throws IOException {
		MaterialCurve inline = Libraries.builtIn().curvesOf("NCM523", MaterialCurve.OPEN_CIRCUIT_POTENTIAL).get(0);
		StringBuilder csv = new StringBuilder("stoichiometry,OCV / V\n");
		double[] x = inline.xs();
		double[] volts = inline.values();
		for (int i = 0; i < x.length; i++) {
			csv.append(String.format(Locale.ROOT, "%.15f,%.15f%n", 0.05 + 0.95 * x[i],
					shift.applyAsDouble(volts[i])));
		}
		Files.createDirectories(folder.resolve("ocv"));
		Files.writeString(folder.resolve("ocv/ncm523.csv"), csv);
	}

	private double dischargeCapacity(String text) {
		Experiment experiment = (Experiment) TestModels.lastElement(models.parseValid(text,
				folder.resolve("cell.iph").toUri().toString(), models.newResourceSet()));
		CompiledRun.Cycling run = (CompiledRun.Cycling) new ModelCompiler(Libraries.builtIn()).compile(experiment)
				.runs().get(0);
		return new CyclingSimulation(run.parameters(), run.protocol(), SolverSettings.DEFAULT).run(RunMonitor.NONE)
				.specificDischargeCapacity(1);
	}
}
