package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.MeasuredAnalyses;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.model.Experiment;
import org.interphase.model.ImpedanceSweep;
import org.interphase.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * Analyses of a measured spectrum asked for in the language: {@code fit "…" initial "…"},
 * {@code kramers-kronig M elements} and {@code drt lambda λ} after {@code measured "file"}, parsed in any order,
 * validated so that a run with 0 errors makes them, and compiled into the run's request.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class MeasuredAnalysesTest {

	private static final String CELL = """
			stack Cell {
			  area 1 cm2
			  temperature 25 °C
			  lithium Li
			  electrolyte LATP 1 mm
			  lithium Li
			}
			experiment E on Cell {
			  impedance from 1 MHz to 0.1 Hz
			    %s
			}
			""";
	/** The line of the analysis clauses in {@link #CELL}. */
	private static final int CLAUSE_LINE = 10;

	/** An EC-Lab export of one R∥C arc: six points, all capacitive (−Im Z > 0). */
	private static final String SPECTRUM = """
			EC-Lab ASCII FILE
			Nb header lines : 3
			freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\t
			1.0E+005\t10.1\t0.6\t
			1.0E+004\t15.9\t23\t
			1.0E+003\t70\t48\t
			1.0E+002\t106\t9.5\t
			1.0E+001\t110\t1.0\t
			1.0E+000\t110\t0.1\t
			""";

	@Inject
	private TestModels models;
	@Inject
	private ValidationTestHelper validation;
	@Inject
	private ValidationIssues issues;

	@TempDir
	Path folder;

	@Test
	void theClausesParseInAnyOrderAndKeepTheirSettings() throws IOException {
		ImpedanceSweep sweep = sweep(parse("measured \"eis.mpt\" drt lambda 1e-3 fit \"R0-p(R1,C1)\" initial"
				+ " \"R0=10, C1=1e-7\" kramers-kronig 5 elements"));
		assertEquals("R0-p(R1,C1)", sweep.getFitCircuit());
		assertEquals("R0=10, C1=1e-7", sweep.getFitInitial());
		assertTrue(sweep.isKramersKronig());
		assertEquals(5, sweep.getKramersKronigElements());
		assertTrue(sweep.isDrt());
		assertEquals(1e-3, sweep.getDrtLambda());

		ImpedanceSweep plain = sweep(parse("measured \"eis.mpt\" kramers-kronig, drt"));
		assertTrue(plain.isKramersKronig() && plain.isDrt());
		assertFalse(plain.isSetKramersKronigElements() || plain.isSetDrtLambda(), "M and λ chosen by their rules");
	}

	@Test
	void aValidRequestOnAReadableSpectrumHasNoIssues() throws IOException {
		// The stack's own warnings (Li on LATP) are another check's; none of the file's or the analyses' issues.
		for (String clause : List.of("measured \"eis.mpt\" fit \"R0-p(R1,C1)\" initial \"R1=100\" kramers-kronig drt",
				"measured \"eis.mpt\" fit \"R(RC)\" kramers-kronig 6 elements drt lambda 0.01")) {
			List<Issue> found = validate(clause);
			assertEquals("", ValidationIssues.describe(found.stream().filter(i -> i.getCode() != null
					&& (i.getCode().contains("MeasuredFile") || i.getCode().contains("Analys")
							|| i.getCode().contains("FitCircuit"))).toList()));
			assertTrue(found.stream().noneMatch(i -> i.getSeverity() == Severity.ERROR), ValidationIssues.describe(found));
		}
	}

	@Test
	void aCircuitErrorIsMarkedOnTheCharacterAtFaultInsideTheString() throws IOException {
		String clause = "measured \"eis.mpt\" fit \"R0-p(R1,CPX1)\"";
		Issue issue = issues.single(validate(clause), InterphaseIssueCodes.BAD_FIT_CIRCUIT, Severity.ERROR,
				CLAUSE_LINE);
		assertTrue(issue.getMessage().contains("unknown element 'CPX1' at column 9"), issue::getMessage);
		assertEquals(1, issue.getLength().intValue());
		assertEquals("C", text(clause).substring(issue.getOffset(), issue.getOffset() + 1));
		assertEquals(text(clause).indexOf("CPX1"), issue.getOffset().intValue());
	}

	@Test
	void aBoukampStringIsCheckedInItsOwnColumns() throws IOException {
		String clause = "measured \"eis.mpt\" fit \"R(RQ(RC)\"";
		Issue issue = issues.single(validate(clause), InterphaseIssueCodes.BAD_FIT_CIRCUIT, Severity.ERROR,
				CLAUSE_LINE);
		assertTrue(issue.getMessage().contains("column 2"), issue::getMessage);
		assertEquals(text(clause).indexOf("\"R(") + 2, issue.getOffset().intValue());
	}

	@Test
	void startingValuesAreCheckedAgainstTheCircuit() throws IOException {
		String notANumber = "measured \"eis.mpt\" fit \"R0-p(R1,CPE1)\" initial \"R0=10, R1=1O0\"";
		Issue unreadable = issues.single(validate(notANumber), InterphaseIssueCodes.BAD_FIT_CIRCUIT, Severity.ERROR,
				CLAUSE_LINE);
		assertTrue(unreadable.getMessage().contains("'1O0' at column 11 is not a number"), unreadable::getMessage);
		assertEquals(text(notANumber).indexOf("1O0"), unreadable.getOffset().intValue());

		Issue unknown = issues.single(validate("measured \"eis.mpt\" fit \"R0-p(R1,CPE1)\" initial \"R2=10\""),
				InterphaseIssueCodes.BAD_FIT_CIRCUIT, Severity.ERROR, CLAUSE_LINE);
		assertTrue(unknown.getMessage().contains("no parameter 'R2'; its parameters are [R0, R1, CPE1_Q, CPE1_alpha]"),
				unknown::getMessage);

		Issue range = issues.single(validate("measured \"eis.mpt\" fit \"R0-p(R1,CPE1)\" initial \"CPE1_alpha=1.5\""),
				InterphaseIssueCodes.BAD_FIT_CIRCUIT, Severity.ERROR, CLAUSE_LINE);
		assertTrue(range.getMessage().contains("outside the range (0, 1.0] of CPE1_alpha"), range::getMessage);
	}

	@Test
	void moreParametersThanMeasuredPointsIsAnErrorNamingBoth() throws IOException {
		Issue issue = issues.single(validate("measured \"eis.mpt\" fit \"R0-p(R1,CPE1)-p(R2,CPE2)\""),
				InterphaseIssueCodes.SPECTRUM_NOT_ANALYSABLE, Severity.ERROR, CLAUSE_LINE);
		assertTrue(issue.getMessage().contains("has 7 parameters but the measured spectrum \"eis.mpt\" has only 6"
				+ " points"), issue::getMessage);
		issues.none(validate("measured \"eis.mpt\" fit \"R0-p(R1,CPE1)\""),
				InterphaseIssueCodes.SPECTRUM_NOT_ANALYSABLE);
	}

	@Test
	void anAnalysisWithoutAMeasuredFileIsAnError() throws IOException {
		Issue issue = issues.single(validate("kramers-kronig drt"), InterphaseIssueCodes.ANALYSIS_WITHOUT_MEASURED_DATA,
				Severity.ERROR, CLAUSE_LINE);
		assertTrue(issue.getMessage().contains("write measured \"data/….mpt\" before them"), issue::getMessage);
	}

	@Test
	void elementCountsAndLambdaOutOfRangeAreErrors() throws IOException {
		Issue few = issues.single(validate("measured \"eis.mpt\" kramers-kronig 1 elements"),
				InterphaseIssueCodes.ANALYSIS_SETTING_OUT_OF_RANGE, Severity.ERROR, CLAUSE_LINE);
		assertTrue(few.getMessage().contains("at least 2 RC elements, not 1"), few::getMessage);
		Issue many = issues.single(validate("measured \"eis.mpt\" kramers-kronig 7 elements"),
				InterphaseIssueCodes.ANALYSIS_SETTING_OUT_OF_RANGE, Severity.ERROR, CLAUSE_LINE);
		assertTrue(many.getMessage().contains("\"eis.mpt\" has 6, not 7"), many::getMessage);
		for (String lambda : List.of("0", "-1e-3")) {
			Issue issue = issues.single(validate("measured \"eis.mpt\" drt lambda " + lambda),
					InterphaseIssueCodes.ANALYSIS_SETTING_OUT_OF_RANGE, Severity.ERROR, CLAUSE_LINE);
			assertTrue(issue.getMessage().contains("λ must be a number > 0"), issue::getMessage);
		}
	}

	@Test
	void aSpectrumTooShortForTheTestOrTheDrtIsAnError() throws IOException {
		String twoPoints = SPECTRUM.lines().limit(5).map(line -> line + "\n").reduce("", String::concat);
		Files.writeString(folder.resolve("eis.mpt"), twoPoints);
		List<Issue> found = validation.validate(parse("measured \"eis.mpt\" kramers-kronig drt"));
		List<Issue> tooFew = found.stream()
				.filter(i -> InterphaseIssueCodes.SPECTRUM_NOT_ANALYSABLE.equals(i.getCode())).toList();
		assertEquals(2, tooFew.size(), ValidationIssues.describe(found));
		assertTrue(tooFew.get(0).getMessage().contains("needs at least 4 points, but the measured spectrum \"eis.mpt\""
				+ " has 2 points"), tooFew.get(0)::getMessage);
		assertTrue(tooFew.get(1).getMessage().contains("has 2 capacitive points"), tooFew.get(1)::getMessage);
	}

	@Test
	void aSpectrumWithAFrequencyGivenTwiceCannotBeAnalysed() throws IOException {
		Files.writeString(folder.resolve("eis.mpt"), SPECTRUM.replace("1.0E+001", "1.0E+002"));
		Issue issue = issues.single(validation.validate(parse("measured \"eis.mpt\" drt")),
				InterphaseIssueCodes.SPECTRUM_NOT_ANALYSABLE, Severity.ERROR, CLAUSE_LINE);
		assertTrue(issue.getMessage().contains("\"eis.mpt\" cannot be analysed: frequency 100.0 Hz appears twice"),
				issue::getMessage);
		issues.none(validation.validate(parse("measured \"eis.mpt\"")), InterphaseIssueCodes.SPECTRUM_NOT_ANALYSABLE);
	}

	@Test
	void theCompilerPassesTheRequestWithTheFileAndTheLineOfEachClause() throws IOException {
		Model model = parse("measured \"eis.mpt\" fit \"R0-p(R1,C1)\" initial \"R0=10, C1=1e-7\"\n"
				+ "    kramers-kronig\n    drt lambda 1e-3");
		Experiment experiment = (Experiment) model.getElements().get(1);
		CompiledRun.Impedance run = (CompiledRun.Impedance) new ModelCompiler(Libraries.builtIn()).compile(experiment)
				.runs().get(0);
		MeasuredAnalyses analyses = run.analyses().orElseThrow();
		assertEquals(folder.resolve("eis.mpt"), analyses.file());
		assertEquals("eis.mpt", analyses.written());
		assertEquals(Map.of("R0", 10.0, "C1", 1e-7), analyses.fit().orElseThrow().initial());
		assertTrue(analyses.fit().orElseThrow().source().location().endsWith("cell.iph:" + CLAUSE_LINE));
		assertEquals(OptionalInt.empty(), analyses.kramersKronig().orElseThrow().elements());
		assertTrue(analyses.kramersKronig().orElseThrow().source().location().endsWith(":" + (CLAUSE_LINE + 1)));
		assertEquals(OptionalDouble.of(1e-3), analyses.drt().orElseThrow().lambda());
		assertTrue(analyses.drt().orElseThrow().source().location().endsWith(":" + (CLAUSE_LINE + 2)));

		Experiment none = (Experiment) parse("measured \"eis.mpt\"").getElements().get(1);
		assertTrue(((CompiledRun.Impedance) new ModelCompiler(Libraries.builtIn()).compile(none).runs().get(0))
				.analyses().isEmpty());
	}

	private static String text(String clause) {
		return CELL.formatted(clause);
	}

	private Model parse(String clause) throws IOException {
		if (!Files.exists(folder.resolve("eis.mpt"))) {
			Files.writeString(folder.resolve("eis.mpt"), SPECTRUM);
		}
		return models.parse(text(clause), folder.resolve("cell.iph").toUri().toString(), models.newResourceSet());
	}

	private List<Issue> validate(String clause) throws IOException {
		return validation.validate(parse(clause));
	}

	private static ImpedanceSweep sweep(Model model) {
		return (ImpedanceSweep) ((Experiment) model.getElements().get(1)).getMeasurements().get(0);
	}
}
