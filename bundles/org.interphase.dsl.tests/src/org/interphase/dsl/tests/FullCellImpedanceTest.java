package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.hipparchus.complex.Complex;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.library.InterfaceProperty;
import org.interphase.library.Material;
import org.interphase.library.MaterialCurve;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.model.Experiment;
import org.interphase.sim.electrochem.ElectrochemConstants;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.Electrode;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.interphase.sim.stack.StackLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The impedance of a full cell written in a file: the layers as in a symmetric cell, the charge transfer of both
 * contacts, and the solid diffusion of the cathode as a finite-length Warburg of τ = L²/D and C_int = Q/|dU/dx|,
 * checked against its analytic low- and high-frequency limits from the library's values.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class FullCellImpedanceTest {

	private static final MaterialLibrary LIBRARY = Libraries.builtIn();
	private static final String ELECTROLYTE = "LLTO-film-annealed-300";

	/** NCM523 (1 µm film) | 350 nm LLTO | Li; {@code %s} is the area. */
	private static final String CELL = """
			stack Cell {
			  area %s
			  temperature 25 °C
			  cathode NCM523 1 µm
			  electrolyte LLTO-film-annealed-300 350 nm
			  lithium Li 100 µm
			}
			experiment Eis on Cell {
			  impedance from 1 MHz to 1 mHz
			}
			""";

	private final ModelCompiler compiler = new ModelCompiler(Libraries.builtIn());

	@Inject
	private TestModels models;

	private CellStack cell(String area) {
		CompiledRun.Impedance run = (CompiledRun.Impedance) compiler.compile((Experiment) TestModels
				.lastElement(models.parseValid(CELL.formatted(area)))).runs().get(0);
		return run.stack();
	}

	@Test
	void atLowFrequencyTheCellIsItsResistancesInSeriesWithTheCathodesIntercalationCapacitance() {
		CellStack cell = cell("1 cm2");
		double area = 1e-4;
		Material ncm = LIBRARY.material("NCM523").orElseThrow();
		double length = 1e-6;
		double diffusivity = ncm.require(MaterialProperty.LITHIUM_DIFFUSIVITY).value().si();
		double charge = ncm.require(MaterialProperty.DENSITY).value().si() * area * length
				* ncm.require(MaterialProperty.SPECIFIC_CAPACITY).value().si();
		double intercalation = charge / Math.abs(slopeAtHalfLithiation(ncm.id()));
		double tau = length * length / diffusivity;
		double diffusion = tau / intercalation;

		double omega = 2 * Math.PI * 1e-7;
		Complex z = StackCircuitBuilder.circuit(cell).impedance(omega);

		// Reflective finite Warburg: R_d coth(√(jωτ))/√(jωτ) → R_d/3 + 1/(jωC_int) as ωτ → 0.
		double expected = layers(cell) + chargeTransfer("NCM523", area) + chargeTransfer("Li", area) + diffusion / 3;
		assertEquals(expected, z.getReal(), 1e-5 * expected);
		assertEquals(1 / intercalation, -z.getImaginary() * omega, 1e-5 / intercalation);
		assertTrue(cell.left().kind() == Electrode.Kind.INTERCALATING, "the cathode ends the stack: " + cell.left());
	}

	@Test
	void atHighFrequencyTheCathodesDiffusionIsASemiInfiniteWarburg() {
		CellStack cell = cell("1 cm2");
		var diffusion = cell.left().diffusion().orElseThrow();
		double z0 = diffusion.areaSpecificResistance() / cell.area();
		double omega = 1e4 / diffusion.diffusionTime();

		Complex z = StackCircuitBuilder.simulate(cell, omega / (2 * Math.PI)).contribution("NCM523 diffusion")
				.spectrum().impedance(0);

		// coth → 1 for ωτ ≫ 1: Z = R_d/√(jωτ), a 45° line.
		Complex expected = new Complex(z0).divide(new Complex(0, omega * diffusion.diffusionTime()).sqrt());
		assertEquals(expected.getReal(), z.getReal(), 1e-9 * expected.norm());
		assertEquals(expected.getImaginary(), z.getImaginary(), 1e-9 * expected.norm());
	}

	@Test
	void twiceTheAreaHalvesEveryResistanceOfTheFullCell() {
		double omega = 2 * Math.PI * 1e-7;
		Complex small = StackCircuitBuilder.circuit(cell("1 cm2")).impedance(omega);
		Complex large = StackCircuitBuilder.circuit(cell("2 cm2")).impedance(omega);

		assertEquals(0.5, large.getReal() / small.getReal(), 1e-9);
		assertEquals(0.5, large.getImaginary() / small.getImaginary(), 1e-9);
	}

	/** Σ t/(σA) of the stack's layers at its temperature, grain boundaries included. */
	private static double layers(CellStack cell) {
		double sum = 0;
		for (StackLayer layer : cell.layers()) {
			double perConductivity = 1 / layer.material().conductivity().at(cell.temperature())
					+ layer.material().grainBoundary().filter(gb -> layer.polycrystalline())
							.map(gb -> 1 / gb.conductivity().at(cell.temperature())).orElse(0.0);
			sum += layer.thickness() * perConductivity / cell.area();
		}
		return sum;
	}

	/** RT/(F i₀ A) of the electrode's interface with the electrolyte, at the i₀'s own 25 °C. */
	private static double chargeTransfer(String electrode, double area) {
		double i0 = LIBRARY.interfaceBetween(electrode, ELECTROLYTE).orElseThrow()
				.require(InterfaceProperty.EXCHANGE_CURRENT_DENSITY).value().si();
		return ElectrochemConstants.thermalVoltage(298.15) / (i0 * area);
	}

	/** dU/dx of the library's open-circuit table of the material where it holds x = 0.5. */
	private static double slopeAtHalfLithiation(String material) {
		MaterialCurve curve = LIBRARY.curvesOf(material, MaterialCurve.OPEN_CIRCUIT_POTENTIAL).get(0);
		double[] x = curve.xs();
		double[] u = curve.values();
		int hi = 1;
		while (x[hi] < 0.5) {
			hi++;
		}
		return (u[hi] - u[hi - 1]) / (x[hi] - x[hi - 1]);
	}

	/**
	 * The impedance and the cycling of one stack read the same contacts: every contact Li⁺ crosses with kinetics,
	 * the SiO2 buffer's contact with the LLTO film included, has the same i₀ in both.
	 */
	@Test
	void impedanceAndCyclingTakeTheSameChargeTransferAtTheBuffersContactWithTheElectrolyte() {
		String text = """
				stack Buffered {
				  area 0.459 cm2
				  temperature 25 °C
				  cathode NCM523 1 µm
				  coating SiO2-sputtered 20 nm
				  electrolyte LLTO-film-annealed-300 350 nm
				  lithium Li 100 µm
				}
				experiment Both on Buffered {
				  impedance from 1 MHz to 1 Hz
				  cycling { repeat 1 { "Charge at C/10 until 4.2 V", "Discharge at C/10 until 3.2 V" } }
				}
				""";
		var plan = compiler.compile((Experiment) TestModels.lastElement(models.parseValid(text)));
		CellStack stack = ((CompiledRun.Impedance) plan.runs().get(0)).stack();
		var cycling = ((CompiledRun.Cycling) plan.runs().get(1)).parameters();
		String label = "SiO2-sputtered|" + ELECTROLYTE;
		double impedanceI0 = stack.parts().stream().filter(org.interphase.sim.stack.StackInterface.class::isInstance)
				.map(org.interphase.sim.stack.StackInterface.class::cast).filter(c -> c.label().equals(label))
				.findFirst().orElseThrow().exchangeCurrentDensity().orElseThrow().at(stack.temperature());
		assertEquals(1, cycling.innerContacts().size());
		assertEquals(label, cycling.innerContacts().get(0).label());
		assertEquals(impedanceI0, cycling.innerContacts().get(0).exchangeCurrentDensity(), 1e-12 * impedanceI0);
	}
}
