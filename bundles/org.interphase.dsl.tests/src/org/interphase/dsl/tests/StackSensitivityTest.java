package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.core.units.CRate;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.compiler.SimulationPlan;
import org.interphase.dsl.library.Libraries;
import org.interphase.model.Experiment;
import org.interphase.sim.cycling.CellParameters;
import org.interphase.sim.cycling.CyclingSimulation;
import org.interphase.sim.cycling.SolverSettings;
import org.interphase.sim.electrochem.ElectrochemConstants;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.interphase.sim.symmetric.SymmetricCellEngine;
import org.interphase.sim.symmetric.SymmetricCellResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * What the user writes is what is simulated: changing a stack line or a material property of the {@code .iph} text
 * changes the compiled engine inputs, and the simulated result, by exactly the physics' amount. These are
 * predictions of the model's structure, not reproductions of published numbers.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class StackSensitivityTest {

	/** A thin-film NCM523 | LLTO | Li cell; {@code %s} are the area, the temperature and the LLTO thickness. */
	private static final String THIN_FILM = """
			stack Cell {
			  area %s
			  temperature 25 °C
			  cathode NCM523 1 µm
			  electrolyte LLTO-film-annealed-300 %s
			  lithium Li 100 µm
			}
			experiment Rates on Cell {
			  rate-capability { rates C/10, 30C window 3.2 V to 4.2 V }
			}
			""";

	/** Li | coating | 1 mm LLZO | coating | Li; {@code %s} are the coating lines (or nothing) and the temperature. */
	private static final String SYMMETRIC = """
			stack Sym {
			  area 1 cm2
			  temperature %s
			  lithium Li
			  %s
			  electrolyte LLZO 1 mm
			  %s
			  lithium Li
			}
			experiment Plating on Sym {
			  plating-stripping 0.1 mA/cm2 half-cycle 1 h for 2 h
			}
			""";

	private final ModelCompiler compiler = new ModelCompiler(Libraries.builtIn());

	@Inject
	private TestModels models;

	private SimulationPlan plan(String text) {
		return compiler.compile((Experiment) TestModels.lastElement(models.parseValid(text)));
	}

	private CellParameters thinFilm(String area, String electrolyte) {
		return ((CompiledRun.Cycling) plan(THIN_FILM.formatted(area, electrolyte)).runs().get(0)).parameters();
	}

	private CompiledRun.PlatingStripping symmetric(String temperature, String coating) {
		return (CompiledRun.PlatingStripping) plan(SYMMETRIC.formatted(temperature, coating, coating)).runs().get(0);
	}

	private static double thirtyCCapacity(CellParameters cell) {
		return new CyclingSimulation(cell, org.interphase.sim.protocol.Experiment.rateCapability(CRate.parse("C/10"),
				4.2, 3.2, List.of(CRate.parse("C/10"), CRate.parse("30C")), 1), SolverSettings.DEFAULT)
				.run(RunMonitor.NONE).cycle(2).dischargeCapacityAh();
	}

	/** The DC resistance of a compiled stack, Ω: the real part of its impedance at 1 mHz. */
	private static double dcResistance(CellStack stack) {
		return StackCircuitBuilder.circuit(stack).impedance(2 * Math.PI * 1e-3).getReal();
	}

	@Test
	void aHundredTimesThickerElectrolyteHasAHundredTimesTheResistanceAndLessCapacityAtThirtyC() {
		CellParameters thin = thinFilm("0.459 cm2", "350 nm");
		CellParameters thick = thinFilm("0.459 cm2", "35 µm");

		assertEquals(100, thick.separatorResistance() / thin.separatorResistance(), 1e-9);
		double thinAtThirtyC = thirtyCCapacity(thin);
		double thickAtThirtyC = thirtyCCapacity(thick);
		assertTrue(thickAtThirtyC < thinAtThirtyC, "30C capacity " + thickAtThirtyC + " Ah with 35 µm of LLTO, "
				+ thinAtThirtyC + " Ah with 350 nm");
	}

	/**
	 * The buffer of the user's of {@link BufferValidationTest}, complete, with its contact with the LLTO film;
	 * {@code %s} is the exchange current density its file writes for that contact.
	 */
	private static final String BUFFERED = BufferValidationTest.USER_BUFFER.formatted("""
			  oxidationLimit = 5 V source Made "test"
			  tunnellingLength = 0.1 nm source Made "test"
			  shearModulus = 30 GPa source Made "test"
			""") + """
			interface IF-Buffer-X-LLTO {
			  between = Buffer-X
			  and = LLTO-film-annealed-300
			  exchangeCurrentDensity = %s at 25 °C source Made "test"
			  doubleLayerCapacitance = 10 µF/cm2 source Made "test"
			}
			experiment Rates on Cell {
			  rate-capability { rates C/10, 30C window 3.2 V to 4.2 V }
			}
			""";

	@Test
	void theBufferElectrolyteContactTheFileWritesTakesItsChargeTransferAtThirtyC() {
		CellParameters fast = ((CompiledRun.Cycling) plan(BUFFERED.formatted("1 mA/cm2")).runs().get(0)).parameters();
		CellParameters slow = ((CompiledRun.Cycling) plan(BUFFERED.formatted("0.01 mA/cm2")).runs().get(0))
				.parameters();

		assertEquals(List.of(10.0), fast.innerContacts().stream().map(c -> c.exchangeCurrentDensity()).toList());
		assertEquals(List.of(0.1), slow.innerContacts().stream().map(c -> c.exchangeCurrentDensity()).toList());
		// At 30C (about 2 mA/cm²) the slow contact takes 2RT/F·asinh(i/2i₀), about 0.3 V of the 1 V window.
		double fastAtThirtyC = thirtyCCapacity(fast);
		double slowAtThirtyC = thirtyCCapacity(slow);
		assertTrue(slowAtThirtyC < 0.8 * fastAtThirtyC, "30C capacity " + slowAtThirtyC + " Ah with i0 = 0.01 mA/cm2, "
				+ fastAtThirtyC + " Ah with 1 mA/cm2");
	}

	@Test
	void twiceTheAreaTakesTwiceTheCurrentAtTheSameCRateThroughHalfTheResistance() {
		CellParameters small = thinFilm("1 cm2", "350 nm");
		CellParameters large = thinFilm("2 cm2", "350 nm");

		// The current of a C-rate is the rate times the nominal capacity.
		assertEquals(2, large.nominalCapacityAh() / small.nominalCapacityAh(), 1e-12);
		assertEquals(0.5, large.separatorResistance() / small.separatorResistance(), 1e-12);
	}

	@Test
	void sixtyDegreesChangesEveryArrheniusPropertyByItsActivationEnergy() {
		// A garnet of the user's with an activation energy, between Li electrodes in ideal contact: its conductivity
		// is the stack's only Arrhenius property and its bulk resistance the whole DC resistance.
		String garnet = """
				source Made "a value for this test"
				material Garnet "Li7La3Zr2O12" {
				  ionicConductivity = 3e-4 S/cm at 25 °C source Made "test"
				  activationEnergy = 0.35 eV source Made "test"
				  relativePermittivity = 60 source Made "test"
				}
				""";
		String symmetric = SYMMETRIC.replace("LLZO", "Garnet");
		CellStack warm = stack(garnet + symmetric.formatted("25 °C", "", ""));
		CellStack hot = stack(garnet + symmetric.formatted("60 °C", "", ""));

		double expected = Math.exp(0.35 * ElectrochemConstants.FARADAY / ElectrochemConstants.GAS_CONSTANT
				* (1 / 298.15 - 1 / 333.15));
		assertEquals(expected, dcResistance(warm) / dcResistance(hot), 1e-9 * expected);
		assertEquals(1e-3 / (3e-2 * 1e-4), dcResistance(warm), 1e-9 * dcResistance(warm), "t/(σA) at 25 °C");
	}

	private CellStack stack(String text) {
		return ((CompiledRun.PlatingStripping) plan(text).runs().get(0)).input().stack();
	}

	@Test
	void aCoatingOfNoThicknessIsNoCoating() {
		CompiledRun.PlatingStripping bare = symmetric("25 °C", "");
		CompiledRun.PlatingStripping none = symmetric("25 °C", "coating Al2O3-ALD 0 nm");

		assertEquals(dcResistance(bare.input().stack()), dcResistance(none.input().stack()), 0);
		assertEquals(List.of(run(bare).voltage()[1]), List.of(run(none).voltage()[1]));
	}

	@Test
	void aCoatingsConductivityChangesTheOverpotentialByItsOhmicDrop() {
		String coating = "coating Coat 1 µm";
		String lowly = "material Coat \"C\" {\n  ionicConductivity = 1e-7 S/cm at 25 °C\n  relativePermittivity = 10\n}\n";
		String better = lowly.replace("1e-7", "2e-7");
		SymmetricCellResult low = run((CompiledRun.PlatingStripping) plan(lowly + SYMMETRIC.formatted("25 °C",
				coating, coating)).runs().get(0));
		SymmetricCellResult high = run((CompiledRun.PlatingStripping) plan(better + SYMMETRIC.formatted("25 °C",
				coating, coating)).runs().get(0));

		// Two coatings of t/σ each at 0.1 mA/cm2: j · 2t · (1/σ₁ − 1/σ₂)
		// = 1 A/m² · 2e-6 m · (1e5 − 5e4) Ω m = 0.1 V.
		assertEquals(0.1, Math.abs(low.voltage()[1]) - Math.abs(high.voltage()[1]), 1e-6);
	}

	private static SymmetricCellResult run(CompiledRun.PlatingStripping plating) {
		return new SymmetricCellEngine(plating.model()).run(plating.input(), RunMonitor.NONE);
	}
}
