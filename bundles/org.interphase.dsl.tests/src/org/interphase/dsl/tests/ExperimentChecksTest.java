package org.interphase.dsl.tests;

import static org.interphase.dsl.tests.binding.PaperStacks.ROOM;
import static org.interphase.dsl.tests.binding.PaperStacks.STACKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import com.google.inject.Inject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.dsl.binding.SymmetricBinding;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.library.MaterialCurve;
import org.interphase.sim.protocol.ProtocolException;
import org.interphase.sim.protocol.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Protocol sentences, cut-off voltages against the cathode's window, and the critical current density. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class ExperimentChecksTest {

	private static final String CELL = """
			stack Cell {
			  cathode NCM523
			  electrolyte LLZO
			  lithium Li
			}
			""";
	/** Line of the experiment header after {@link #CELL}. */
	private static final int EXPERIMENT = 6;

	@Inject
	private ValidationIssues issues;

	@Test
	void unreadableSentenceIsAnErrorAtTheColumnTheProtocolParserNames() {
		String sentence = "Charge at C/10 untill 4.2 V";
		ProtocolException expected = assertThrows(ProtocolException.class, () -> Step.parse(sentence));
		String text = CELL + """
				experiment E on Cell {
				  cycling { "Rest for 1 hour", "%s" }
				}
				""".formatted(sentence);

		Issue issue = issues.single(issues.of(text), InterphaseIssueCodes.BAD_PROTOCOL_SENTENCE, Severity.ERROR,
				EXPERIMENT + 1);
		assertEquals(text.indexOf(sentence) + expected.column(), issue.getOffset());
		assertEquals(expected.getMessage(), issue.getMessage());
	}

	@Test
	void cutOffAboveTheCathodesOpenCircuitRangeIsAWarningOnTheVoltage() {
		double top = Arrays.stream(Libraries.builtIn().curvesOf("NCM523", MaterialCurve.OPEN_CIRCUIT_POTENTIAL)
				.get(0).values()).max().orElseThrow();
		assertTrue(top < 4.5, "the test needs a cut-off above the library's NCM523 curve, which ends at " + top);
		String text = CELL + """
				experiment E on Cell {
				  cycling { "Charge at C/10 until 4.5 V", "Discharge at C/10 until 3.2 V" }
				}
				""";

		Issue issue = issues.single(issues.of(text), InterphaseIssueCodes.CUTOFF_OUTSIDE_WINDOW, Severity.WARNING,
				EXPERIMENT + 1);
		assertEquals(text.indexOf("4.5 V"), issue.getOffset());
		assertTrue(issue.getMessage().contains("OCV-NCM523"), issue.getMessage());
	}

	@Test
	void aCathodeLayersOwnStabilityLimitsAreTheWindowOfItsStackAlone() {
		String experiment = """
				experiment E on Cell {
				  cycling { "Charge at C/10 until 4.5 V", "Discharge at C/10 until 3.2 V" }
				}
				""";
		String own = CELL.replace("cathode NCM523", "cathode NCM523 { reductionLimit = 3 V oxidationLimit = 4.6 V }");
		Issue issue = issues.single(issues.of(own + experiment.replace("4.5 V", "4.7 V")),
				InterphaseIssueCodes.CUTOFF_OUTSIDE_WINDOW, Severity.WARNING, EXPERIMENT + 1);
		assertTrue(issue.getMessage().contains("NCM523 stability limits"), issue.getMessage());
		issues.none(issues.of(own + experiment), InterphaseIssueCodes.CUTOFF_OUTSIDE_WINDOW);
	}

	@Test
	void rateCapabilityWindowIsCheckedAndCompositeCathodesUseTheirActiveMaterial() {
		List<Issue> found = issues.of("""
				material Carbon "C"
				material LfpComposite { composition LFP 80 wt%, Carbon 20 wt% }
				stack Cell {
				  cathode LfpComposite
				  electrolyte LLZO
				  lithium Li
				}
				experiment E on Cell {
				  rate-capability { rates C/10, 1C window 2.5 V to 4.2 V }
				}
				""");
		issues.single(found, InterphaseIssueCodes.CUTOFF_OUTSIDE_WINDOW, Severity.WARNING, 9);
	}

	@Test
	void platingAboveTheCriticalCurrentDensityIsAWarningWithItsSource() {
		// The run's CCD of the file's Li | LLZO | Li.
		SourcedQuantity ccd = SymmetricBinding.criticalCurrentDensity(Libraries.builtIn(), STACKS.stack(
				STACKS.electrode("Li"), List.of(STACKS.layer("LLZO", 1e-3)), STACKS.electrode("Li"), 1e-4, ROOM))
				.orElseThrow();
		Issue issue = issues.single(issues.of("""
				stack Sym { area 1 cm2 temperature 25 °C lithium Li electrolyte LLZO 1 mm lithium Li }
				experiment E on Sym {
				  plating-stripping 1 mA/cm2 half-cycle 1 h for 100 h
				}
				"""), InterphaseIssueCodes.ABOVE_CRITICAL_CURRENT, Severity.WARNING, 3);
		assertEquals(ccd.value().text(), issue.getData()[0]);
		assertTrue(issue.getMessage().contains(ccd.source().key()), issue.getMessage());
	}

	@Test
	void experimentWithinEveryLimitHasNoIssue() {
		// Stacks that state everything a run needs, since validation also compiles each experiment: the library has
		// no NCM523|LLZO contact, so the file declares its kinetics.
		issues.clean(issues.of("""
				source Estimate "order of oxide cathode|oxide electrolyte contacts"
				interface IF-NCM523-LLZO {
				  between = NCM523
				  and = LLZO
				  exchangeCurrentDensity = 0.02 mA/cm2 at 25 °C source Estimate "no source gives it"
				  doubleLayerCapacitance = 10 µF/cm2 source Estimate "typical of solid contacts"
				}
				stack Cell {
				  area 1 cm2
				  temperature 25 °C
				  cathode NCM523 1 µm
				  electrolyte LLZO 1 mm
				  lithium Li 100 µm
				}
				stack Symmetric {
				  area 1 cm2
				  temperature 25 °C
				  lithium Li
				  electrolyte LLZO 1 mm
				  lithium Li
				}
				experiment E on Cell {
				  cycling { repeat 2 { "Charge at C/10 until 4.2 V", "Discharge at C/10 until 3.2 V" } }
				  rate-capability { rates C/10, 1C window 3.2 V to 4.2 V }
				}
				experiment P on Symmetric {
				  impedance from 1 MHz to 1 Hz
				  plating-stripping 0.01 mA/cm2 half-cycle 1 h for 100 h
				}
				"""));
	}
}
