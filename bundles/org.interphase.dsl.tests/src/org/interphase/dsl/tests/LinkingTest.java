package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.model.Cycle;
import org.interphase.model.DepositionCycle;
import org.interphase.model.Experiment;
import org.interphase.model.Layer;
import org.interphase.model.Material;
import org.interphase.model.Model;
import org.interphase.model.Pulse;
import org.interphase.model.Recipe;
import org.interphase.model.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Cross-references between files: qualified names, imports, and linking errors with line numbers for what does not
 * resolve.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class LinkingTest {

	private static final String MATERIALS = """
			package org.example.materials

			precursor TMA "Al(CH3)3"
			reactant H2O "H2O"
			gas N2 "N2"
			material LATP "Li1.3Al0.3Ti1.7(PO4)3"
			material Li "Li"
			material Al2O3 "Al2O3"
			""";

	private static final String RECIPES = """
			package org.example.recipes

			import org.example.materials.*

			recipe AluminaOnLatp on LATP {
			  ald Al2O3 at 250 °C { pulse TMA 0.1 s; purge N2 10 s; pulse H2O 0.1 s; purge N2 10 s } x 150
			}
			""";

	@Inject
	private TestModels models;

	@Test
	void cellFileUsesRecipeAndMaterialsDeclaredInOtherFiles() {
		ResourceSet files = models.newResourceSet();
		Model materials = models.parse(MATERIALS, "materials.iph", files);
		Model recipes = models.parse(RECIPES, "recipes.iph", files);
		Model cell = models.parseWellFormed("""
				package org.example.cells

				import org.example.materials.*
				import org.example.recipes.AluminaOnLatp

				stack LiAlOLatp {
				  lithium Li 200 µm
				  coating Al2O3 by AluminaOnLatp on pellet
				  electrolyte pellet: LATP 1 mm
				  lithium Li 200 µm
				}
				experiment Impedance on LiAlOLatp { impedance from 1 MHz to 1 Hz }
				""", "cell.iph", files);
		models.assertNoErrors(materials.eResource());
		models.assertNoErrors(recipes.eResource());

		Stack stack = (Stack) cell.getElements().get(0);
		Layer coating = stack.getLayers().get(1);
		assertSame(element(materials, "Al2O3"), coating.getMaterial());
		assertSame(element(materials, "LATP"), stack.getLayers().get(2).getMaterial());
		assertSame(element(recipes, "AluminaOnLatp"), coating.getRecipe());
		assertSame(stack.getLayers().get(2), coating.getSubstrate());
		assertSame(stack, ((Experiment) cell.getElements().get(1)).getStack());
		DepositionCycle ald = (DepositionCycle) ((Recipe) element(recipes, "AluminaOnLatp")).getSteps().get(0);
		assertSame(element(materials, "TMA"), ((Pulse) ald.getHalfSteps().get(0)).getChemical());
	}

	@Test
	void fileOrderDoesNotMatterBecauseReferencesResolveLazily() {
		ResourceSet files = models.newResourceSet();
		Model recipes = models.parse(RECIPES, "recipes.iph", files);
		Model materials = models.parse(MATERIALS, "materials.iph", files);

		models.assertNoErrors(recipes.eResource());
		Cycle ald = (Cycle) ((Recipe) recipes.getElements().get(0)).getSteps().get(0);
		assertSame(element(materials, "Al2O3"), ald.getFilm());
	}

	@Test
	void qualifiedNamesNeedNoImport() {
		ResourceSet files = models.newResourceSet();
		Model materials = models.parse(MATERIALS, "materials.iph", files);
		Model cell = models.parseWellFormed("""
				stack Bare { lithium org.example.materials.Li electrolyte org.example.materials.LATP 1 mm }
				""", "cell.iph", files);

		Material li = ((Stack) cell.getElements().get(0)).getLayers().get(0).getMaterial();
		assertSame(element(materials, "Li"), li);
	}

	@Test
	void unresolvedReferencesAreLinkingErrorsOnTheirLines() {
		ResourceSet files = models.newResourceSet();
		models.parse(MATERIALS, "materials.iph", files);
		models.parse(RECIPES, "recipes.iph", files);
		Model cell = models.parse("""
				package org.example.cells
				import org.example.materials.*
				stack Typos {
				  lithium Li 200 µm
				  coating Al2O3 by AluminaOnLATP on pelet
				  electrolyte pellet: LATPX 1 mm
				}
				""", "cell.iph", files);

		List<Issue> errors = models.errors(cell.eResource());
		String all = TestModels.describe(cell.eResource(), errors);
		assertEquals(List.of(
				"cell.iph:5: the coating names recipe 'AluminaOnLATP', which is not declared here or imported;"
						+ " declare 'recipe AluminaOnLATP { ... }' or import the package that has it",
				"cell.iph:5: Couldn't resolve reference to Layer 'pelet'.",
				"cell.iph:6: Couldn't resolve reference to Material 'LATPX'."), all.lines().toList());
		// A missing recipe has its own code so that a quick fix can create it for the coating's material.
		assertEquals(InterphaseIssueCodes.MISSING_RECIPE, errors.get(0).getCode(), all);
		assertEquals(List.of("AluminaOnLATP", "Al2O3"), List.of(errors.get(0).getData()), all);
		errors.subList(1, errors.size())
				.forEach(error -> assertEquals(Diagnostic.LINKING_DIAGNOSTIC, error.getCode(), all));
	}

	@Test
	void elementsOfAnotherPackageAreNotVisibleWithoutImport() {
		ResourceSet files = models.newResourceSet();
		models.parse(MATERIALS, "materials.iph", files);
		Model cell = models.parse("""
				package org.example.cells
				stack NoImport { electrolyte Al2O3 1 mm }
				""", "cell.iph", files);

		assertEquals("cell.iph:2: Couldn't resolve reference to Material 'Al2O3'.",
				TestModels.describe(cell.eResource(), models.errors(cell.eResource())));
	}

	@Test
	void referenceOfTheWrongKindDoesNotResolve() {
		ResourceSet files = models.newResourceSet();
		models.parse(MATERIALS, "materials.iph", files);
		Model recipes = models.parse("""
				import org.example.materials.*
				recipe Wrong { ald { pulse LATP 1 s; purge Li 1 s } }
				""", "wrong.iph", files);

		assertEquals("""
				wrong.iph:2: no chemical 'LATP' is declared here or imported; declare it ('precursor LATP "formula"') \
				or import the package that has it
				wrong.iph:2: no chemical 'Li' is declared here or imported; declare it ('gas Li "formula"') or import \
				the package that has it""",
				TestModels.describe(recipes.eResource(), models.errors(recipes.eResource())));
	}

	private static Object element(Model model, String name) {
		return model.getElements().stream().filter(e -> name.equals(e.getName())).findFirst().orElseThrow();
	}
}
