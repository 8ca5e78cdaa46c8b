package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.compiler.SimulationPlan;
import org.interphase.dsl.library.Libraries;
import org.interphase.library.MaterialProperty;
import org.interphase.model.Experiment;
import org.interphase.model.Model;
import org.interphase.sim.cycling.CellParameters;
import org.interphase.sim.electrochem.ElectrochemConstants;
import org.interphase.sim.stack.StackLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * 60 °C against 25 °C: every thermally activated input of a full cell (bulk and grain-boundary conductivity, the
 * cathode's Li diffusivity, both contacts' exchange current densities) moves by exactly its own Arrhenius factor
 * exp(−Ea/R·(1/T₂ − 1/T₁)), in the cycling inputs and in the impedance stack alike.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class TemperatureSensitivityTest {

	private static final double WARM = 298.15;
	private static final double HOT = 333.15;

	/** NCM523 | 100 µm of a test garnet | Li with its own contacts; {@code %s} is the temperature. */
	private static final String CELL = """
			source Made "values of this test"
			material Garnet "Li7La3Zr2O12" {
			  ionicConductivity = 3e-4 S/cm at 25 °C source Made "test"
			  activationEnergy = 0.35 eV source Made "test"
			  grainBoundaryConductivity = 1e-4 S/cm at 25 °C source Made "test"
			  grainBoundaryActivationEnergy = 0.45 eV source Made "test"
			  grainSize = 1 µm source Made "test"
			  grainBoundaryWidth = 2 nm source Made "test"
			  relativePermittivity = 60 source Made "test"
			}
			interface IF-NCM523-Garnet {
			  between = NCM523
			  and = Garnet
			  exchangeCurrentDensity = 0.1 mA/cm2 at 25 °C source Made "test"
			  activationEnergy = 0.5 eV source Made "test"
			  doubleLayerCapacitance = 10 µF/cm2 source Made "test"
			}
			interface IF-Li-Garnet {
			  between = Li
			  and = Garnet
			  exchangeCurrentDensity = 1 mA/cm2 at 25 °C source Made "test"
			  activationEnergy = 0.3 eV source Made "test"
			  doubleLayerCapacitance = 10 µF/cm2 source Made "test"
			}
			stack Cell {
			  area 1 cm2
			  temperature %s
			  cathode NCM523 1 µm
			  electrolyte Garnet 100 µm
			  lithium Li 100 µm
			}
			experiment Both on Cell {
			  impedance from 1 MHz to 1 Hz
			  cycling { "Discharge at C/10 until 3.2 V" }
			}
			""";

	private final ModelCompiler compiler = new ModelCompiler(Libraries.builtIn());

	@Inject
	private TestModels models;

	private SimulationPlan plan(String temperature) {
		return compiler.compile((Experiment) TestModels.lastElement(models.parseValid(CELL.formatted(temperature))));
	}

	/** X(60 °C)/X(25 °C) of a property with activation energy {@code eV}. */
	private static double factor(double eV) {
		return Math.exp(-eV * ElectrochemConstants.FARADAY / ElectrochemConstants.GAS_CONSTANT * (1 / HOT - 1 / WARM));
	}

	private static CellParameters cycling(SimulationPlan plan) {
		return ((CompiledRun.Cycling) plan.runs().get(1)).parameters();
	}

	private static StackLayer electrolyte(SimulationPlan plan) {
		return ((CompiledRun.Impedance) plan.runs().get(0)).stack().layers().get(0);
	}

	@Test
	void everyArrheniusInputOfTheCyclingModelMovesByItsActivationEnergy() {
		CellParameters warm = cycling(plan("25 °C"));
		CellParameters hot = cycling(plan("60 °C"));
		double diffusionEnergy = Libraries.builtIn().material("NCM523").orElseThrow()
				.require(MaterialProperty.LITHIUM_DIFFUSIVITY_ACTIVATION_ENERGY).value().in("eV");

		assertEquals(factor(diffusionEnergy), hot.diffusivity() / warm.diffusivity(), 1e-9);
		assertEquals(factor(0.5), hot.cathodeInterface().exchangeCurrentDensity()
				/ warm.cathodeInterface().exchangeCurrentDensity(), 1e-9);
		assertEquals(factor(0.3), hot.anodeInterface().exchangeCurrentDensity()
				/ warm.anodeInterface().exchangeCurrentDensity(), 1e-9);
		// t/(σA) of the grains plus t/(σ_gb A) of the boundaries, each with its own energy.
		double bulk = 100e-6 / (3e-2 * 1e-4);
		double boundaries = 100e-6 / (1e-2 * 1e-4);
		assertEquals(bulk + boundaries, warm.separatorResistance(), 1e-9 * warm.separatorResistance());
		double expected = bulk / factor(0.35) + boundaries / factor(0.45);
		assertEquals(expected, hot.separatorResistance(), 1e-9 * expected);
	}

	@Test
	void everyArrheniusInputOfTheImpedanceStackMovesByItsActivationEnergy() {
		SimulationPlan warm = plan("25 °C");
		SimulationPlan hot = plan("60 °C");
		StackLayer layer = electrolyte(warm);

		assertEquals(factor(0.35), layer.material().conductivity().at(HOT) / layer.material().conductivity()
				.at(WARM), 1e-9);
		assertEquals(factor(0.45), layer.material().grainBoundary().orElseThrow().conductivity().at(HOT)
				/ layer.material().grainBoundary().orElseThrow().conductivity().at(WARM), 1e-9);
		var cathode = ((CompiledRun.Impedance) warm.runs().get(0)).stack().left().diffusion().orElseThrow();
		var hotCathode = ((CompiledRun.Impedance) hot.runs().get(0)).stack().left().diffusion().orElseThrow();
		double diffusionEnergy = Libraries.builtIn().material("NCM523").orElseThrow()
				.require(MaterialProperty.LITHIUM_DIFFUSIVITY_ACTIVATION_ENERGY).value().in("eV");
		assertEquals(factor(diffusionEnergy), hotCathode.diffusionCoefficient() / cathode.diffusionCoefficient(),
				1e-9);
	}

	@Test
	void aDiffusivityWithoutActivationEnergyIsRefusedAwayFromItsTemperatureWithTheLineToAdd() {
		// The library's NCM811 diffusivity (Chen2020) has no activation energy: its source gives none.
		String text = CELL.replace("NCM523", "NCM811").formatted("60 °C");

		Model model = models.parseWellFormed(text);
		CompileException refused = assertThrows(CompileException.class, () -> compiler.compile(
				(Experiment) TestModels.lastElement(model)));

		assertTrue(refused.getMessage().contains("add 'lithiumDiffusivityActivationEnergy = <value> eV source"),
				refused.getMessage());
		assertTrue(refused.getMessage().contains("material NCM811"), refused.getMessage());
		// The editor says so before any run: validation compiles the experiment.
		String errors = TestModels.describe(model.eResource(), models.errors(model.eResource()));
		assertTrue(errors.contains("lithiumDiffusivityActivationEnergy"), errors);
	}
}
