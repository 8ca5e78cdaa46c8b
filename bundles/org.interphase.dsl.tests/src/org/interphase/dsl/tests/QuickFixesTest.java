package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.interphase.core.units.Dimension;
import org.interphase.core.units.Units;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes.Fix;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Each quick fix, applied to the text the validator flagged, gives the text a user would write and makes the issue go
 * away on the next validation.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class QuickFixesTest {

	@Inject
	private ValidationIssues validation;

	@Test
	void aThicknessInSecondsGetsALengthUnit() {
		String fixed = applyOnlyFix("""
				stack Cell {
				  lithium Li 200 s
				  electrolyte LLZO
				}
				""", InterphaseIssueCodes.WRONG_DIMENSION, "Change the unit to 'nm'");
		assertTrue(fixed.contains("lithium Li 200 nm\n"), fixed);
	}

	@Test
	void unitFixesOfAThicknessAreLengthsOnly() {
		String text = "stack Cell {\n  lithium Li 200 s\n  electrolyte LLZO\n}\n";
		Issue issue = issue(text, InterphaseIssueCodes.WRONG_DIMENSION);
		List<String> units = InterphaseQuickFixes.fixes(issue.getCode(), List.of(issue.getData()), issue.getOffset(),
				issue.getLength(), text).stream().map(fix -> fix.edits().get(0).text()).toList();

		assertEquals("nm", units.get(0), units::toString);
		assertTrue(units.containsAll(List.of("µm", "mm")), units::toString);
		units.forEach(unit -> assertEquals(Dimension.LENGTH, Units.unit(unit).dimension(), unit));
		// A marker left over after the user wrote a length unit himself offers nothing that would undo it.
		String corrected = text.replace("200 s", "200 µm");
		assertEquals(List.of(), InterphaseQuickFixes.fixes(issue.getCode(), List.of(issue.getData()),
				issue.getOffset(), "µm".length(), corrected));
	}

	@Test
	void anUndeclaredPrecursorIsDeclaredAfterTheOtherChemicals() {
		String fixed = applyOnlyFix("""
				package p

				reactant H2O "H2O"
				recipe Alumina on LATP {
				  ald Al2O3-ALD at 250 °C { pulse TMA 0.1 s; purge 10 s; pulse H2O 0.1 s; purge 10 s } x 100
				}
				""", InterphaseIssueCodes.MISSING_CHEMICAL, "Declare precursor TMA (then write its formula)");
		assertTrue(fixed.startsWith("package p\n\nreactant H2O \"H2O\"\nprecursor TMA \"TMA\"\nrecipe"), fixed);
	}

	@Test
	void anUndeclaredGasIsDeclaredAsAGasAtTheStartOfAFileWithoutHeader() {
		String fixed = applyOnlyFix("""
				recipe Heat on LATP { anneal at 300 °C for 1 h in Ar }
				""", InterphaseIssueCodes.MISSING_CHEMICAL, "Declare gas Ar (then write its formula)");
		assertTrue(fixed.startsWith("gas Ar \"Ar\"\n\nrecipe"), fixed);
	}

	@Test
	void aBareAreaGetsAnAreaUnit() {
		String fixed = applyOnlyFix("""
				stack Cell {
				  area 0.503
				  lithium Li
				  electrolyte LLZO
				}
				""", InterphaseIssueCodes.MISSING_UNIT, "Add the unit 'cm2'");
		assertTrue(fixed.contains("area 0.503 cm2\n"), fixed);
	}

	@Test
	void aShortPurgeBecomesAsLongAsThePulse() {
		String fixed = applyOnlyFix("""
				precursor TMA "Al(CH3)3"
				reactant H2O "H2O"
				gas N2 "N2"
				recipe Alumina on LATP {
				  ald Al2O3-ALD at 250 °C { pulse TMA 0.5 s; purge N2 0.1 s; pulse H2O 0.1 s; purge N2 10 s } x 100
				}
				""", InterphaseIssueCodes.PURGE_TOO_SHORT, "Purge for 0.5 s, as long as the pulse");
		assertTrue(fixed.contains("pulse TMA 0.5 s; purge N2 0.5 s; pulse H2O"), fixed);
	}

	@Test
	void lithiumOnLatpGetsACoatingLineOnTheElectrolyteSide() {
		String text = """
				stack Cell {
				  lithium Li
				  electrolyte pellet: LATP
				}
				""";
		Issue issue = issue(text, InterphaseIssueCodes.LI_ON_REDUCIBLE_ELECTROLYTE);
		String coating = issue.getData()[1];
		String fixed = applyOnlyFix(text, InterphaseIssueCodes.LI_ON_REDUCIBLE_ELECTROLYTE,
				"Insert 'coating " + coating + "' between Li and LATP");
		assertTrue(fixed.contains("  lithium Li\n  coating " + coating + "\n  electrolyte pellet: LATP\n"), fixed);
	}

	@Test
	void issuesWithoutFixGetNone() {
		assertFalse(InterphaseQuickFixes.hasFixes(InterphaseIssueCodes.NO_ELECTROLYTE));
		assertEquals(List.of(), InterphaseQuickFixes.fixes(InterphaseIssueCodes.NO_ELECTROLYTE, List.of(), 0, 0, ""));
	}

	@Test
	void aRangeBeyondTheTextGivesNoFix() {
		// A marker from an older version of the file, which has since become shorter.
		assertEquals(List.of(), InterphaseQuickFixes.fixes(InterphaseIssueCodes.WRONG_DIMENSION, List.of("nm"), 10, 5,
				"short"));
	}

	/** Applies the one fix with {@code label} and checks that the validator no longer reports {@code code}. */
	private String applyOnlyFix(String text, String code, String label) {
		Issue issue = issue(text, code);
		List<Fix> fixes = InterphaseQuickFixes.fixes(code, List.of(issue.getData()), issue.getOffset(),
				issue.getLength(), text);
		List<Fix> matching = fixes.stream().filter(fix -> fix.label().equals(label)).toList();
		assertEquals(1, matching.size(), () -> "fixes: " + fixes.stream().map(Fix::label).toList());
		String fixed = matching.get(0).applyTo(text);
		validation.none(validation.of(fixed), code);
		return fixed;
	}

	private Issue issue(String text, String code) {
		List<Issue> issues = validation.of(text).stream().filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, issues.size(), () -> "expected one " + code + " in\n" + text + "\nbut got " + issues);
		return issues.get(0);
	}
}
