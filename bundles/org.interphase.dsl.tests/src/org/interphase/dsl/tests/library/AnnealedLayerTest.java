package org.interphase.dsl.tests.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.compiler.CompiledStack;
import org.interphase.dsl.compiler.CompiledValue;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.tests.InterphaseInjectorProvider;
import org.interphase.dsl.tests.TestModels;
import org.interphase.model.Stack;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.StackLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * A layer made by a recipe is what the recipe makes of it: a sputtered LLTO film annealed at 300 °C is the library's
 * annealed phase with that phase's conductivity, and the report says so; a sputter step gives the layer its
 * thickness (rate × time, or the thickness it states).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class AnnealedLayerTest {

	/** Li | LLTO film | Li; {@code %s} are the recipe's steps after sputtering. */
	private static final String FILM = """
			source Lab "our EIS of the as-deposited film"
			gas Ar "Ar"
			material LLTO-film-as-deposited {
			  ionicConductivity = 1e-7 S/cm at 25 °C source Lab "EIS before the anneal"
			  relativePermittivity = 50 source Lab "EIS before the anneal"
			}
			recipe LltoFilm {
			  sputter LLTO rf 2.63 W/cm2 in Ar to 350 nm
			%s
			}
			stack Cell {
			  area 1 cm2
			  temperature 25 °C
			  lithium Li
			  electrolyte LLTO-film-as-deposited by LltoFilm
			  lithium Li
			}
			""";

	private static final String ANNEAL = "  anneal at 300 °C for 30 min ramp 10 K/s\n";

	@Inject
	private TestModels models;

	private CompiledStack compiled(String text) {
		return new ModelCompiler(Libraries.builtIn()).stack((Stack) TestModels.lastElement(models.parseValid(text)));
	}

	private static StackLayer film(CellStack cell) {
		return cell.layers().get(0);
	}

	/** R = L / (σ A), Ω, of the film at the stack's temperature. */
	private static double resistance(CellStack cell) {
		StackLayer film = film(cell);
		return film.thickness() / (film.material().conductivity().at(cell.temperature()) * cell.area());
	}

	@Test
	void anAnnealedFilmIsTheAnnealsProductAndTheReportSaysSo() {
		CompiledStack annealed = compiled(FILM.formatted(ANNEAL));

		assertEquals("LLTO-film-annealed-300", film(annealed.cell()).material().id());
		List<String> inputs = annealed.inputs().stream().map(CompiledValue::name).toList();
		assertTrue(inputs.contains("anneal temperature: LLTO-film-as-deposited becomes LLTO-film-annealed-300"
				+ " (AN-LLTO-300)"), inputs::toString);
		assertTrue(inputs.contains("ionicConductivity of LLTO-film-annealed-300"), inputs::toString);
	}

	@Test
	void theAnnealedFilmConductsByTheRatioOfTheTwoPhasesConductivities() {
		double asDeposited = resistance(compiled(FILM.formatted("")).cell());
		double annealed = resistance(compiled(FILM.formatted(ANNEAL)).cell());

		// Library: 9.56e-6 S/cm after the 300 °C anneal; the file: 1e-7 S/cm before it, both at 25 °C.
		assertEquals(9.56e-6 / 1e-7, asDeposited / annealed, 1e-9);
	}

	@Test
	void anAnnealBelowAnyKnownPhaseChangeLeavesTheFilmAsDeposited() {
		CompiledStack cool = compiled(FILM.formatted("  anneal at 150 °C for 30 min\n"));

		assertEquals("LLTO-film-as-deposited", film(cool.cell()).material().id());
		assertTrue(cool.inputs().stream().anyMatch(value -> value.name().startsWith(
				"anneal temperature: LLTO-film-as-deposited unchanged")), cool.inputs()::toString);
	}

	@Test
	void theSputterStepsThicknessReachesTheLayer() {
		assertEquals(350e-9, film(compiled(FILM.formatted(ANNEAL)).cell()).thickness(), 1e-15);
	}

	@Test
	void aSputterRateTimesItsTimeIsTheLayersThickness() {
		String text = """
				source Lab "our profilometry"
				gas Ar "Ar"
				material LiPON-Lab "Li2.9PO3.3N0.46" {
				  class LiPON
				  ionicConductivity = 2e-6 S/cm at 25 °C source Lab "EIS"
				  relativePermittivity = 20 source Lab "EIS"
				}
				process SP-LiPON-Lab sputter {
				  material = LiPON-Lab
				  target = "Li3PO4 (lab)"
				  gas = "N2"
				  referencePower = 2.63 W/cm2 source Lab "run 4"
				  depositionRate = 10 nm/min source Lab "profilometry, run 4"
				}
				recipe Lipon {
				  sputter LiPON-Lab rf 2.63 W/cm2 in Ar for %s
				}
				stack Cell {
				  area 1 cm2
				  temperature 25 °C
				  lithium Li
				  electrolyte LiPON-Lab by Lipon
				  lithium Li
				}
				""";
		assertEquals(200e-9, film(compiled(text.formatted("20 min")).cell()).thickness(), 1e-15);
		assertEquals(400e-9, film(compiled(text.formatted("40 min")).cell()).thickness(), 1e-15);
	}
}
