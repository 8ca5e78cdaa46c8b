package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.model.Experiment;
import org.interphase.model.Model;
import org.interphase.sim.symmetric.SymmetricCellModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * What the symmetric-cell engine needs besides the layers is written in files too: the cut-off on the measurement,
 * the critical stripping current, its reference pressure and the void roughness on Li or on its interface entry,
 * and the tunnelling length on an insulating coating's material. Each written value reaches the engine; a missing
 * one is refused with the line to add.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class SymmetricCellInputsTest {

	/** Li | 1 µm coating | LATP 500 µm | Li; {@code %s} are extra entries, the coating material and the measurement's tail. */
	private static final String CELL = """
			source Made "values of this test"
			%s
			stack Sym {
			  area 1 cm2
			  temperature 25 °C
			  lithium Li
			  coating %s 2 nm
			  electrolyte LATP 500 µm
			  lithium Li
			}
			experiment Plating on Sym {
			  plating-stripping 0.1 mA/cm2 half-cycle 1 h for 2 h %s
			}
			""";

	/** An electronically insulating test coating; {@code %s} is its tunnelling-length line, or nothing. */
	private static final String INSULATING = """
			material Coat "Al2O3" {
			  ionicConductivity = 1e-8 S/cm at 25 °C source Made "test"
			  relativePermittivity = 9 source Made "test"
			  electronicallyInsulating = true source Made "test"
			  %s
			}
			""";

	private final ModelCompiler compiler = new ModelCompiler(Libraries.builtIn());

	@Inject
	private TestModels models;

	private CompiledRun.PlatingStripping run(String entries, String coating, String tail) {
		return (CompiledRun.PlatingStripping) compiler.compile((Experiment) TestModels.lastElement(models.parseValid(
				CELL.formatted(entries, coating, tail)))).runs().get(0);
	}

	@Test
	void theWrittenCutoffIsTheModelsWithItsLine() {
		SymmetricCellModel defaulted = run("", "Al2O3-ALD", "").model();
		CompiledRun.PlatingStripping written = run("", "Al2O3-ALD", "cutoff 1.5 V");

		assertEquals(2.0, defaulted.cutoffVoltage().value().in("V"));
		assertEquals(1.5, written.model().cutoffVoltage().value().in("V"));
		assertTrue(written.inputs().stream().anyMatch(input -> input.name().equals("cut-off voltage")
				&& input.si() == 1.5 && input.source().location().matches(".*:\\d+")), written.inputs().toString());
	}

	@Test
	void strippingValuesComeFromLiUnlessItsInterfaceStatesItsOwn() {
		SymmetricCellModel library = run("", "Al2O3-ALD", "").model();
		SymmetricCellModel ownLi = run("""
				material Li "Li" {
				  criticalStrippingCurrentDensity = 0.4 mA/cm2 source Made "test"
				  strippingReferencePressure = 5 MPa source Made "test"
				  voidRoughness = 2 µm source Made "test"
				}
				""", "Al2O3-ALD", "").model();
		SymmetricCellModel ownContact = run("""
				material Coat "Li3PO4" {
				  ionicConductivity = 1e-7 S/cm at 25 °C source Made "test"
				  relativePermittivity = 9 source Made "test"
				}
				interface IF-Li-Coat {
				  between = Li
				  and = Coat
				  chargeTransferResistance = 150 Ω cm2 at 25 °C source Made "test"
				  doubleLayerCapacitance = 10 µF/cm2 source Made "test"
				  criticalStrippingCurrentDensity = 0.05 mA/cm2 source Made "test"
				  strippingReferencePressure = 1 MPa source Made "test"
				}
				""", "Coat", "").model();

		assertEquals(0.2, library.criticalStrippingCurrentDensity().value().in("mA/cm2"), 1e-12);
		assertEquals(3, library.referencePressure().value().in("MPa"), 1e-12);
		assertEquals(1, library.voidRoughness().value().in("µm"), 1e-12);
		assertEquals(0.4, ownLi.criticalStrippingCurrentDensity().value().in("mA/cm2"), 1e-12);
		assertEquals(5, ownLi.referencePressure().value().in("MPa"), 1e-12);
		assertEquals(2, ownLi.voidRoughness().value().in("µm"), 1e-12);
		assertEquals(0.05, ownContact.criticalStrippingCurrentDensity().value().in("mA/cm2"), 1e-12);
		assertEquals(1, ownContact.referencePressure().value().in("MPa"), 1e-12);
		assertTrue(ownContact.criticalStrippingCurrentDensity().name().endsWith("of Li|Coat"),
				ownContact.criticalStrippingCurrentDensity().name());
	}

	@Test
	void anInsulatingCoatingShieldsByItsMaterialsTunnellingLength() {
		String tenthLine = "tunnellingLength = 0.1 nm source Made \"test\"";
		double tenth = run(INSULATING.formatted(tenthLine), "Coat", "").input().interphases().get(0).rateFactor();
		double fifth = run(INSULATING.formatted(tenthLine.replace("0.1", "0.2")), "Coat", "").input().interphases()
				.get(0).rateFactor();

		// 2 nm of coating: exp(−t/λ).
		assertEquals(Math.exp(-20), tenth, 1e-9 * Math.exp(-20));
		assertEquals(Math.exp(-10), fifth, 1e-9 * Math.exp(-10));
	}

	@Test
	void anInsulatingCoatingWithoutTunnellingLengthIsRefusedWithTheLineToAdd() {
		Model model = models.parseWellFormed(CELL.formatted(INSULATING.formatted(""), "Coat", ""));
		CompileException refused = assertThrows(CompileException.class, () -> compiler.compile(
				(Experiment) TestModels.lastElement(model)));

		assertTrue(refused.getMessage().contains("material Coat is electronically insulating")
				&& refused.getMessage().contains("add 'tunnellingLength = 0.1 nm source <Source> \"where\"'"),
				refused.getMessage());
		// The editor says so before any run: validation compiles the experiment.
		String errors = TestModels.describe(model.eResource(), models.errors(model.eResource()));
		assertTrue(errors.contains("tunnellingLength"), errors);
	}
}
