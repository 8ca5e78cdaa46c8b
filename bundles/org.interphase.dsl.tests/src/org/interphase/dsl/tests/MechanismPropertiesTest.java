package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * A plating/stripping run on materials of the user's own that switch on a mechanism without the properties it reads
 * (an electronically insulating coating in front of an electrolyte Li reduces: tunnelling; a Li electrode of one's
 * own: stripping voids) is a validation error on the experiment's line naming the material and the property, one at
 * a time, and Quick Fix writes each line until the experiment validates; never a refusal after Simulate.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class MechanismPropertiesTest {

	/** Line 2 onwards: the user's materials; the experiment's line is {@link #experimentLine}. */
	private static final String CELL = """
			source Made "values of this test"
			%s
			stack Sym {
			  area 1 cm2
			  temperature 25 °C
			  lithium %s
			  coating %s 2 nm
			  electrolyte %s 500 µm
			  coating %s 2 nm
			  lithium %s
			}
			experiment Plating on Sym {
			  plating-stripping 0.1 mA/cm2 half-cycle 1 h for 4 h
			}
			""";

	private static final String INSULATING = """
			material Coat "Al2O3" {
			  class binary-oxide
			  ionicConductivity = 1e-8 S/cm at 25 °C source Made "test"
			  relativePermittivity = 9 source Made "test"
			  electronicallyInsulating = true source Made "test"
			}
			""";

	private static final String OWN_LITHIUM = """
			material Foil "Li" {
			  class anode
			  theoreticalCapacity = 3860 mAh/g source Made "test"
			  density = 0.53 g/cm3 source Made "test"
			}
			""";

	@Inject
	private ValidationIssues validation;

	@Test
	void anInsulatingCoatingOnAnElectrolyteLiReducesNeedsItsTunnellingLength() {
		String text = CELL.formatted(INSULATING, "Li", "Coat", "LATP", "Coat", "Li");

		assertEquals(List.of("Coat tunnellingLength"), completedByQuickFix(text));
	}

	@Test
	void aLithiumElectrodeOfOnesOwnNeedsWhatStrippingReads() {
		String text = CELL.formatted(INSULATING.replace("electronicallyInsulating = true", "tunnellingLength = 0.1 nm")
				+ OWN_LITHIUM, "Foil", "Coat", "LLZO", "Coat", "Foil");

		assertEquals(List.of("Foil criticalStrippingCurrentDensity", "Foil strippingReferencePressure",
				"Foil voidRoughness"), completedByQuickFix(text));
	}

	/**
	 * Completes the file by the quick fixes of its missing-property errors; returns what each named, after checking
	 * that it was an error on the experiment's line and that the completed file validates without errors.
	 */
	private List<String> completedByQuickFix(String text) {
		ValidationIssues.Completion completion = validation.completeMissingProperties(text, 10);
		List<String> named = new ArrayList<>();
		for (int i = 0; i < completion.fixed().size(); i++) {
			Issue issue = completion.fixed().get(i);
			// Each fix adds a line above the experiment.
			int experimentLine = (int) completion.foundIn().get(i).lines()
					.takeWhile(line -> !line.startsWith("experiment ")).count() + 1;
			assertEquals(Severity.ERROR, issue.getSeverity());
			assertEquals(experimentLine, issue.getLineNumber(), issue.getMessage());
			assertEquals("Plating cannot be simulated: " + issue.getData()[0] + " has no " + issue.getData()[1]
					+ "; state it in this file (Quick Fix writes the line to complete)", issue.getMessage());
			named.add(issue.getData()[0] + " " + issue.getData()[1]);
		}
		assertEquals(List.of(), validation.of(completion.text()).stream()
				.filter(i -> i.getSeverity() == Severity.ERROR).toList(), completion.text());
		return named;
	}
}
