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

/** Units checked by dimension in every slot, property keys against the library, and impossible values. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class QuantityChecksTest {

	@Inject
	private ValidationIssues issues;

	@Test
	void unknownUnitIsAnErrorOnTheUnitWithTheUnitsLibraryMessage() {
		String text = """
				stack S {
				  electrolyte LLZO 1 mmm
				}
				""";
		Issue issue = issues.single(issues.of(text), InterphaseIssueCodes.UNKNOWN_UNIT, Severity.ERROR, 2);
		assertTrue(issue.getMessage().contains("'mmm'"), issue.getMessage());
		assertEquals(text.indexOf("mmm"), issue.getOffset());
		assertEquals(List.of("mmm"), List.of(issue.getData()));
	}

	@Test
	void unitOfTheWrongKindNamesWhatTheSlotExpects() {
		Issue issue = issues.single(issues.of("""
				stack S {
				  area 1 cm2
				  electrolyte LLZO 1 S/cm
				}
				"""), InterphaseIssueCodes.WRONG_DIMENSION, Severity.ERROR, 3);
		assertTrue(issue.getMessage().contains("a length"), issue.getMessage());
		assertEquals(List.of("nm"), List.of(issue.getData()));
	}

	@Test
	void bareNumberWhereAUnitIsNeededSuggestsOne() {
		Issue issue = issues.single(issues.of("""
				stack S {
				  electrolyte LLZO 1
				}
				"""), InterphaseIssueCodes.MISSING_UNIT, Severity.ERROR, 2);
		assertEquals(List.of("nm"), List.of(issue.getData()));
	}

	@Test
	void impossibleValuesAreErrors() {
		List<Issue> found = issues.of("""
				solution PAA "poly(acrylic acid)"
				recipe R {
				  lbl { bilayer { dip PAA 0.2 g/L pH 15 for 5 min } x 3 }
				  anneal at -300 °C
				}
				stack S {
				  electrolyte LLZO -1 mm
				}
				""");
		List<Integer> lines = found.stream().filter(i -> InterphaseIssueCodes.IMPOSSIBLE_VALUE.equals(i.getCode()))
				.map(Issue::getLineNumber).toList();
		assertEquals(List.of(3, 4, 7), lines, () -> ValidationIssues.describe(found));
	}

	@Test
	void propertyValuesAreCheckedAgainstTheLibrarysPropertyNames() {
		List<Issue> found = issues.of("""
				material X "X" {
				  density = 3 nm
				  colour = 3
				}
				""");
		issues.single(found, InterphaseIssueCodes.WRONG_DIMENSION, Severity.ERROR, 2);
		issues.single(found, InterphaseIssueCodes.UNKNOWN_PROPERTY, Severity.WARNING, 3);
	}

	@Test
	void techniqueParametersNamedLikeASlotTakeItsDimension() {
		issues.single(issues.of("""
				recipe R {
				  step SpinCoating { speed = 3000 rpm; duration = 30 nm }
				}
				"""), InterphaseIssueCodes.WRONG_DIMENSION, Severity.ERROR, 2);
	}

	@Test
	void quantitiesWithRightUnitsGiveNoIssue() {
		issues.clean(issues.of("""
				material X "X" { density = 3 g/cm3 ionicConductivity = 1e-4 S/cm at 25 °C }
				stack S {
				  area 0.5 cm2
				  temperature 25 °C
				  electrolyte LLZO 1 mm
				}
				"""));
	}
}
