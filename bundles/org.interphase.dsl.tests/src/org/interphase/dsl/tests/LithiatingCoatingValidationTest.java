package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A coating declared as lithiating against Li must say how it activates before a plating/stripping run can start:
 * validation names on the experiment every property the mechanism lacks, at once, as the run would refuse it, and
 * one Quick Fix writes them all.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class LithiatingCoatingValidationTest {

	private static final String CELL = """
			material Coat-X "Al2O3" {
			  class binary-oxide
			  lithiates = true source Estimate "test"
			  ionicConductivity = 1e-8 S/cm at 25 °C source Estimate "test"
			  relativePermittivity = 9 source Estimate "test"
			%s}
			stack Cell {
			  temperature 25 °C
			  lithium Li
			  coating Coat-X 10 nm
			  electrolyte pellet: LATP
			  coating Coat-X 10 nm
			  lithium Li
			}
			experiment Cycling on Cell {
			  plating-stripping 0.01 mA/cm2 half-cycle 1 h for 10 h
			}
			""";

	@Inject
	private ValidationIssues validation;

	private List<Issue> missing(String extra) {
		return validation.of(CELL.formatted(extra)).stream()
				.filter(i -> InterphaseIssueCodes.MISSING_PROPERTY.equals(i.getCode())).toList();
	}

	@Test
	void aLithiatingCoatingWithoutItsActivationPropertiesIsOneErrorNamingBoth() {
		List<Issue> issues = missing("");

		assertEquals(1, issues.size(), issues::toString);
		assertEquals(Severity.ERROR, issues.get(0).getSeverity());
		assertEquals(List.of("Coat-X", "lithiatedIonicConductivity, lithiationRateConstant"),
				List.of(issues.get(0).getData()).subList(0, 2));
		assertTrue(issues.get(0).getMessage().contains(
				"Coat-X has no lithiatedIonicConductivity and lithiationRateConstant; state them"),
				issues.get(0).getMessage());
	}

	@Test
	void oneQuickFixWritesBothLinesAndTheCellValidates() {
		ValidationIssues.Completion completion = validation.completeMissingProperties(CELL.formatted(""), 5);

		assertEquals(1, completion.fixed().size(), completion.text());
		assertEquals(List.of("lithiatedIonicConductivity", "lithiationRateConstant"), completion.properties());
		assertTrue(completion.text().contains("  lithiatedIonicConductivity = "), completion.text());
		assertTrue(completion.text().contains("  lithiationRateConstant = "), completion.text());
		assertEquals(List.of(), validation.of(completion.text()).stream()
				.filter(i -> i.getSeverity() == Severity.ERROR).toList(), completion.text());
	}

	@Test
	void withOneOfThemOnlyTheOtherIsAsked() {
		List<Issue> issues = missing("  lithiatedIonicConductivity = 1e-7 S/cm at 25 °C source Estimate \"test\"\n");

		assertEquals(1, issues.size(), issues::toString);
		assertEquals("lithiationRateConstant", issues.get(0).getData()[1]);
	}

	@Test
	void withBothTheCellValidates() {
		String both = "  lithiatedIonicConductivity = 1e-7 S/cm at 25 °C source Estimate \"test\"\n"
				+ "  lithiationRateConstant = 1e-21 m2/s source Estimate \"test\"\n";

		assertEquals(List.of(), validation.of(CELL.formatted(both)).stream()
				.filter(i -> i.getSeverity() == Severity.ERROR).toList());
	}
}
