package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.model.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** "half-cycle 0.5 mAh/cm2": a half-cycle given as the areal capacity it passes, as many papers give it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class HalfCycleCapacityTest {

	/** {@code %s}: the current density, the half-cycle and the total time. */
	private static final String CELL = """
			stack Sym {
			  area 1 cm2
			  temperature 25 °C
			  lithium Li
			  electrolyte LLZO 1 mm
			  lithium Li
			}
			experiment Cycling on Sym {
			  plating-stripping %s half-cycle %s for %s
			}
			""";

	private final ModelCompiler compiler = new ModelCompiler(Libraries.builtIn());

	@Inject
	private TestModels models;
	@Inject
	private ValidationIssues issues;

	private double halfCycleSeconds(String current, String halfCycle) {
		Experiment experiment = (Experiment) TestModels.lastElement(models.parseValid(CELL.formatted(current,
				halfCycle, "10 h")));
		return ((CompiledRun.PlatingStripping) compiler.compile(experiment).runs().get(0)).input().halfCycleTime();
	}

	@Test
	void anArealCapacityIsPassedInCapacityOverCurrentDensity() {
		assertEquals(3600, halfCycleSeconds("0.1 mA/cm2", "0.1 mAh/cm2"), 1e-9);
		assertEquals(1800, halfCycleSeconds("0.2 mA/cm2", "0.1 mAh/cm2"), 1e-9, "twice the current, half the time");
		assertEquals(3600, halfCycleSeconds("0.2 mA/cm2", "1 h"), 1e-9);
	}

	@Test
	void aHalfCycleOfAnotherKindIsAnError() {
		issues.single(issues.of(CELL.formatted("0.1 mA/cm2", "0.1 mA", "10 h")), InterphaseIssueCodes.WRONG_DIMENSION,
				Severity.ERROR, 9);
	}

	@Test
	void theRunLengthLimitCountsHalfCyclesGivenAsCapacity() {
		issues.single(issues.of(CELL.formatted("10 mA/cm2", "0.000001 mAh/cm2", "10000 h")),
				InterphaseIssueCodes.ABOVE_LIMIT, Severity.ERROR, 9);
	}
}
