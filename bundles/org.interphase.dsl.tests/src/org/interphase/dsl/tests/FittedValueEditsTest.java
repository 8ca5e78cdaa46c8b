package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.edit.FittedValueEdits;
import org.interphase.dsl.edit.FittedValueEdits.AffectedStack;
import org.interphase.dsl.edit.FittedValueEdits.FittedValue;
import org.interphase.library.MaterialProperty;
import org.interphase.model.Material;
import org.interphase.model.Model;
import org.interphase.model.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Fitted conductivities written back into a file: into the fitted stack's own layers, or file-wide (replaced, inserted
 * or added as a library override), with a source.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class FittedValueEditsTest {

	private static final String FILE = """
			source Paper "A paper"
			// The coating as grown; its conductivity is a guess.
			material Coating "Al2O3" {
			  class ternary-oxide
			  ionicConductivity = 1e-9 S/cm at 25 °C source Paper "Table 1"
			}
			material Plain "LiF" {
			  relativePermittivity = 9
			}
			""";
	private static final double ROOM = 298.15;

	@Inject
	private TestModels models;

	private String write(String text, FittedValue... values) {
		return write(text, "NoStack", values);
	}

	private String write(String text, String stack, FittedValue... values) {
		Model model = models.parseValid(text);
		return FittedValueEdits.apply(text, FittedValueEdits.edits(model, stack, List.of(values), "Fit1",
				"Fitted by Interphase to data/eis.mpt"));
	}

	private static Property property(Model model, String material, String key) {
		return model.getElements().stream().filter(e -> e instanceof Material m && material.equals(m.getName()))
				.map(Material.class::cast).findFirst().orElseThrow().getProperties().stream()
				.filter(p -> key.equals(p.getKey())).findFirst().orElseThrow();
	}

	@Test
	void aWrittenPropertyIsReplacedInPlaceAndCitesTheFit() {
		String result = write(FILE, new FittedValue("Coating", MaterialProperty.IONIC_CONDUCTIVITY, 1.234e-6, ROOM,
				"±2.1 %"));
		assertTrue(result.contains("  ionicConductivity = 1.23E-8 S/cm at 25 °C source Fit1 \"±2.1 %\"\n"), result);
		assertTrue(result.contains("// The coating as grown; its conductivity is a guess.\n"), "comments stay");
		assertTrue(result.endsWith("\nsource Fit1 \"Fitted by Interphase to data/eis.mpt\"\n"), result);
		Property written = property(models.parseValid(result), "Coating", "ionicConductivity");
		assertEquals(1.23e-8, written.getValue().getValue(), 1e-20);
		assertEquals("Fit1", written.getCitation().getSource().getName());
	}

	@Test
	void aMissingPropertyIsInsertedBeforeTheClosingBraceWithTheBlocksIndentation() {
		String result = write(FILE, new FittedValue("Plain", MaterialProperty.IONIC_CONDUCTIVITY, 2e-7, 333.15,
				"fit"));
		assertTrue(result.contains("  relativePermittivity = 9\n  ionicConductivity = 2.00E-9 S/cm at 60 °C source Fit1"
				+ " \"fit\"\n}"), result);
		assertEquals(2e-9, property(models.parseValid(result), "Plain", "ionicConductivity").getValue().getValue(),
				1e-21);
	}

	@Test
	void aLibraryMaterialGetsAnOverrideBlockAndTheSourceIsDeclaredOnce() {
		String result = write(FILE,
				new FittedValue("LATP", MaterialProperty.IONIC_CONDUCTIVITY, 1.5e-2, ROOM, "bulk arc"),
				new FittedValue("LATP", MaterialProperty.GRAIN_BOUNDARY_CONDUCTIVITY, 3e-3, ROOM, "gb arc"));
		assertTrue(result.startsWith(FILE), "the user's text is untouched");
		Model model = models.parseValid(result);
		assertEquals(1.5e-4, property(model, "LATP", "ionicConductivity").getValue().getValue(), 1e-16);
		assertEquals(3e-5, property(model, "LATP", "grainBoundaryConductivity").getValue().getValue(), 1e-17);
		assertEquals(1, result.split("source Fit1 \"Fitted").length - 1, result);
		assertEquals(1, result.split("material LATP").length - 1, "one override block: " + result);
	}

	private static final String STACKS = """
			stack Bare {
			  area 1 cm2
			  lithium Li
			  electrolyte pellet: LATP 500 µm
			  lithium Li
			}
			stack Coated {
			  area 1 cm2
			  lithium Li
			  coating LiPON-sputtered 100 nm
			  electrolyte LATP 1 mm
			  lithium Li
			}
			stack Garnet {
			  area 1 cm2
			  lithium Li
			  electrolyte LLZO 500 µm
			  lithium Li
			}
			""";

	private static FittedValue latp(MaterialProperty property) {
		return new FittedValue("LATP", property, 1e-2, ROOM, "fit");
	}

	@Test
	void everyOtherStackOfTheProjectWithAMaterialEditedFileWideIsListedWithItsLayers() {
		XtextResourceSet project = models.newResourceSet();
		Model other = models.parseValid("""
				stack Elsewhere {
				  area 1 cm2
				  lithium Li
				  coating LiPON-sputtered 100 nm
				  electrolyte LATP 1 mm
				  coating LiPON-sputtered 100 nm
				  lithium Li
				}
				""", "other.iph", project);
		Model model = models.parseValid(STACKS, "cells.iph", project);
		// The garnet stack has no layer of LATP, so its fit writes LATP's value file-wide.
		List<AffectedStack> affected = FittedValueEdits.otherStacks(model,
				List.of(latp(MaterialProperty.GRAIN_BOUNDARY_CONDUCTIVITY)), "Garnet");
		assertEquals(List.of("Elsewhere (other.iph:1): electrolyte LATP", "Bare (cells.iph:1): electrolyte pellet: LATP",
				"Coated (cells.iph:7): electrolyte LATP"), affected.stream().map(AffectedStack::describe).toList(),
				"the garnet stack itself is not");
		assertEquals(List.of("Elsewhere (other.iph:1): coating LiPON-sputtered, coating LiPON-sputtered",
				"Coated (cells.iph:7): coating LiPON-sputtered"), FittedValueEdits.otherStacks(other,
						List.of(new FittedValue("LiPON-sputtered", MaterialProperty.IONIC_CONDUCTIVITY, 1e-4, ROOM,
								"fit")), "Garnet").stream().map(AffectedStack::describe).toList(),
				"from the other file, the same way");
	}

	@Test
	void aStackAloneWithItsMaterialListsNothing() {
		Model model = models.parseValid(STACKS.substring(0, STACKS.indexOf("stack Coated")));
		assertEquals(List.of(), FittedValueEdits.otherStacks(model, List.of(latp(MaterialProperty.IONIC_CONDUCTIVITY),
				latp(MaterialProperty.GRAIN_BOUNDARY_CONDUCTIVITY)), "Bare"));
		assertEquals(List.of("Bare"), FittedValueEdits.otherStacks(model,
				List.of(latp(MaterialProperty.IONIC_CONDUCTIVITY)), "Another").stream().map(AffectedStack::stack)
				.toList(), "named by the fit of another stack, this one is listed");
	}

	@Test
	void aValueOfALayerOfTheFittedStackGoesIntoThatLayerAndChangesNoOtherStack() {
		FittedValue value = latp(MaterialProperty.GRAIN_BOUNDARY_CONDUCTIVITY);
		Model model = models.parseValid(STACKS);
		assertEquals(List.of(), FittedValueEdits.otherStacks(model, List.of(value), "Bare"));
		assertEquals(List.of("layer electrolyte pellet: LATP of stack Bare (test.iph:4)"),
				FittedValueEdits.destinations(model, "Bare", List.of(value)));
		String result = write(STACKS, "Bare", value);
		assertTrue(result.contains("""
				  electrolyte pellet: LATP 500 µm {
				    grainBoundaryConductivity = 0.000100 S/cm at 25 °C source Fit1 "fit"
				  }
				  lithium Li
				}
				stack Coated {"""), result);
		assertTrue(result.contains(STACKS.substring(STACKS.indexOf("stack Coated"))), "the other stacks are as they"
				+ " were: " + result);
		assertEquals(1, result.split("grainBoundaryConductivity").length - 1, result);

		String again = write(result, "Bare", new FittedValue("LATP", MaterialProperty.GRAIN_BOUNDARY_CONDUCTIVITY,
				2e-2, ROOM, "refit"), latp(MaterialProperty.IONIC_CONDUCTIVITY));
		assertTrue(again.contains("  electrolyte pellet: LATP 500 µm {\n"
				+ "    grainBoundaryConductivity = 0.000200 S/cm at 25 °C source Fit1 \"refit\"\n"
				+ "    ionicConductivity = 0.000100 S/cm at 25 °C source Fit1 \"fit\"\n  }\n"), "a second fit replaces the layer's value and adds to its block: " + again);
	}

	@Test
	void aMaterialNoLayerOfTheStackIsMadeOfGoesFileWide() {
		FittedValue interphase = new FittedValue("LATP-MCI", MaterialProperty.IONIC_CONDUCTIVITY, 3e-7, ROOM, "MCI");
		Model model = models.parseValid(STACKS);
		assertEquals(List.of("material LATP-MCI, file-wide"), FittedValueEdits.destinations(model, "Bare",
				List.of(interphase)));
		assertEquals(List.of("Coated (test.iph:7): interphase LATP|Li: LATP-MCI"), FittedValueEdits.otherStacks(model,
				List.of(interphase), "Bare").stream().map(AffectedStack::describe).toList(), "LiPON keeps Li off one"
						+ " face of the coated stack's LATP, the other face grows the interphase; the garnet has none");
		String result = write(STACKS, "Bare", interphase);
		assertTrue(result.startsWith(STACKS), result);
		assertTrue(result.contains("\nmaterial LATP-MCI {\n  ionicConductivity = 3.00E-9 S/cm"), result);
	}

	@Test
	void twoDifferentValuesForTheOneMaterialOfAStackAreRefused() {
		Model model = models.parseValid(STACKS.replace("electrolyte pellet: LATP 500 µm", "electrolyte LATP 250 µm\n"
				+ "  electrolyte LATP 250 µm"));
		IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
				IllegalArgumentException.class, () -> FittedValueEdits.edits(model, "Bare", List.of(
						latp(MaterialProperty.IONIC_CONDUCTIVITY), new FittedValue("LATP",
								MaterialProperty.IONIC_CONDUCTIVITY, 2e-2, ROOM, "other face")), "Fit1", "fit"));
		assertTrue(refused.getMessage().contains("stack Bare has one LATP"), refused.getMessage());
	}
}
