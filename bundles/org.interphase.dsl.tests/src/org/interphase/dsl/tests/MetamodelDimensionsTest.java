package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.interphase.model.InterphasePackage;
import org.junit.jupiter.api.Test;

/**
 * Every slot that holds a Quantity declares the dimensions it accepts, so that one generic validation can check the
 * units of every value; only the slots whose dimension depends on a key (property, technique parameter) do not.
 */
class MetamodelDimensionsTest {

	private static final String SOURCE = "http://interphase.org/model/1.0/dimension";
	private static final InterphasePackage PACKAGE = InterphasePackage.eINSTANCE;

	@Test
	void everyQuantitySlotNamesItsDimensions() {
		// A study's values and bounds take the dimension of the slot or output they name.
		Set<EReference> keyed = Set.of(PACKAGE.getProperty_Value(), PACKAGE.getProperty_Upper(),
				PACKAGE.getParameter_Quantity(), PACKAGE.getStudyParameter_Values(), PACKAGE.getStudyParameter_From(),
				PACKAGE.getStudyParameter_To(), PACKAGE.getStudyParameter_Step(), PACKAGE.getStudyParameter_Nominal(),
				PACKAGE.getConstraint_Bound());
		List<EReference> slots = quantitySlots();

		assertTrue(slots.containsAll(keyed), "the slots are found by their type");
		for (EReference slot : slots) {
			String where = slot.getEContainingClass().getName() + "." + slot.getName();
			EAnnotation annotation = slot.getEAnnotation(SOURCE);
			if (keyed.contains(slot)) {
				assertNull(annotation, where + " depends on its key and must not fix a dimension");
			} else {
				String dimensions = annotation == null ? null : annotation.getDetails().get("dimensions");
				assertFalse(dimensions == null || dimensions.isBlank(), where + " has no dimensions annotation");
				assertTrue(dimensions.matches("[A-Z_]+( [A-Z_]+)*"),
						where + ": '" + dimensions + "' is not a list of Dimension constant names");
			}
		}
	}

	private static List<EReference> quantitySlots() {
		return PACKAGE.getEClassifiers().stream()
				.filter(EClass.class::isInstance)
				.map(EClass.class::cast)
				.flatMap(eClass -> eClass.getEReferences().stream())
				.filter(reference -> reference.getEReferenceType() == PACKAGE.getQuantity())
				.toList();
	}
}
