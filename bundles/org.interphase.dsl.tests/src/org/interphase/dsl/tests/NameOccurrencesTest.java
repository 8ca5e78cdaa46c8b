package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes.Fix;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes.TextEdit;
import org.interphase.dsl.ide.refactoring.NameOccurrences;
import org.interphase.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Rename, find references and mark occurrences find a name where it is declared and wherever another file names
 * it, plainly or qualified.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class NameOccurrencesTest {

	private static final String MATERIALS = """
			package org.example.materials

			material Coat "Al2O3" {
			  density = 3.0 g/cm3 source Estimate "order of magnitude"
			}
			""";

	private static final String CELL = """
			import org.example.materials.*

			stack A {
			  lithium Li
			  coating Coat 10 nm
			  electrolyte pellet: LLZO
			}
			stack B {
			  lithium Li
			  coating org.example.materials.Coat 20 nm
			  electrolyte pellet: LLZO
			}
			""";

	@Inject
	private TestModels models;

	@Test
	void aMaterialIsFoundAtItsDeclarationAndAtEveryReferenceInTheOtherFile() {
		ResourceSet files = models.newResourceSet();
		Model materials = models.parse(MATERIALS, "materials.iph", files);
		Model cell = models.parse(CELL, "cell.iph", files);
		XtextResource cellFile = (XtextResource) cell.eResource();

		EObject coat = NameOccurrences.elementAt(cellFile, CELL.indexOf("coating Coat") + "coating C".length())
				.orElseThrow();
		assertEquals(materials.getElements().get(0), coat);
		assertEquals(coat, NameOccurrences.elementAt((XtextResource) materials.eResource(),
				MATERIALS.indexOf("Coat")).orElseThrow(), "the declared name is the element too");
		assertTrue(NameOccurrences.elementAt(cellFile, CELL.indexOf("10 nm")).isEmpty(), "a number is no name");

		Map<URI, List<TextEdit>> edits = NameOccurrences.rename(coat, files, "Barrier");

		assertEquals(2, edits.size());
		assertTrue(new Fix("rename", edits.get(materials.eResource().getURI())).applyTo(MATERIALS).contains("material Barrier \"Al2O3\""));
		String renamed = new Fix("rename", edits.get(cellFile.getURI())).applyTo(CELL);
		assertTrue(renamed.contains("coating Barrier 10 nm") && renamed.contains("org.example.materials.Barrier 20 nm"),
				renamed);
		assertEquals(2, NameOccurrences.in(coat, cellFile).size(), "mark occurrences in the cell file");
	}
}
