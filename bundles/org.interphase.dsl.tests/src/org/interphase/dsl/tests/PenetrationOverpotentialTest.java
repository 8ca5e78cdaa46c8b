package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.model.Experiment;
import org.interphase.sim.electrochem.ElectrochemConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * A file's {@code penetrationOverpotential} of its electrolyte is what the run's critical current density is made of:
 * validated with its unit, read by the binding, and moving the CCD as Butler–Volmer kinetics say.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class PenetrationOverpotentialTest {

	/** {@code %s}: LLZO's penetration overpotential as written. */
	private static final String FILE = """
			material LLZO {
			  penetrationOverpotential = %s source Estimate "a value to test"
			}
			stack Sym {
			  area 1 cm2
			  temperature 25 °C
			  lithium Li
			  electrolyte LLZO 1 mm
			  lithium Li
			}
			experiment P on Sym {
			  plating-stripping 0.01 mA/cm2 half-cycle 1 h for 10 h
			}
			""";

	private final ModelCompiler compiler = new ModelCompiler(Libraries.builtIn());

	@Inject
	private TestModels models;
	@Inject
	private ValidationIssues issues;

	/** The CCD the run of the file uses, A/m². */
	private double ccd(String overpotential) {
		Experiment experiment = (Experiment) TestModels.lastElement(models.parseValid(FILE.formatted(overpotential)));
		CompiledRun.PlatingStripping run = (CompiledRun.PlatingStripping) compiler.compile(experiment).runs().get(0);
		return run.model().criticalCurrentDensity().orElseThrow().value().si();
	}

	@Test
	void twiceThePenetrationOverpotentialRaisesTheCcdByTheButlerVolmerRatio() {
		double x = 0.077 / (2 * ElectrochemConstants.thermalVoltage(298.15));
		assertEquals(Math.sinh(2 * x) / Math.sinh(x), ccd("154 mV") / ccd("77 mV"), 1e-9);
	}

	@Test
	void aPenetrationOverpotentialMustBeAPositiveVoltage() {
		for (String wrong : List.of("77 nm", "0 mV", "-5 mV")) {
			List<Issue> found = issues.of(FILE.formatted(wrong));
			assertTrue(found.stream().anyMatch(issue -> issue.getSeverity() == Severity.ERROR
					&& issue.getLineNumber() == 2), () -> wrong + ": " + ValidationIssues.describe(found));
		}
	}
}
