package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.model.Model;
import org.interphase.model.Recipe;
import org.interphase.model.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Javadoc-style comments document the element after them (for hovers and generated reports). */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class DocumentationTest {

	@Inject
	private TestModels models;
	@Inject
	private IEObjectDocumentationProvider documentation;

	@Test
	void javadocStyleCommentDocumentsTheFollowingElement() {
		Model model = models.parseValid("""
				package org.example

				/**
				 * Alumina on the Li side of LATP.
				 * 150 cycles were the optimum.
				 */
				recipe AluminaOnLatp { }

				/* not documentation, just a comment */
				stack Cell { }

				/** The stack; a plain comment in between does not hide it. */
				// a line comment
				stack Documented { }
				""");

		assertEquals("Alumina on the Li side of LATP.\n150 cycles were the optimum.",
				documentation.getDocumentation((Recipe) model.getElements().get(0)));
		assertNull(documentation.getDocumentation((Stack) model.getElements().get(1)));
		assertEquals("The stack; a plain comment in between does not hide it.",
				documentation.getDocumentation((Stack) model.getElements().get(2)));
	}

	@Test
	void stepsInsideARecipeCanBeDocumentedToo() {
		Recipe recipe = (Recipe) models.parseValid("""
				recipe Activation {
				  /** 5% H2O2, then a DI-water rinse, to charge the surface negatively. */
				  step SurfaceActivation
				}
				""").getElements().get(0);

		assertEquals("5% H2O2, then a DI-water rinse, to charge the surface negatively.",
				documentation.getDocumentation(recipe.getSteps().get(0)));
	}
}
