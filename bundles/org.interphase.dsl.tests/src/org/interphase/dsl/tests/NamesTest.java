package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.services.InterphaseGrammarAccess;
import org.interphase.model.Material;
import org.interphase.model.Model;
import org.interphase.model.Recipe;
import org.interphase.model.TechniqueStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Names as materials scientists write them, and keywords where a name is clearly meant. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class NamesTest {

	@Inject
	private TestModels models;
	@Inject
	private InterphaseGrammarAccess grammar;

	@Test
	void everyWordKeywordMayBeAPackageSegmentAfterADot() {
		List<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar()).stream()
				.filter(keyword -> keyword.matches("[A-Za-z][A-Za-z-]*"))
				.sorted()
				.toList();

		for (String keyword : keywords) {
			Model model = models.parseValid("package org." + keyword + ".examples");
			assertEquals("org." + keyword + ".examples", model.getName());
		}
	}

	@Test
	void everyWordKeywordMayBeAPropertyOrParameterKey() {
		Model model = models.parseValid("""
				material M { temperature = 25 °C source = 1 at = 2 at 25 °C phase = 3 }
				recipe R { step Coat { rinse = "DI water"; temperature = 80 °C } }
				""");

		Material material = (Material) model.getElements().get(0);
		assertEquals(List.of("temperature", "source", "at", "phase"),
				material.getProperties().stream().map(p -> p.getKey()).toList());
		TechniqueStep coat = (TechniqueStep) ((Recipe) model.getElements().get(1)).getSteps().get(0);
		assertEquals(List.of("rinse", "temperature"), coat.getParameters().stream().map(p -> p.getKey()).toList());
	}

	@Test
	void namesMayContainHyphensAsInTheLibrary() {
		Model model = models.parseValid("""
				material Al2O3-ALD "Al2O3"
				material Coated { composition Al2O3-ALD 100 % }
				""");

		Material coated = (Material) model.getElements().get(1);
		assertEquals("Al2O3-ALD", coated.getConstituents().get(0).getSubstance().getName());
	}

	@Test
	void namesStartingWithTheRepeatKeywordAreStillNames() {
		Material xylene = (Material) models.parseValid("material xylene \"C8H10\"").getElements().get(0);

		assertEquals("xylene", xylene.getName());
	}
}
