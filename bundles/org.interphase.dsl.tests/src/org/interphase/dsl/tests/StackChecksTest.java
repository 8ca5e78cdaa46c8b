package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.interphase.core.provenance.Source;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.library.MaterialFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Stacks: an electrolyte, one negative electrode, and Li against electrolytes that Li reduces. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class StackChecksTest {

	@Inject
	private ValidationIssues issues;

	@Test
	void stackWithoutElectrolyteIsAWarning() {
		issues.single(issues.of("""
				stack S {
				  lithium Li
				  coating Al2O3-ALD
				}
				"""), InterphaseIssueCodes.NO_ELECTROLYTE, Severity.WARNING, 1);
	}

	@Test
	void fullCellWithTwoNegativeElectrodesIsAnErrorOnTheSecond() {
		issues.single(issues.of("""
				stack S {
				  cathode LFP
				  electrolyte LLZO
				  anode LTO
				  lithium Li
				}
				"""), InterphaseIssueCodes.TWO_ANODES, Severity.ERROR, 5);
	}

	@Test
	void symmetricCellHasLithiumOnBothSides() {
		issues.clean(issues.of("""
				stack S {
				  lithium Li
				  electrolyte LLZO
				  lithium Li
				}
				"""));
	}

	@Test
	void lithiumDirectlyOnLatpWarnsThatAnInterphaseWillFormCitingTheLibrary() {
		Source source = Libraries.builtIn().material("LATP").orElseThrow().flag(MaterialFlag.REDUCED_BY_LI)
				.orElseThrow().source();
		List<Issue> found = issues.of("""
				stack S {
				  lithium Li
				  electrolyte LATP
				  coating Al2O3-ALD
				  lithium Li
				}
				""");
		Issue issue = issues.single(found, InterphaseIssueCodes.LI_ON_REDUCIBLE_ELECTROLYTE, Severity.WARNING, 2);
		assertTrue(issue.getMessage().contains("LATP is reduced by Li: " + source.key() + " " + source.locator()),
				issue.getMessage());
		assertEquals("LATP", issue.getData()[0]);
		assertTrue(Libraries.builtIn().material(issue.getData()[1]).isPresent(), issue.getData()[1]);
	}

	@Test
	void fileMaterialWithALibraryIdKeepsTheLibrarysFacts() {
		issues.single(issues.of("""
				material LAGP "Li1.5Al0.5Ge1.5(PO4)3"
				stack S {
				  electrolyte LAGP
				  lithium Li
				}
				"""), InterphaseIssueCodes.LI_ON_REDUCIBLE_ELECTROLYTE, Severity.WARNING, 4);
	}
}
