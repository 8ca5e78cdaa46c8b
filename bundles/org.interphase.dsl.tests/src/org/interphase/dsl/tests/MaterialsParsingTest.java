package org.interphase.dsl.tests;

import static org.interphase.dsl.tests.ModelAssertions.assertQuantity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.model.Chemical;
import org.interphase.model.ChemicalKind;
import org.interphase.model.Material;
import org.interphase.model.Model;
import org.interphase.model.Property;
import org.interphase.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Sources, chemicals and materials with cited properties parse into the model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class MaterialsParsingTest {

	@Inject
	private TestModels models;

	@Test
	void materialHasClassPhaseAndCitedPropertiesWithConditions() {
		Model model = models.parseValid("""
				package org.example.materials

				source Tolganbek2022 "Tolganbek et al., Mater. Adv. 2022, 3, 3055" doi "10.0000/example"

				material LATP "Li1.3Al0.3Ti1.7(PO4)3" {
				  class NASICON
				  phase R-3c
				  ionicConductivity = 7e-4 S/cm at 25 °C source Tolganbek2022 "Table 1"
				  apparentIonicConductivity = 1.6e-4 S/cm at 25 °C source Tolganbek2022
				  grainSize = 9 µm
				}
				""");

		assertEquals("org.example.materials", model.getName());
		Source source = (Source) model.getElements().get(0);
		assertEquals("Tolganbek et al., Mater. Adv. 2022, 3, 3055", source.getCitation());
		assertEquals("10.0000/example", source.getDoi());
		Material latp = (Material) model.getElements().get(1);
		assertEquals("Li1.3Al0.3Ti1.7(PO4)3", latp.getFormula());
		assertEquals("NASICON", latp.getMaterialClass());
		assertEquals("R-3c", latp.getPhase());
		List<Property> properties = latp.getProperties();
		assertEquals(List.of("ionicConductivity", "apparentIonicConductivity", "grainSize"),
				properties.stream().map(Property::getKey).toList());
		Property atRoomTemperature = properties.get(0);
		assertQuantity(7e-4, "S/cm", atRoomTemperature.getValue());
		assertQuantity(25, "°C", atRoomTemperature.getTemperature());
		assertEquals(source, atRoomTemperature.getCitation().getSource());
		assertEquals("Table 1", atRoomTemperature.getCitation().getLocator());
		assertQuantity(25, "°C", properties.get(1).getTemperature());
		assertNull(properties.get(1).getCitation().getLocator(), "a citation may name the whole source");
		assertNull(properties.get(2).getCitation());
	}

	@Test
	void compositeListsItsConstituentsWithFractions() {
		Material composite = (Material) TestModels.lastElement(models.parseValid("""
				material LFP "LiFePO4"
				material AB "acetylene black"
				polymer PVdF "poly(vinylidene fluoride)"
				material LfpComposite {
				  class cathode
				  composition LFP 65 wt%, AB 20 wt%, PVdF 15 wt%
				  porosity = 30 %
				}
				"""));

		assertEquals("cathode", composite.getMaterialClass(), "a keyword of the language is a valid class word");
		assertEquals(List.of("LFP", "AB", "PVdF"),
				composite.getConstituents().stream().map(c -> c.getSubstance().getName()).toList());
		assertQuantity(15, "wt%", composite.getConstituents().get(2).getFraction());
		assertQuantity(30, "%", composite.getProperties().get(0).getValue());
	}

	@Test
	void chemicalsDeclareWhatTheyAreUsedAs() {
		Model model = models.parseValid("""
				chemical H2O2 "H2O2"
				precursor TMA "Al(CH3)3" { molarMass = 72.09 g/mol }
				reactant H2O "H2O"
				gas N2 "N2"
				polymer PAA "poly(acrylic acid)" { molarMass = 450000 g/mol }
				solution Trizma
				""");

		assertEquals(List.of(ChemicalKind.CHEMICAL, ChemicalKind.PRECURSOR, ChemicalKind.REACTANT, ChemicalKind.GAS,
				ChemicalKind.POLYMER, ChemicalKind.SOLUTION),
				model.getElements().stream().map(e -> ((Chemical) e).getKind()).toList());
		Chemical paa = (Chemical) model.getElements().get(4);
		assertQuantity(450000, "g/mol", paa.getProperties().get(0).getValue());
		assertNull(((Chemical) model.getElements().get(5)).getFormula());
	}

	@Test
	void emptyFileIsAnEmptyModel() {
		Model model = models.parseValid("");

		assertNull(model.getName());
		assertTrue(model.getElements().isEmpty());
	}

	@Test
	void declarationWithoutBodyIsComplete() {
		Material li = (Material) TestModels.lastElement(models.parseValid("material Li"));

		assertEquals("Li", li.getName());
		assertNull(li.getFormula());
		assertTrue(li.getProperties().isEmpty());
	}
}
