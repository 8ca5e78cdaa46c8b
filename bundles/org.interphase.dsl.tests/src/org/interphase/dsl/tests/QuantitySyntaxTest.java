package org.interphase.dsl.tests;

import static org.interphase.dsl.tests.ModelAssertions.assertQuantity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.interphase.model.Cycle;
import org.interphase.model.Material;
import org.interphase.model.Model;
import org.interphase.model.Quantity;
import org.interphase.model.Recipe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;

/**
 * Numbers, units, repeat counts and C-rates: the lexical corners where "x 150", "C/10" and "Ω cm2" could clash.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class QuantitySyntaxTest {

	@Inject
	private TestModels models;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			2.5 nm          | 2.5     | nm
			1.1 Å           | 1.1     | Å
			250 °C          | 250     | °C
			7e-4 S/cm       | 7e-4    | S/cm
			1.6E-4 S cm⁻¹   | 1.6e-4  | S cm⁻¹
			0.1 mA/cm2      | 0.1     | mA/cm2
			250 Ω cm2       | 250     | Ω cm2
			34 Ω·cm²        | 34      | Ω·cm²
			1e3 Ω*cm        | 1000    | Ω*cm
			155 mAh/g       | 155     | mAh/g
			155 mA h g-1    | 155     | mA h g-1
			1.0 Å/cycle     | 1.0     | Å/cycle
			2.5 nm/bilayer  | 2.5     | nm/bilayer
			3.0 g/cm^3      | 3.0     | g/cm^3
			2 cm^-2         | 2       | cm^-2
			0.46 kJ/mol     | 0.46    | kJ/mol
			65 wt%          | 65      | wt%
			93 %            | 93      | %
			200 µm          | 200     | µm
			200 μm          | 200     | μm
			5 kΩ            | 5       | kΩ
			10 °C/s         | 10      | °C/s
			2.63 W/cm2      | 2.63    | W/cm2
			-0.2 V          | -0.2    | V
			1 mA/cm2        | 1       | mA/cm2
			""")
	void unitIsKeptAsWrittenForTheUnitsLibrary(String written, double value, String unit) {
		assertQuantity(value, unit, property(written));
	}

	@Test
	void plainNumberHasNoUnit() {
		Quantity permittivity = property("12");

		assertEquals(12, permittivity.getValue());
		assertNull(permittivity.getUnit());
		assertFalse(permittivity.isSetUncertainty());
	}

	@ParameterizedTest
	@ValueSource(strings = {"2.5 ± 0.5 nm", "2.5 +- 0.5 nm"})
	void uncertaintyIsInTheUnitOfTheValue(String written) {
		Quantity thickness = property(written);

		assertQuantity(2.5, "nm", thickness);
		assertTrue(thickness.isSetUncertainty());
		assertEquals(0.5, thickness.getUncertainty());
	}

	@ParameterizedTest
	@ValueSource(strings = {"} x 150", "} ×150", "} × 150", "}x 150"})
	void repeatCountIsWrittenWithXOrTimesSign(String closing) {
		Recipe recipe = (Recipe) TestModels.lastElement(models.parseValid(Fixtures.DECLARATIONS
				+ "recipe R { ald Al2O3 { pulse TMA 0.1 s; purge N2 10 s " + closing + " }"));

		assertEquals(150, ((Cycle) recipe.getSteps().get(0)).getRepeats());
	}

	@Test
	void repeatCountGluedToXSaysHowToWriteIt() {
		Model model = models.parse(Fixtures.DECLARATIONS + "recipe R {\n ald Al2O3 { pulse TMA } x150\n}",
				"glued.iph", models.newResourceSet());

		List<Issue> errors = models.errors(model.eResource());
		assertEquals(1, errors.size(), () -> TestModels.describe(model.eResource(), errors));
		int lineOfX150 = (int) Fixtures.DECLARATIONS.lines().count() + 2;
		assertEquals(lineOfX150, errors.get(0).getLineNumber());
		assertEquals("'x150' is read as a name; to repeat, write the count with a space: x 150",
				errors.get(0).getMessage());
	}

	private Quantity property(String written) {
		Model model = models.parseValid("material M { value = " + written + " }");
		return ((Material) TestModels.lastElement(model)).getProperties().get(0).getValue();
	}
}
