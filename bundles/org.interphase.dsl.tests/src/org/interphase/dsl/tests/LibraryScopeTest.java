package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.scoping.LibraryMaterials;
import org.interphase.library.Origin;
import org.interphase.model.Material;
import org.interphase.model.Model;
import org.interphase.model.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The built-in library's materials are in scope everywhere, and a file's own declarations shadow them. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class LibraryScopeTest {

	@Inject
	private TestModels models;

	@Test
	void builtInMaterialResolvesWithoutImportAndKnowsItsLibraryLine() {
		Model model = models.parseValid("""
				package org.example.cells
				stack Bare { lithium Li electrolyte pellet: LATP 1 mm }
				""");

		Material latp = layerMaterial(model, 1);
		Origin expected = Libraries.builtIn().material("LATP").orElseThrow().origin();
		assertEquals("Li1.3Al0.3Ti1.7(PO4)3", latp.getFormula());
		assertEquals(expected, LibraryMaterials.origin(latp).orElseThrow());
		assertEquals(LibraryMaterials.SCHEME + ":/" + expected.file() + "#LATP", EcoreUtil.getURI(latp).toString());
	}

	@Test
	void declarationInTheSameFileShadowsTheBuiltInMaterial() {
		Model model = models.parseValid("""
				material LATP "Li1.4Al0.4Ti1.6(PO4)3"
				stack Bare { electrolyte LATP 1 mm }
				""");

		assertSame(model.getElements().get(0), layerMaterial(model, 0));
		assertTrue(LibraryMaterials.origin(layerMaterial(model, 0)).isEmpty());
	}

	@Test
	void importedDeclarationShadowsTheBuiltInMaterial() {
		ResourceSet files = models.newResourceSet();
		Model materials = models.parse("""
				package org.example.materials
				material LATP "Li1.4Al0.4Ti1.6(PO4)3"
				""", "materials.iph", files);
		Model cell = models.parseValid("""
				import org.example.materials.*
				stack Bare { electrolyte LATP 1 mm }
				""", "cell.iph", files);

		assertSame(materials.getElements().get(0), layerMaterial(cell, 0));
	}

	@Test
	void builtInMaterialResolvesEqualInEveryFile() {
		ResourceSet files = models.newResourceSet();
		Model first = models.parse("stack A { electrolyte LLZO 1 mm }", "a.iph", files);
		Model second = models.parse("stack B { electrolyte LLZO 1 mm }", "b.iph", files);

		assertSame(layerMaterial(first, 0), layerMaterial(second, 0));
	}

	private static Material layerMaterial(Model model, int layer) {
		Stack stack = (Stack) TestModels.lastElement(model);
		return stack.getLayers().get(layer).getMaterial();
	}
}
