package org.interphase.dsl.tests;

import static org.interphase.dsl.tests.ModelAssertions.assertQuantity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.model.CyclingProtocol;
import org.interphase.model.Experiment;
import org.interphase.model.ImpedanceSweep;
import org.interphase.model.Layer;
import org.interphase.model.LayerRole;
import org.interphase.model.Measurement;
import org.interphase.model.Model;
import org.interphase.model.PlatingStripping;
import org.interphase.model.ProtocolStep;
import org.interphase.model.RateCapability;
import org.interphase.model.Stack;
import org.interphase.model.StepGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Stacks with their layers and experiments with their measurements parse into the model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class StackAndExperimentParsingTest {

	private static final String STACK = """
			recipe PaaPeoOnLatp { lbl PaaPeo { bilayer { dip PAA; dip PEO } x 30 } }
			stack Symmetric {
			  area 0.503 cm2
			  temperature 25 °C
			  pressure 1 MPa
			  lithium Li 200 µm
			  coating PaaPeo by PaaPeoOnLatp on pellet
			  electrolyte pellet: LATP 1 mm
			  coating PaaPeo 75 nm by PaaPeoOnLatp on pellet
			  lithium Li 200 µm
			}
			stack AllRoles {
			  collector SS cathode LFP 50 µm interphase MCI 10 nm electrolyte LATP 1 mm anode Li 20 µm
			}
			""";

	@Inject
	private TestModels models;

	@Test
	void stackListsLayersInOrderWithAreaAndConditions() {
		Stack stack = stack("Symmetric");

		assertQuantity(0.503, "cm2", stack.getArea());
		assertQuantity(25, "°C", stack.getTemperature());
		assertQuantity(1, "MPa", stack.getPressure());
		assertEquals(List.of(LayerRole.LITHIUM, LayerRole.COATING, LayerRole.ELECTROLYTE, LayerRole.COATING,
				LayerRole.LITHIUM), stack.getLayers().stream().map(Layer::getRole).toList());
		assertQuantity(200, "µm", stack.getLayers().get(0).getThickness());
	}

	@Test
	void coatingMadeByARecipeNamesTheLayerItWasDepositedOn() {
		List<Layer> layers = stack("Symmetric").getLayers();
		Layer coating = layers.get(1);
		Layer pellet = layers.get(2);

		assertEquals("pellet", pellet.getName());
		assertEquals("PaaPeoOnLatp", coating.getRecipe().getName());
		assertSame(pellet, coating.getSubstrate());
		assertNull(coating.getThickness(), "the thickness then comes from the recipe");
		assertQuantity(75, "nm", layers.get(3).getThickness());
		assertSame(pellet, layers.get(3).getSubstrate());
	}

	@Test
	void everyLayerRoleHasAKeyword() {
		assertEquals(List.of(LayerRole.COLLECTOR, LayerRole.CATHODE, LayerRole.INTERPHASE, LayerRole.ELECTROLYTE,
				LayerRole.ANODE), stack("AllRoles").getLayers().stream().map(Layer::getRole).toList());
	}

	@Test
	void experimentRunsItsMeasurementsInOrder() {
		Experiment experiment = experiment("""
				experiment Lifetime on Symmetric {
				  impedance from 1 MHz to 1 Hz, 10 points per decade, amplitude 10 mV
				  plating-stripping 0.1 mA/cm2 half-cycle 1 h for 600 h
				  impedance from 1 MHz to 100 mHz
				}
				""");

		assertEquals("Symmetric", experiment.getStack().getName());
		ImpedanceSweep before = assertInstanceOf(ImpedanceSweep.class, experiment.getMeasurements().get(0));
		assertQuantity(1, "MHz", before.getStartFrequency());
		assertQuantity(1, "Hz", before.getEndFrequency());
		assertEquals(10, before.getPointsPerDecade());
		assertQuantity(10, "mV", before.getAmplitude());
		PlatingStripping cycling = assertInstanceOf(PlatingStripping.class, experiment.getMeasurements().get(1));
		assertQuantity(0.1, "mA/cm2", cycling.getCurrentDensity());
		assertQuantity(1, "h", cycling.getHalfCycleTime());
		assertQuantity(600, "h", cycling.getTotalTime());
		ImpedanceSweep after = (ImpedanceSweep) experiment.getMeasurements().get(2);
		assertEquals(10, after.getPointsPerDecade(), "10 points per decade when not written");
		assertNull(after.getAmplitude());
	}

	@Test
	void cyclingProtocolKeepsPyBaMMSentencesVerbatimInNestedGroups() {
		CyclingProtocol protocol = (CyclingProtocol) experiment("""
				experiment Formation on Symmetric {
				  cycling {
				    "Rest for 1 hour"
				    repeat 20 {
				      "Discharge at C/10 for 10 hours or until 2.5 V",
				      "Rest for 10 minutes",
				      "Charge at 1 A until 4.1 V", "Hold at 4.1 V until 50 mA"
				      repeat 2 { "Rest for 1 minute" }
				    }
				  }
				}
				""").getMeasurements().get(0);

		assertEquals("Rest for 1 hour", ((ProtocolStep) protocol.getItems().get(0)).getSentence());
		StepGroup group = assertInstanceOf(StepGroup.class, protocol.getItems().get(1));
		assertEquals(20, group.getRepeats());
		assertEquals("Discharge at C/10 for 10 hours or until 2.5 V", ((ProtocolStep) group.getItems().get(0)).getSentence());
		assertEquals(5, group.getItems().size());
		assertEquals(2, ((StepGroup) group.getItems().get(4)).getRepeats());
	}

	@Test
	void emptyProtocolIsStillAMeasurement() {
		Experiment experiment = experiment("experiment Nothing on Symmetric { cycling { } }");

		assertInstanceOf(CyclingProtocol.class, experiment.getMeasurements().get(0));
	}

	@Test
	void rateCapabilityListsDischargeRatesAndTheVoltageWindow() {
		List<Measurement> measurements = experiment("""
				experiment Rates on Symmetric {
				  rate-capability {
				    rates C/10, C/5, 0.5C, 1C, 2 C, C
				    charge C/10
				    window 2.5 V to 4.2 V
				    repeat 5
				  }
				  rate-capability { rates C/2 window 3 V to 4 V }
				}
				""").getMeasurements();
		RateCapability rates = (RateCapability) measurements.get(0);

		assertEquals(List.of("C/10", "C/5", "0.5C", "1C", "2 C", "C"), rates.getRates());
		assertEquals("C/10", rates.getChargeRate());
		assertQuantity(2.5, "V", rates.getLowerVoltage());
		assertQuantity(4.2, "V", rates.getUpperVoltage());
		assertEquals(5, rates.getCyclesPerRate());
		RateCapability minimal = (RateCapability) measurements.get(1);
		assertNull(minimal.getChargeRate(), "charging at the discharge rate");
		assertEquals(1, minimal.getCyclesPerRate());
	}

	private Stack stack(String name) {
		Model model = models.parseWellFormed(Fixtures.DECLARATIONS + STACK);
		return model.getElements().stream().filter(e -> name.equals(e.getName())).map(Stack.class::cast).findFirst()
				.orElseThrow();
	}

	private Experiment experiment(String text) {
		return (Experiment) TestModels.lastElement(models.parseWellFormed(Fixtures.DECLARATIONS + STACK + text));
	}
}
