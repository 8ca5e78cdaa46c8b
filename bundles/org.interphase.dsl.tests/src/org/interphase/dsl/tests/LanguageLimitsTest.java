package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.Nesting;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.dsl.validation.OneLineDiagnostics;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Model;
import org.interphase.model.Recipe;
import org.interphase.model.Supercycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The limits of the language: unique names, nesting, the largest runs Interphase simulates, process windows, and
 * messages that stay on one line. The extremes a user found by trying (10⁶ points per decade, 10⁶ cycles, ALD at
 * 2000 °C and −100 °C, 10³⁰⁰ Hz) each end in an error or a warning on their line.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class LanguageLimitsTest {

	private static final String CELL = """
			material Li "Li"
			material LATP "LATP"
			stack Cell {
			  temperature 25 °C
			  lithium Li
			  electrolyte LATP 1 mm
			  lithium Li
			}
			""";

	@Inject
	private ValidationIssues issues;
	@Inject
	private TestModels models;
	@Inject
	private ValidationTestHelper validation;
	@Inject
	private ISerializer serializer;
	@Inject
	private IFormatter2 formatter;
	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@ParameterizedTest
	@ValueSource(strings = { "material M \"M\"", "precursor M", "recipe M { }", "stack M { }",
			"experiment M on Cell { }", "source M \"a paper\"" })
	void aSecondDeclarationOfANameIsAnErrorThatNamesTheFirstLine(String declaration) {
		List<Issue> all = issues.of(CELL + declaration + "\n\n" + declaration + "\n");

		Issue duplicate = issues.single(all, InterphaseIssueCodes.DUPLICATE_NAME, Severity.ERROR, 11);
		assertTrue(duplicate.getMessage().contains("M is already declared on line 9"), duplicate.getMessage());
		assertTrue(duplicate.getMessage().contains(declaration.startsWith("experiment")
				? "both would save their results in one folder" : "references would all go to the first"),
				duplicate.getMessage());
	}

	@Test
	void aMaterialAndAChemicalShareTheirNamesButARecipeAndAStackDoNot() {
		List<Issue> all = issues.of(CELL + "material M\nsolution M\nrecipe R { }\nstack R { }\n");

		issues.single(all, InterphaseIssueCodes.DUPLICATE_NAME, Severity.ERROR, 10);
	}

	@Test
	void twoLayersOfOneNameInAStackAreAnError() {
		List<Issue> all = issues.of(CELL + "stack S {\n  lithium a: Li\n  electrolyte a: LATP 1 mm\n}\n");

		Issue duplicate = issues.single(all, InterphaseIssueCodes.DUPLICATE_NAME, Severity.ERROR, 11);
		assertTrue(duplicate.getMessage().contains("layer a is already declared on line 10"), duplicate.getMessage());
	}

	@Test
	void supercyclesNestedDeeperThanTheLimitAreOneSyntaxErrorAtTheFirstUnreadLine() {
		StringBuilder text = new StringBuilder("recipe R {\n");
		text.append("supercycle {\n".repeat(150));
		text.append("ald Al2O3-ALD at 250 °C { purge 1 s } x 1\n");
		text.append("} x 2\n".repeat(150)).append("}\n");

		List<Issue> all = issues.of(text.toString());

		// The recipe opens the first block, so the brace of the 100th supercycle opens the 101st.
		Issue deep = issues.single(all, InterphaseIssueCodes.NESTING_TOO_DEEP, Severity.ERROR, Nesting.MAX_DEPTH + 1);
		assertEquals("supercycle ".length() + 1, deep.getColumn(), deep::getMessage);
		assertTrue(deep.getMessage().contains("more than 100 levels"), deep.getMessage());
		assertEquals(1, all.stream().filter(i -> i.getSeverity() == Severity.ERROR).count(), all::toString);
	}

	@Test
	void aFileNestedTooDeepIsFormattedWithoutOverflowAndItsTokensKept() {
		String text = "recipe R {\n" + "supercycle   {\n".repeat(5000) + "} x 2\n".repeat(5000) + "}\n";
		Model model = models.parse(text, "deep.iph", models.newResourceSet());
		ITextRegionAccess access = regionAccess.get().forNodeModel((XtextResource) model.eResource()).create();

		String formatted = access.getRewriter().renderToString(
				List.copyOf(formatter.format(new FormatterRequest().setTextRegionAccess(access))));

		assertEquals(text.replaceAll("\\s+", ""), formatted.replaceAll("\\s+", ""));
	}

	@Test
	void repeatGroupsNestedDeeperThanTheLimitAreASyntaxErrorToo() {
		String text = CELL + "experiment E on Cell { cycling {\n" + "repeat 1 {\n".repeat(5000)
				+ "\"Rest for 1 hour\"\n" + "}\n".repeat(5000) + "} }\n";

		List<Issue> all = issues.of(text);

		// Experiment and cycling open two blocks on line 9, so the 99th repeat group opens the 101st.
		issues.single(all, InterphaseIssueCodes.NESTING_TOO_DEEP, Severity.ERROR, 9 + 99);
	}

	@Test
	void aModelBuiltDeeperThanTheLimitIsAValidationErrorAndIsNotWrittenAsText() {
		Model model = models.parse("recipe R { }", "deep.iph", models.newResourceSet());
		Recipe recipe = (Recipe) model.getElements().get(0);
		Supercycle outer = InterphaseFactory.eINSTANCE.createSupercycle();
		recipe.getSteps().add(outer);
		for (int depth = 1; depth < 5000; depth++) {
			Supercycle inner = InterphaseFactory.eINSTANCE.createSupercycle();
			outer.getSubcycles().add(inner);
			outer = inner;
		}

		List<Issue> all = validation.validate(model);

		assertEquals(1, all.stream().filter(i -> InterphaseIssueCodes.NESTING_TOO_DEEP.equals(i.getCode())).count(),
				all::toString);
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> serializer.serialize(model));
		assertTrue(refused.getMessage().contains("more than 100 levels"), refused.getMessage());
	}

	@Test
	void extremeImpedanceSweepsAreErrorsOnTheirLine() {
		List<Issue> all = issues.of(CELL + """
				experiment E on Cell {
				  impedance from 1e300 Hz to 1 Hz
				  impedance from 1 MHz to 1 Hz, 1000000 points per decade
				  impedance from 1e400 Hz to 1 Hz
				}
				""");

		List<Issue> limits = all.stream().filter(i -> InterphaseIssueCodes.ABOVE_LIMIT.equals(i.getCode())).toList();
		assertEquals(List.of(10, 11), limits.stream().map(Issue::getLineNumber).toList(), all::toString);
		assertTrue(limits.get(0).getMessage().contains("1 µHz to 1 GHz"), limits.get(0).getMessage());
		assertTrue(limits.get(1).getMessage().contains("1000 Interphase computes"), limits.get(1).getMessage());
		Issue overflow = issues.single(all, InterphaseIssueCodes.IMPOSSIBLE_VALUE, Severity.ERROR, 12);
		assertTrue(overflow.getMessage().startsWith("1e400 is beyond the range of numbers"), overflow.getMessage());
		assertNoNonFiniteWords(all);
	}

	@Test
	void aMillionCyclesAndAHundredThousandHoursOfOneSecondHalfCyclesAreErrorsOnTheirLines() {
		List<Issue> all = issues.of(CELL + """
				experiment E on Cell {
				  cycling {
				    "Charge at 1C until 4.2 V"
				    repeat 1000000 { "Charge at 1C until 4.2 V", "Discharge at 1C until 3.0 V" }
				  }
				  plating-stripping 0.1 mA/cm2 half-cycle 1 s for 100000 h
				}
				""");

		List<Issue> limits = all.stream().filter(i -> InterphaseIssueCodes.ABOVE_LIMIT.equals(i.getCode())).toList();
		assertEquals(List.of(12, 14), limits.stream().map(Issue::getLineNumber).toList(), all::toString);
		assertTrue(limits.get(0).getMessage().contains("1000000 cycles; Interphase simulates at most 100000"),
				limits.get(0).getMessage());
		assertTrue(limits.get(1).getMessage().startsWith("100000 h of 1 s half-cycles is more than"),
				limits.get(1).getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2000 °C", "-100 °C" })
	void aldOutsideTheTemperaturesOfTheLibrarysDataIsAWarningNamingThem(String temperature) {
		List<Issue> all = issues.of("recipe R {\n  ald Al2O3-ALD at " + temperature
				+ " { purge 1 s } x 10\n}\n");

		Issue window = issues.single(all, InterphaseIssueCodes.OUTSIDE_PROCESS_WINDOW, Severity.WARNING, 2);
		assertTrue(window.getMessage().contains(": 60 °C (ALD-Al2O3-TMA-H2O-60, ald.iph:"), window.getMessage());
		assertTrue(window.getMessage().contains(".. 280 °C (ALD-Al2O3-TMA-H2O-280"), window.getMessage());
		if (temperature.startsWith("2000")) {
			// The nearest data is a doubtful entry; the warning says so rather than using it silently.
			assertTrue(window.getMessage().contains("LOW CONFIDENCE"), window.getMessage());
		}
	}

	@Test
	void controlCharactersInTheFileAreEscapedInMessages() {
		List<Issue> all = issues.of("material \u001b[31m\r\u2028 \u0085x\u007f M \"\u001b\n\"\n");

		assertFalse(all.isEmpty());
		for (Issue issue : all) {
			assertTrue(issue.getMessage().chars().noneMatch(FuzzTest::breaksALine), issue.getMessage());
		}
	}

	@Test
	void longWordsInMessagesAreShortenedAndControlsEscaped() {
		String line = OneLineDiagnostics.oneLine("unknown unit '" + "m".repeat(1_000_000) + "' at column 1\r\nnext\u2028");

		assertTrue(line.length() < 200, line);
		assertTrue(line.endsWith("…(1000002 characters)…mmmmmmmmm' at column 1\\r\\nnext\\u2028"), line);
	}

	/** Numbers in messages are as written or finite; "NaN" and "Infinity" mean nothing to a user. */
	static void assertNoNonFiniteWords(List<Issue> all) {
		for (Issue issue : all) {
			assertFalse(issue.getMessage().matches(".*\\b(NaN|Infinity)\\b.*"), issue.getMessage());
		}
	}
}
