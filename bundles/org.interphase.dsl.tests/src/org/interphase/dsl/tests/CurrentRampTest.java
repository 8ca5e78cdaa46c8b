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
 * A CCD ramp of Li | Al2O3 | LLZO | Al2O3 | Li: the CCD follows from the Li contact's kinetics (150 Ω cm², R-058) and
 * LLZO's penetration overpotential, lowered by the void model of Li (critical stripping current 0.2 mA/cm² at 3 MPa,
 * Kasemchainan 2019) at the stack pressure the file states. A prediction of the model's structure; no CCD was fitted.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class CurrentRampTest {

	/** {@code %s}: the stack pressure, the coating and the ramp's step time. */
	private static final String CELL = """
			stack Sym {
			  area 1 cm2
			  temperature 25 °C
			  pressure %s
			  lithium Li%s
			  electrolyte LLZO 1 mm%s
			  lithium Li
			}
			experiment Ccd on Sym {
			  plating-stripping 0.05 mA/cm2 half-cycle 1 h for 40 h, ramp 0.05 mA/cm2 every %s
			}
			""";
	private static final String COATING = "\n  coating Al2O3-ALD 5 nm";

	private final ModelCompiler compiler = new ModelCompiler(Libraries.builtIn());

	@Inject
	private TestModels models;
	@Inject
	private ValidationIssues issues;

	private CompiledRun.CriticalCurrentRamp ramp(String pressure, String coating) {
		Experiment experiment = (Experiment) TestModels.lastElement(models.parseValid(CELL.formatted(pressure, coating,
				coating, "2 h")));
		CompiledRun.CriticalCurrentRamp ramp = (CompiledRun.CriticalCurrentRamp) compiler.compile(experiment).runs()
				.get(0);
		assertEquals("1-ccd-ramp", ramp.label());
		return ramp;
	}

	/** The CCD of the ramp, mA/cm². */
	private double ccd(String pressure, String coating) {
		CompiledRun.CriticalCurrentRamp ramp = ramp(pressure, coating);
		return ramp.ramp().run(ramp.model(), CellCondition.ASSEMBLED, RunMonitor.NONE).criticalCurrentDensity()
				.orElseThrow() / 10;
	}

	@Test
	void higherStackPressureRaisesTheCriticalCurrentDensityToTheContactsOwn() {
		// 20 MPa: creep refills up to 1.3 mA/cm², above the contact's CCD, so no voids open before the ramp passes it.
		double own = ramp("20 MPa", COATING).model().criticalCurrentDensity().orElseThrow().value().in("mA/cm2");
		double high = ccd("20 MPa", COATING);
		// 3 MPa: voids open above 0.2 mA/cm² and focus the plating current onto what contact is left.
		double low = ccd("3 MPa", COATING);
		assertEquals(0.05 * Math.ceil(own / 0.05), high, 1e-9, "the first step above " + own + " mA/cm2");
		assertTrue(low < high && low > 0.2, () -> low + " mA/cm2 at 3 MPa");
	}

	@Test
	void theBareGarnetShortsAtTheFirstStep() {
		// 3500 Ω cm² against 150: its CCD is 23 times lower, below the ramp's first 0.05 mA/cm².
		assertEquals(0.05, ccd("10 MPa", ""), 1e-9);
	}

	@Test
	void aStepTimeOfPartCyclesIsAnErrorOnItsLine() {
		Issue issue = issues.single(issues.of(CELL.formatted("3 MPa", "", "", "3 h")), InterphaseIssueCodes.IMPOSSIBLE_VALUE,
				Severity.ERROR, 10);
		assertTrue(issue.getMessage().contains("whole cycles"), issue.getMessage());
	}
}
