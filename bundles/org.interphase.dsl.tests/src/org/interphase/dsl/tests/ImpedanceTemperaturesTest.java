package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.model.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** "impedance … at 25 °C, 60 °C": the temperatures written are the temperatures simulated. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class ImpedanceTemperaturesTest {

	/** {@code %s}: what follows the frequencies. */
	private static final String CELL = """
			stack Film {
			  area 1 cm2
			  temperature 25 °C
			  collector Ag
			  electrolyte LLTO-film-annealed-300 350 nm
			  collector Ag
			}
			experiment Eis on Film {
			  impedance from 1 MHz to 1 Hz %s
			}
			""";

	private final ModelCompiler compiler = new ModelCompiler(Libraries.builtIn());

	@Inject
	private TestModels models;
	@Inject
	private ValidationIssues issues;

	private CompiledRun compiled(String clause) {
		Experiment experiment = (Experiment) TestModels.lastElement(models.parseValid(CELL.formatted(clause)));
		return compiler.compile(experiment).runs().get(0);
	}

	@Test
	void severalTemperaturesMakeASeriesAtExactlyThoseTemperatures() {
		CompiledRun.ImpedanceSeries series = assertInstanceOf(CompiledRun.ImpedanceSeries.class,
				compiled("at 25 °C, 60 °C, 373.15 K"));
		assertArrayEquals(new double[] {298.15, 333.15, 373.15}, series.temperatures(), 1e-9);
	}

	@Test
	void oneTemperatureMovesTheWholeSpectrumThere() {
		CompiledRun.Impedance hot = assertInstanceOf(CompiledRun.Impedance.class, compiled("at 80 °C"));
		CompiledRun.Impedance room = assertInstanceOf(CompiledRun.Impedance.class, compiled(""));
		assertEquals(353.15, hot.stack().temperature(), 1e-9);
		assertEquals(298.15, room.stack().temperature(), 1e-9);
	}

	@Test
	void aSeriesOfOneTemperatureRepeatedIsAnError() {
		List<Issue> found = issues.of(CELL.formatted("at 25 °C, 298.15 K"));
		Issue issue = issues.single(found, InterphaseIssueCodes.IMPOSSIBLE_VALUE, Severity.ERROR, 9);
		assertTrue(issue.getMessage().contains("two different temperatures"), issue.getMessage());
	}

	@Test
	void aTemperatureInTheWrongUnitIsAnError() {
		issues.single(issues.of(CELL.formatted("at 25 °C, 60 V")), InterphaseIssueCodes.WRONG_DIMENSION,
				Severity.ERROR, 9);
	}

	@Test
	void aLayerWithoutActivationEnergyCannotBeMovedToAnotherTemperature() {
		List<Issue> found = issues.of(CELL.formatted("at 25 °C, 60 °C").replace("LLTO-film-annealed-300",
				"LATP").replace("collector Ag", "collector SS"));
		Issue issue = issues.single(found, InterphaseIssueCodes.CANNOT_SIMULATE, Severity.ERROR, 8);
		assertTrue(issue.getMessage().contains("LATP"), issue.getMessage());
	}
}
