package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * A plating/stripping run on materials of the user's own that switch on a mechanism without the properties it reads
 * (an electronically insulating coating in front of an electrolyte Li reduces: tunnelling; a Li electrode of one's
 * own: stripping voids) is a validation error on the experiment's line naming the material and the property, one at
 * a time, and Quick Fix writes each line until the experiment validates; never a refusal after Simulate. An interface
 * that lacks a mechanism's property (the growth law of Li's interphase with an electrolyte it reduces) is an error
 * saying what to add.
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
	 * Li reducing an electrolyte grows an interphase by the growth law of their interface entry: an entry that names
	 * the interphase without one is an error on the experiment saying what to add (an interface has no quick fix).
	 */
	@Test
	void anElectrolyteLiReducesNeedsTheGrowthLawOfItsInterphase() {
		String reduced = """
				material Red "Li1.3Al0.3Ti1.7(PO4)3" {
				  class NASICON
				  ionicConductivity = 1e-4 S/cm at 25 °C source Made "test"
				  relativePermittivity = 20 source Made "test"
				  reducedByLi = true source Made "test"
				}
				interface IF-Li-Red {
				  between = Li
				  and = Red
				  interphase = LATP-MCI
				  exchangeCurrentDensity = 0.05 mA/cm2 at 25 °C source Made "test"
				  doubleLayerCapacitance = 10 µF/cm2 source Made "test"
				  interphaseThickness = 100 nm source Made "test"
				%s}
				""";
		String cell = """
				stack Bare {
				  area 1 cm2
				  temperature 25 °C
				  lithium Li
				  electrolyte Red 500 µm
				  lithium Li
				}
				experiment Plating on Bare {
				  plating-stripping 0.1 mA/cm2 half-cycle 1 h for 4 h
				}
				""";
		String without = "source Made \"values of this test\"\n" + reduced.formatted("") + cell;
		int experimentLine = (int) without.lines().takeWhile(line -> !line.startsWith("experiment ")).count() + 1;

		Issue issue = validation.single(validation.of(without), InterphaseIssueCodes.CANNOT_SIMULATE, Severity.ERROR,
				experimentLine);
		assertTrue(issue.getMessage().contains("interface IF-Li-Red names the interphase LATP-MCI but gives no growth"
				+ " law; add an 'interphaseGrowthConstant = <k> m2/s"), issue.getMessage());
		String with = without.replace("interphaseThickness = 100 nm source Made \"test\"\n", "interphaseThickness ="
				+ " 100 nm source Made \"test\"\n  interphaseGrowthConstant = 4.5e-19 m2/s source Made \"test\"\n");
		assertEquals(List.of(), validation.of(with).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList(),
				with);
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
