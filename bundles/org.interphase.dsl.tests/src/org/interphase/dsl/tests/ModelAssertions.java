package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.interphase.model.Quantity;

/** Assertions on model values shared by the parsing tests. */
final class ModelAssertions {

	private ModelAssertions() {
	}

	/** The quantity exists and has this value (to 1e-12 relative) and exactly this unit text. */
	static void assertQuantity(double value, String unit, Quantity quantity) {
		assertNotNull(quantity, "quantity " + value + " " + unit + " missing");
		assertEquals(value, quantity.getValue(), 1e-12 * Math.abs(value), "value");
		assertEquals(unit, quantity.getUnit(), "unit");
	}
}
