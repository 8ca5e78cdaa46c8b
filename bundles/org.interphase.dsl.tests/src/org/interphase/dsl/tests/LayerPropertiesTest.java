package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.CompiledStack;
import org.interphase.dsl.compiler.CompiledValue;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.study.StudySlots;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.model.Experiment;
import org.interphase.model.Layer;
import org.interphase.model.Model;
import org.interphase.model.Stack;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * A stack layer's own properties ({@code electrolyte LATP 1 mm { grainBoundaryConductivity = … }}) change that stack
 * and no other: two stacks of LATP in one file, one of them with a block, compile as if the block's values were that
 * stack's LATP and the other stack's LATP were untouched. A wrong block is an error on its line.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class LayerPropertiesTest {

	/** Two Li | LATP | Li stacks; {@code %s} is the block of the first stack's electrolyte (or nothing). */
	private static final String TWO_STACKS = """
			stack Other {
			  area 1 cm2
			  temperature 25 °C
			  lithium Li
			  electrolyte LATP 500 µm
			  lithium Li
			}
			stack Fitted {
			  area 1 cm2
			  temperature 25 °C
			  lithium Li
			  electrolyte LATP 1 mm%s
			  lithium Li
			}
			""";

	private final ModelCompiler compiler = new ModelCompiler(Libraries.builtIn());

	@Inject
	private TestModels models;

	@Inject
	private ValidationIssues issues;

	private CompiledStack compiled(String block, String stack) {
		Model model = models.parseValid(TWO_STACKS.formatted(block));
		return compiler.stack(model.getElements().stream().filter(e -> e instanceof Stack s
				&& s.getName().equals(stack)).map(Stack.class::cast).findFirst().orElseThrow());
	}

	/** The DC resistance of a compiled stack, Ω: the real part of its impedance at 1 mHz. */
	private static double dcResistance(CompiledStack stack) {
		return StackCircuitBuilder.circuit(stack.cell()).impedance(2 * Math.PI * 1e-3).getReal();
	}

	private static String gb(String conductivity) {
		return " { grainBoundaryConductivity = " + conductivity + " S/cm at 25 °C }";
	}

	@Test
	void theBlockMovesItsStacksGrainBoundaryResistanceAsOneOverSigma() {
		// R = R0 + k/σ_gb, so the steps from σ/10 to σ and from σ to 10σ differ by 1/σ: (10 − 1)/(1 − 0.1) = 10.
		double low = dcResistance(compiled(gb("2.07e-5"), "Fitted"));
		double library = dcResistance(compiled("", "Fitted"));
		double high = dcResistance(compiled(gb("2.07e-3"), "Fitted"));
		assertEquals(10, (low - library) / (library - high), 1e-9);
		assertEquals(library, dcResistance(compiled(gb("2.07e-4"), "Fitted")), 1e-9 * library,
				"the library's own value written in the block is the library's stack");
	}

	@Test
	void theOtherStackOfTheSameMaterialStaysExactlyTheSame() {
		CompiledStack without = compiled("", "Other");
		CompiledStack with = compiled(gb("2.07e-5"), "Other");
		assertEquals(dcResistance(without), dcResistance(with), 0.0);
		assertEquals(without.inputs(), with.inputs(), "same values from the same lines and library entries");
		assertNotEquals(dcResistance(compiled("", "Fitted")), dcResistance(compiled(gb("2.07e-5"), "Fitted")));
	}

	@Test
	void theBlocksValueIsTracedToItsLine() {
		CompiledStack fitted = compiled(gb("1.5e-4"), "Fitted");
		CompiledValue value = fitted.inputs().stream()
				.filter(input -> input.name().equals("grainBoundaryConductivity of LATP")).findFirst().orElseThrow();
		assertEquals(1.5e-2, value.si(), 1e-15);
		assertTrue(value.source().location().endsWith(":12"), value.source().toString());
		CompiledValue bulk = fitted.inputs().stream().filter(input -> input.name().equals("ionicConductivity of LATP"))
				.findFirst().orElseThrow();
		assertTrue(bulk.source().location().startsWith("library "), "what the block does not state stays the"
				+ " library's: " + bulk.source());
	}

	@Test
	void aFullCellsSeparatorReadsTheBlock() {
		String cell = """
				stack Cell {
				  area 1 cm2
				  temperature 25 °C
				  cathode NCM523 1 µm
				  electrolyte LLTO-film-annealed-300 1 µm%s
				  lithium Li 100 µm
				}
				experiment Rates on Cell {
				  rate-capability { rates C/10 window 3.2 V to 4.2 V }
				}
				""";
		double library = separator(cell.formatted(""));
		double tenTimesLower = separator(cell.formatted(" { ionicConductivity = 9.56e-7 S/cm at 25 °C }"));
		assertEquals(10, tenTimesLower / library, 1e-9);
	}

	private double separator(String text) {
		Experiment experiment = (Experiment) TestModels.lastElement(models.parseValid(text));
		return ((CompiledRun.Cycling) compiler.compile(experiment).runs().get(0)).parameters().separatorResistance();
	}

	@Test
	void aWrongUnitInTheBlockIsAnErrorOnItsLine() {
		List<Issue> found = issues.of(TWO_STACKS.formatted(" {\n    grainBoundaryConductivity = 1e-5 S at 25 °C\n  }"));
		issues.single(found, InterphaseIssueCodes.WRONG_DIMENSION, Severity.ERROR, 13);
	}

	@Test
	void anUnknownKeyInTheBlockIsAnErrorOnItsLine() {
		Issue issue = issues.single(issues.of(TWO_STACKS.formatted(" {\n    grainboundaryConductivity = 1e-5 S/cm at"
				+ " 25 °C\n  }")), InterphaseIssueCodes.UNKNOWN_PROPERTY, Severity.ERROR, 13);
		assertTrue(issue.getMessage().contains("did you mean grainBoundaryConductivity?"), issue.getMessage());
	}

	@Test
	void twoLayersOfOneMaterialInAStackStateTheSameBlock() {
		String text = """
				stack Two {
				  area 1 cm2
				  lithium Li
				  electrolyte LATP 1 mm { grainBoundaryConductivity = 1e-4 S/cm at 25 °C }
				  electrolyte LATP 1 mm
				  lithium Li
				}
				""";
		Issue issue = issues.single(issues.of(text), InterphaseIssueCodes.LIBRARY_ENTRY, Severity.ERROR, 5);
		assertTrue(issue.getMessage().contains("the one at line 4 are both LATP"), issue.getMessage());
		issues.none(issues.of(text.replace("LATP 1 mm\n", "LATP 1 mm { grainBoundaryConductivity = 1e-4 S/cm at 25"
				+ " °C }\n")), InterphaseIssueCodes.LIBRARY_ENTRY);
	}

	@Test
	void aStudyVariesTheLayersValueNotTheMaterialsItShadows() {
		Model model = models.parseValid("""
				material LATP { grainBoundaryConductivity = 2e-4 S/cm at 25 °C }
				stack Fitted {
				  area 1 cm2
				  temperature 25 °C
				  lithium Li
				  electrolyte pellet: LATP 1 mm { grainBoundaryConductivity = 1e-4 S/cm at 25 °C }
				  lithium Li
				}
				experiment Eis on Fitted {
				  impedance from 1 MHz to 1 Hz
				}
				""");
		Experiment experiment = (Experiment) TestModels.lastElement(model);
		Layer pellet = experiment.getStack().getLayers().get(1);
		String key = "grainBoundaryConductivity";
		assertTrue(StudySlots.resolve(pellet, key, experiment).slot().isPresent());
		String problem = StudySlots.resolve(pellet.getMaterial(), key, experiment).problem();
		assertTrue(problem.contains("vary 'grainBoundaryConductivity of Fitted.pellet'"), problem);

		double before = dcResistance(compiler.stack(experiment.getStack()));
		StudySlots.apply(pellet, key, experiment, 1e-5, "S/cm");
		double after = dcResistance(compiler.stack(experiment.getStack()));
		assertTrue(after > before, before + " Ω, then " + after + " Ω at a tenth of the grain-boundary conductivity");
	}
}
