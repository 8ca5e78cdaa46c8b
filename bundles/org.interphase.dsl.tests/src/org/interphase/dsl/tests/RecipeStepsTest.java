package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.dsl.compiler.CompiledRecipe;
import org.interphase.dsl.compiler.CompiledValue;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.model.Recipe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Every step the grammar accepts compiles: supercycles, sputter steps and anneals grow what they say. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class RecipeStepsTest {

	private static final String CHEMICALS = """
			precursor LiOtBu "(CH3)3COLi"
			precursor TaOEt5 "Ta(OC2H5)5"
			reactant H2O "H2O"
			gas Ar "Ar"
			""";

	private final ModelCompiler compiler = new ModelCompiler(Libraries.builtIn());

	@Inject
	private TestModels models;

	private CompiledRecipe recipe(String text) {
		return compiler.recipe((Recipe) TestModels.lastElement(models.parseValid(CHEMICALS + text)));
	}

	@Test
	void aSupercycleGrowsItsMeasuredGrowthPerSupercycleAtTheWrittenRatio() {
		// facts §b3 B-ALD-7: 1 Li2O : 6 Ta2O5 sub-cycles at 225 °C give 5.2 Å per supercycle.
		CompiledRecipe tantalate = recipe("""
				recipe Tantalate {
				  supercycle LiTaO3-ALD at 225 °C {
				    ald Li2O-ALD { pulse LiOtBu; purge; pulse H2O; purge } x 1
				    ald Ta2O5-ALD { pulse TaOEt5; purge; pulse H2O; purge } x 6
				  } x 100
				}
				""");
		assertEquals(100 * 5.2e-10, tantalate.thickness().si(), 1e-15);
		assertTrue(tantalate.inputs().stream().anyMatch(v -> v.name().contains("sub-cycle ratio [1, 6]")),
				tantalate.inputs()::toString);
	}

	@Test
	void aSupercycleReportsTheCompositionItsSubCycleRatioGives() {
		String tantalate = """
				recipe Tantalate {
				  supercycle LiTaO3-ALD at 225 °C {
				    ald Li2O-ALD { pulse LiOtBu; purge; pulse H2O; purge } x 1
				    ald Ta2O5-ALD { pulse TaOEt5; purge; pulse H2O; purge } x %d
				  } x 100
				}
				""";
		double richInTa = fraction(recipe(tantalate.formatted(6)), "molar fraction of Ta2O5-ALD");
		double poorerInTa = fraction(recipe(tantalate.formatted(1)), "molar fraction of Ta2O5-ALD");

		assertTrue(richInTa > 0 && richInTa < 1, "a fraction: " + richInTa);
		assertTrue(poorerInTa < richInTa, "fewer Ta2O5 sub-cycles, less Ta2O5: " + poorerInTa + " vs " + richInTa);
		CompiledRecipe grown = recipe(tantalate.formatted(6));
		double molar = grown.inputs().stream().filter(v -> v.name().startsWith("molar fraction of"))
				.mapToDouble(CompiledValue::si).sum();
		double atomic = grown.inputs().stream().filter(v -> v.name().startsWith("atomic fraction of"))
				.mapToDouble(CompiledValue::si).sum();
		assertEquals(1, molar, 1e-9);
		assertEquals(1, atomic, 1e-9);
		assertTrue(fraction(grown, "atomic fraction of Li") > 0, grown.inputs()::toString);
	}

	private static double fraction(CompiledRecipe recipe, String name) {
		return recipe.inputs().stream().filter(v -> v.name().startsWith(name)).mapToDouble(CompiledValue::si)
				.findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + recipe.inputs()));
	}

	@Test
	void aSputterStepToAThicknessGrowsItAndAnAnnealChangesThePhaseNotTheThickness() {
		CompiledRecipe llto = recipe("""
				recipe Llto {
				  sputter LLTO rf 2.63 W/cm2 in Ar to 350 nm
				  anneal at 300 °C for 30 min
				}
				""");
		assertEquals(350e-9, llto.thickness().si(), 1e-18);
		// The LLTO target makes the as-deposited film (library SP-LLTO-RF); 300 °C turns it into AN-LLTO-300's phase.
		assertTrue(llto.thickness().name().contains("LLTO-film-annealed-300"), llto.thickness().name());
	}

	@Test
	void aSputterTimeWithoutAKnownRateSaysWhatToWrite() {
		CompileException e = assertThrows(CompileException.class, () -> recipe("""
				recipe Silica {
				  sputter SiO2-sputtered rf 2.19 W/cm2 in Ar for 20 min
				}
				"""));
		assertTrue(e.getMessage().contains("no deposition rate of SiO2-sputtered") && e.getMessage()
				.contains("'to 350 nm'"), e.getMessage());
	}
}
