package org.interphase.dsl.tests;

import static org.interphase.dsl.tests.ModelAssertions.assertQuantity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.model.AnnealStep;
import org.interphase.model.Cycle;
import org.interphase.model.CycleKind;
import org.interphase.model.DepositionCycle;
import org.interphase.model.HalfStep;
import org.interphase.model.Immersion;
import org.interphase.model.ImmersionKind;
import org.interphase.model.LayerByLayer;
import org.interphase.model.PowerMode;
import org.interphase.model.Pulse;
import org.interphase.model.Purge;
import org.interphase.model.Recipe;
import org.interphase.model.SputterStep;
import org.interphase.model.Step;
import org.interphase.model.Supercycle;
import org.interphase.model.TechniqueStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Every recipe construct parses into the model objects it stands for. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class RecipeParsingTest {

	@Inject
	private TestModels models;

	@Test
	void aldCycleAsInTheIssueBecomesOrderedHalfSteps() {
		Recipe recipe = recipe("""
				recipe AluminaOnLatp on LATP {
				  ald Al2O3 at 250 °C {
				    pulse TMA 0.1 s; purge N2 10 s; pulse H2O 0.1 s; purge N2 10 s
				  } x 150
				}
				""");

		assertEquals("LATP", recipe.getSubstrate().getName());
		DepositionCycle ald = assertInstanceOf(DepositionCycle.class, recipe.getSteps().get(0));
		assertEquals(CycleKind.ALD, ald.getKind());
		assertEquals("Al2O3", ald.getFilm().getName());
		assertQuantity(250, "°C", ald.getTemperature());
		assertEquals(150, ald.getRepeats());
		List<HalfStep> halfSteps = ald.getHalfSteps();
		assertEquals(4, halfSteps.size());
		assertEquals("TMA", assertInstanceOf(Pulse.class, halfSteps.get(0)).getChemical().getName());
		assertEquals("N2", assertInstanceOf(Purge.class, halfSteps.get(1)).getGas().getName());
		assertEquals("H2O", assertInstanceOf(Pulse.class, halfSteps.get(2)).getChemical().getName());
		assertEquals("N2", assertInstanceOf(Purge.class, halfSteps.get(3)).getGas().getName());
		assertQuantity(0.1, "s", halfSteps.get(2).getDuration());
		assertQuantity(10, "s", halfSteps.get(3).getDuration());
	}

	@Test
	void halfStepsNeedNoSemicolonsAndMayOmitUnreportedTimesAndGas() {
		DepositionCycle ald = (DepositionCycle) recipe("""
				recipe R { ald Al2O3 { pulse TMA purge N2 pulse H2O purge } }
				""").getSteps().get(0);

		assertEquals(4, ald.getHalfSteps().size());
		assertTrue(ald.getHalfSteps().stream().allMatch(step -> step.getDuration() == null));
		assertNull(((Purge) ald.getHalfSteps().get(3)).getGas());
		assertEquals(1, ald.getRepeats(), "one cycle when no count is written");
		assertNull(ald.getTemperature());
	}

	@Test
	void plasmaPulseCarriesItsPowerAndCycleItsPressure() {
		DepositionCycle ald = (DepositionCycle) recipe("""
				recipe R {
				  ald AlN at 200 °C pressure 0.2 Torr {
				    pulse TMA 0.05 s; purge Ar 5 s; plasma NH3 10 s power 300 W; purge Ar 5 s
				  } x 100
				}
				""").getSteps().get(0);

		assertQuantity(0.2, "Torr", ald.getPressure());
		Pulse thermal = (Pulse) ald.getHalfSteps().get(0);
		Pulse plasma = (Pulse) ald.getHalfSteps().get(2);
		assertFalse(thermal.isPlasma());
		assertTrue(plasma.isPlasma());
		assertEquals("NH3", plasma.getChemical().getName());
		assertQuantity(300, "W", plasma.getPower());
	}

	@Test
	void mldCycleIsACycleOfKindMld() {
		DepositionCycle mld = (DepositionCycle) recipe("""
				recipe R { mld Alucone at 85 °C { pulse TMA 0.1 s; purge N2 20 s; pulse EG 0.5 s; purge N2 30 s } x 100 }
				""").getSteps().get(0);

		assertEquals(CycleKind.MLD, mld.getKind());
		assertEquals("Alucone", mld.getFilm().getName());
		assertEquals("EG", ((Pulse) mld.getHalfSteps().get(2)).getChemical().getName());
	}

	@Test
	void supercycleNestsSubCyclesWithTheirCounts() {
		Supercycle supercycle = (Supercycle) recipe("""
				recipe LiAlO {
				  supercycle Al2O3 at 225 °C {
				    ald Al2O3 { pulse TMA 0.1 s; purge N2 10 s; pulse H2O 0.1 s; purge N2 10 s } x 3
				    ald Li2O { pulse LiOtBu 1 s; purge N2 10 s; pulse H2O 0.1 s; purge N2 10 s } × 1
				    supercycle { ald Al2O3 { pulse TMA; purge N2 } ×2 }
				  } x 20
				}
				""").getSteps().get(0);

		assertQuantity(225, "°C", supercycle.getTemperature());
		assertEquals(20, supercycle.getRepeats());
		List<Cycle> subcycles = supercycle.getSubcycles();
		assertEquals(List.of(3, 1, 1), subcycles.stream().map(Cycle::getRepeats).toList());
		assertEquals("Li2O", subcycles.get(1).getFilm().getName());
		assertNull(subcycles.get(0).getTemperature(), "a sub-cycle inherits the supercycle's temperature");
		Supercycle nested = assertInstanceOf(Supercycle.class, subcycles.get(2));
		assertEquals(2, nested.getSubcycles().get(0).getRepeats());
	}

	@Test
	void emptySupercycleIsStillAStep() {
		List<Step> steps = recipe("recipe R { supercycle { } x 3 }").getSteps();

		assertEquals(3, assertInstanceOf(Supercycle.class, steps.get(0)).getRepeats());
	}

	@Test
	void layerByLayerHasPrecursorLayerAndRepeatedBilayer() {
		LayerByLayer lbl = (LayerByLayer) recipe("""
				recipe PaaPeoOnLatp {
				  lbl PaaPeo {
				    precursor { dip PEI 0.2 g/L pH 6 for 5 min; rinse Trizma 0.01 M pH 6 for 2 min }
				    bilayer {
				      dip PAA 0.2 g/L pH 2.6 for 5 min
				      rinse Trizma 0.01 M pH 2.6 for 2 min
				      dip PEO 0.2 g/L pH 2.6 for 5 min
				      rinse Trizma 0.01 M pH 2.6 for 2 min
				    } x 30
				  }
				}
				""").getSteps().get(0);

		assertEquals("PaaPeo", lbl.getFilm().getName());
		assertEquals(2, lbl.getPrecursorLayer().size());
		assertEquals(30, lbl.getBilayerCount());
		assertEquals(List.of(ImmersionKind.DIP, ImmersionKind.RINSE, ImmersionKind.DIP, ImmersionKind.RINSE),
				lbl.getBilayer().stream().map(Immersion::getKind).toList());
		Immersion paa = lbl.getBilayer().get(0);
		assertEquals("PAA", paa.getSolution().getName());
		assertQuantity(0.2, "g/L", paa.getConcentration());
		assertEquals(2.6, paa.getPh());
		assertQuantity(5, "min", paa.getDuration());
		assertQuantity(0.01, "M", lbl.getBilayer().get(1).getConcentration());
	}

	@Test
	void immersionWithoutPhLeavesItUnset() {
		LayerByLayer lbl = (LayerByLayer) recipe("""
				recipe R { lbl { bilayer { dip PAA for 5 min; rinse Trizma } x 2 } }
				""").getSteps().get(0);

		Immersion rinse = lbl.getBilayer().get(1);
		assertFalse(rinse.isSetPh());
		assertNull(rinse.getDuration());
		assertTrue(lbl.getPrecursorLayer().isEmpty());
	}

	@Test
	void sputterStepsRunForATimeOrToAThickness() {
		List<Step> steps = recipe("""
				recipe LltoFilm {
				  sputter LLTO rf 2.63 W/cm2 in Ar pressure 0.5 Pa at 25 °C for 35 min
				  sputter SS dc 50 W to 100 nm
				}
				""").getSteps();

		SputterStep rf = (SputterStep) steps.get(0);
		assertEquals("LLTO", rf.getTarget().getName());
		assertEquals(PowerMode.RF, rf.getPowerMode());
		assertQuantity(2.63, "W/cm2", rf.getPower());
		assertEquals("Ar", rf.getGas().getName());
		assertQuantity(0.5, "Pa", rf.getPressure());
		assertQuantity(25, "°C", rf.getTemperature());
		assertQuantity(35, "min", rf.getDuration());
		assertNull(rf.getThickness());
		SputterStep dc = (SputterStep) steps.get(1);
		assertEquals(PowerMode.DC, dc.getPowerMode());
		assertQuantity(100, "nm", dc.getThickness());
		assertNull(dc.getDuration());
	}

	@Test
	void annealAndBakeAreTheSameStep() {
		List<Step> steps = recipe("""
				recipe R {
				  anneal at 300 °C for 30 min in O2 ramp 10 °C/s
				  bake at 130 °C
				}
				""").getSteps();

		AnnealStep anneal = (AnnealStep) steps.get(0);
		assertQuantity(300, "°C", anneal.getTemperature());
		assertQuantity(30, "min", anneal.getDuration());
		assertEquals("O2", anneal.getAtmosphere().getName());
		assertQuantity(10, "°C/s", anneal.getRampRate());
		AnnealStep bake = assertInstanceOf(AnnealStep.class, steps.get(1));
		assertQuantity(130, "°C", bake.getTemperature());
		assertNull(bake.getDuration());
	}

	@Test
	void techniqueStepNamesAPluginTechniqueWithParameters() {
		List<Step> steps = recipe("""
				recipe R {
				  step org.example.SpinCoating { speed = 3000 rpm; duration = 30 s solvent = "ethanol" }
				  step SurfaceActivation
				}
				""").getSteps();

		TechniqueStep spin = (TechniqueStep) steps.get(0);
		assertEquals("org.example.SpinCoating", spin.getTechnique());
		assertEquals(List.of("speed", "duration", "solvent"), spin.getParameters().stream().map(p -> p.getKey()).toList());
		assertQuantity(3000, "rpm", spin.getParameters().get(0).getQuantity());
		assertEquals("ethanol", spin.getParameters().get(2).getText());
		assertTrue(((TechniqueStep) steps.get(1)).getParameters().isEmpty());
	}

	private Recipe recipe(String text) {
		return (Recipe) TestModels.lastElement(models.parseValid(Fixtures.DECLARATIONS + text));
	}
}
