package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.compiler.CompiledRecipe;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.model.Model;
import org.interphase.model.Recipe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Processes, interfaces and materials written in a plain .iph file join the library: validated against its
 * vocabulary line by line, and used by the simulation as the library's own entries are.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class LibraryEntriesTest {

	/** A lab's own ALD process, which the built-in library does not have. */
	private static final String TITANIA = """
			source OurLab "Ellipsometry of our TiO2 films on Si, run 17 (2026)"
			precursor TDMAT "Ti(N(CH3)2)4"
			reactant H2O "H2O"
			gas N2 "N2"
			material TiO2-ALD "TiO2" { class binary-oxide phase amorphous }
			process ALD-TiO2-TDMAT-H2O ald {
			  material = TiO2-ALD
			  precursor = "TDMAT"
			  coreactant = "H2O"
			  gpc = %s Å/cycle at 200 °C source OurLab "run 17, 100 cycles"
			  window = 150 °C to 250 °C source OurLab "runs 12-16"
			}
			recipe Titania on LATP {
			  ald TiO2-ALD at 200 °C { pulse TDMAT 0.1 s; purge N2 5 s; pulse H2O 0.1 s; purge N2 5 s } x 100
			}
			""";
	/** Line of the process header in {@link #TITANIA}. */
	private static final int PROCESS = 6;

	@Inject
	private TestModels models;
	@Inject
	private ValidationIssues issues;

	private final ModelCompiler compiler = new ModelCompiler(Libraries.builtIn());

	@Test
	void aUserDeclaredAldProcessValidatesAndGrowsItsFilm() {
		Model model = models.parseValid(TITANIA.formatted("0.5"));

		CompiledRecipe recipe = compiler.recipe((Recipe) TestModels.lastElement(model));

		// 100 cycles at the written 0.5 Å/cycle.
		assertEquals(5e-9, recipe.thickness().si(), 1e-12);
		issues.clean(issues.of(TITANIA.formatted("0.5")));
	}

	@Test
	void theGrownThicknessFollowsTheWrittenGrowthPerCycle() {
		double half = grown(TITANIA.formatted("0.5"));
		double doubled = grown(TITANIA.formatted("1.0"));

		assertEquals(2 * half, doubled, 1e-15);
	}

	@Test
	void aRecipeOutsideTheUsersProcessWindowIsWarnedAbout() {
		String hot = TITANIA.formatted("0.5").replace("ald TiO2-ALD at 200 °C", "ald TiO2-ALD at 300 °C");

		Issue warning = issues.single(issues.of(hot), InterphaseIssueCodes.OUTSIDE_PROCESS_WINDOW, Severity.WARNING,
				PROCESS + 8);

		assertTrue(warning.getMessage().contains("150 °C .. 250 °C (ALD-TiO2-TDMAT-H2O"), warning.getMessage());
	}

	@Test
	void aProcessWithoutItsGrowthPerCycleIsAnErrorAtTheProcess() {
		String text = TITANIA.formatted("0.5").replaceAll("  gpc = .*\n", "");

		Issue error = issues.single(issues.of(text), InterphaseIssueCodes.LIBRARY_ENTRY, Severity.ERROR, PROCESS);

		assertTrue(error.getMessage().contains("gpc"), error.getMessage());
	}

	@Test
	void aWindowFromHighToLowIsAnErrorOnItsLine() {
		String text = TITANIA.formatted("0.5").replace("150 °C to 250 °C", "250 °C to 150 °C");

		Issue error = issues.single(issues.of(text), InterphaseIssueCodes.LIBRARY_ENTRY, Severity.ERROR, PROCESS + 5);

		assertTrue(error.getMessage().contains("write the lower end first: 150 °C to 250 °C"), error.getMessage());
	}

	@Test
	void aProcessOfAnUnknownMaterialIsAnError() {
		String text = TITANIA.formatted("0.5").replace("material = TiO2-ALD", "material = TiO3-ALD");

		List<Issue> found = issues.of(text);

		Issue error = found.stream().filter(i -> InterphaseIssueCodes.LIBRARY_ENTRY.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError(ValidationIssues.describe(found)));
		assertEquals(PROCESS, error.getLineNumber(), error.getMessage());
		assertTrue(error.getMessage().contains("TiO3-ALD is not a material in the library"), error.getMessage());
	}

	@Test
	void aWrongDimensionIsReportedByTheUnitCheckWithItsFixAndNotAgain() {
		String text = TITANIA.formatted("0.5").replace("window = 150 °C to 250 °C", "window = 150 nm to 250 nm");

		List<Issue> found = issues.of(text);

		// Both ends of the range get the unit error with its quick fix; the library does not repeat it.
		assertEquals(List.of(PROCESS + 5, PROCESS + 5), found.stream()
				.filter(issue -> InterphaseIssueCodes.WRONG_DIMENSION.equals(issue.getCode()))
				.map(Issue::getLineNumber).toList(), ValidationIssues.describe(found));
		issues.none(found, InterphaseIssueCodes.LIBRARY_ENTRY);
	}

	@Test
	void anInterfaceAndMaterialFlagsAreUnderstood() {
		issues.clean(issues.of("""
				source OurLab "EIS of Li|X|Li, 2026"
				material X "Li3N" {
				  class nitride
				  reducedByLi = false source OurLab "XPS after 100 h"
				  electronicallyInsulating = true source OurLab "DC polarisation"
				}
				interface IF-Li-X {
				  between = Li
				  and = X
				  exchangeCurrentDensity = 0.5 mA/cm2 at 25 °C source OurLab "Table 2"
				  doubleLayerCapacitance = 10 µF/cm2 source OurLab "Table 2"
				}
				"""));
	}

	@Test
	void aFlagThatIsNotTrueOrFalseIsAnErrorOnItsLine() {
		Issue error = issues.single(issues.of("""
				material X "Li3N" {
				  reducedByLi = maybe
				}
				"""), InterphaseIssueCodes.LIBRARY_ENTRY, Severity.ERROR, 2);

		assertTrue(error.getMessage().contains("reducedByLi is true or false"), error.getMessage());
	}

	private double grown(String text) {
		Model model = models.parseValid(text);
		return compiler.recipe((Recipe) TestModels.lastElement(model)).thickness().si();
	}
}
