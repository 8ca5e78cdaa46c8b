package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.library.AldProcess;
import org.interphase.library.SourcedRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** ALD/MLD cycles against the library's process windows and precursors, and purge times. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class RecipeChecksTest {

	private static final String CHEMICALS = """
			precursor TMA "Al(CH3)3"
			precursor DEZ "Zn(C2H5)2"
			precursor LiHMDS "LiN(Si(CH3)3)2"
			precursor LiOtBu "(CH3)3COLi"
			precursor TaOEt5 "Ta(OC2H5)5"
			precursor TriisopropylBorate "B(OCH(CH3)2)3"
			reactant DEPA "H2NP(O)(OC2H5)2"
			reactant H2O "H2O"
			reactant O3 "O3"
			gas N2 "N2"
			""";
	/** Line of the first recipe line in {@link #recipe(String)}. */
	private static final int FIRST = CHEMICALS.lines().toList().size() + 1;

	@Inject
	private ValidationIssues issues;

	@Test
	void temperatureOutsideTheLibrarysWindowIsAWarningWithTheWindowAndItsSource() {
		SourcedRange window = Libraries.builtIn().process("ALD-LiPON-LiHMDS-DEPA", AldProcess.class)
				.orElseThrow().window().orElseThrow();
		Issue issue = issues.single(issues.of(recipe("""
				recipe R {
				  ald LiPON-ALD-LiHMDS at 330 °C { pulse LiHMDS 2 s; purge 2 s; pulse DEPA 2 s; purge 2 s } x 10
				}
				""")), InterphaseIssueCodes.OUTSIDE_PROCESS_WINDOW, Severity.WARNING, FIRST + 1);
		assertEquals(List.of(window.min().text(), window.max().text()), List.of(issue.getData()));
		assertTrue(issue.getMessage().contains(window.source().key() + " " + window.source().locator()),
				issue.getMessage());
	}

	@Test
	void subCyclesInheritTheSupercycleTemperatureAndWindow() {
		List<Issue> found = issues.of(recipe("""
				recipe R {
				  supercycle LBCO-ALD at 300 °C {
				    ald { pulse LiOtBu; purge; pulse O3; purge } x 1
				    ald { pulse TriisopropylBorate; purge; pulse O3; purge } x 1
				  } x 10
				}
				"""));
		issues.single(found, InterphaseIssueCodes.OUTSIDE_PROCESS_WINDOW, Severity.WARNING, FIRST + 1);
		// The library names LBCO's reactants by their sub-cycles; TIB is "triisopropyl borate".
		issues.none(found, InterphaseIssueCodes.UNKNOWN_PRECURSOR);
	}

	@Test
	void precursorWithoutALibraryRouteToTheFilmIsAWarningListingTheKnownOnes() {
		Issue issue = issues.single(issues.of(recipe("""
				recipe R {
				  ald Al2O3-ALD at 150 °C {
				    pulse DEZ 0.1 s; purge N2 10 s; pulse H2O 0.1 s; purge N2 10 s
				  } x 10
				}
				""")), InterphaseIssueCodes.UNKNOWN_PRECURSOR, Severity.WARNING, FIRST + 2);
		assertTrue(List.of(issue.getData()).contains("TMA"), issue.getMessage());
	}

	@Test
	void precursorsMatchTheLibrarysSpellingIgnoringPunctuation() {
		List<Issue> found = issues.of(recipe("""
				recipe R {
				  supercycle LiTaO3-ALD at 225 °C {
				    ald Li2O-ALD { pulse LiOtBu; purge; pulse H2O; purge } x 1
				    ald Ta2O5-ALD { pulse TaOEt5; purge; pulse H2O; purge } x 6
				  } x 10
				  ald ZnO-ALD at 150 °C { pulse DEZ; purge; pulse H2O; purge } x 10
				}
				"""));
		issues.clean(found);
	}

	@Test
	void purgeShorterThanThePulseBeforeItIsAWarning() {
		Issue issue = issues.single(issues.of(recipe("""
				recipe R {
				  ald Al2O3-ALD at 150 °C {
				    pulse TMA 2 s
				    purge N2 1 s
				    pulse H2O 0.1 s; purge N2 10 s
				  } x 10
				}
				""")), InterphaseIssueCodes.PURGE_TOO_SHORT, Severity.WARNING, FIRST + 3);
		assertEquals("2 s", issue.getData()[0]);
	}

	private static String recipe(String text) {
		return CHEMICALS + text;
	}
}
