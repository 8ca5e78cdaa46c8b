package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.model.Experiment;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.stack.CellCondition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * A CCD ramp of Li | LLZO | Li: the CCD follows from the interface's CCD (0.28 mA/cm², Flatscher 2020) and the
 * void model of Li (critical stripping current 0.2 mA/cm² at 3 MPa, Kasemchainan 2019), with the stack pressure the
 * file states. A prediction of the model's structure; no CCD was fitted to a ramp.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class CurrentRampTest {

	/** {@code %s}: the stack pressure and the ramp's step time. */
	private static final String CELL = """
			stack Sym {
			  area 1 cm2
			  temperature 25 °C
			  pressure %s
			  lithium Li
			  electrolyte LLZO 1 mm
			  lithium Li
			}
			experiment Ccd on Sym {
			  plating-stripping 0.05 mA/cm2 half-cycle 1 h for 40 h, ramp 0.05 mA/cm2 every %s
			}
			""";

	private final ModelCompiler compiler = new ModelCompiler(Libraries.builtIn());

	@Inject
	private TestModels models;
	@Inject
	private ValidationIssues issues;

	/** The CCD of the ramp, mA/cm². */
	private double ccd(String pressure) {
		Experiment experiment = (Experiment) TestModels.lastElement(models.parseValid(CELL.formatted(pressure, "2 h")));
		CompiledRun.CriticalCurrentRamp ramp = (CompiledRun.CriticalCurrentRamp) compiler.compile(experiment).runs()
				.get(0);
		assertEquals("1-ccd-ramp", ramp.label());
		return ramp.ramp().run(ramp.model(), CellCondition.ASSEMBLED, RunMonitor.NONE).criticalCurrentDensity()
				.orElseThrow() / 10;
	}

	@Test
	void higherStackPressureRaisesTheCriticalCurrentDensity() {
		// 3 MPa: voids open above 0.2 mA/cm², and at 0.25 mA/cm² they focus the plating current past 0.28 mA/cm².
		double low = ccd("3 MPa");
		// 10 MPa: creep refills up to 0.67 mA/cm², so the ramp shorts at its first step above the interface's CCD.
		double high = ccd("10 MPa");
		assertEquals(0.25, low, 1e-9);
		assertEquals(0.30, high, 1e-9);
	}

	@Test
	void aStepTimeOfPartCyclesIsAnErrorOnItsLine() {
		Issue issue = issues.single(issues.of(CELL.formatted("3 MPa", "3 h")), InterphaseIssueCodes.IMPOSSIBLE_VALUE,
				Severity.ERROR, 10);
		assertTrue(issue.getMessage().contains("whole cycles"), issue.getMessage());
	}
}
