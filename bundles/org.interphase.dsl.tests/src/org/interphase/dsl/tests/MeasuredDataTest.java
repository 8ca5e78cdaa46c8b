package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.model.Experiment;
import org.interphase.model.Measurement;
import org.interphase.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * Measurements that name the lab's measured file: parsed on every kind of measurement, checked to exist and to import
 * as the measurement's kind of data.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class MeasuredDataTest {

	private static final String CELL = """
			stack Cell {
			  area 1 cm2
			  lithium Li
			  electrolyte LATP 1 mm
			  lithium Li
			}
			experiment E on Cell {
			  impedance from 1 MHz to 0.1 Hz, 10 points per decade measured "data/eis.mpt"
			  plating-stripping 0.1 mA/cm2 half-cycle 1 h for 100 h measured "data/symmetric.mpt"
			  cycling { "Rest for 1 hour" } measured "../shared/cycling.csv"
			}
			""";
	/** The line of the impedance measurement in {@link #CELL}. */
	private static final int IMPEDANCE_LINE = 8;

	/** An EC-Lab impedance export with two points. */
	private static final String SPECTRUM = """
			EC-Lab ASCII FILE
			Nb header lines : 3
			freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\t
			1.0E+005\t12.5\t0.8\t
			1.0E+000\t45\t30\t
			""";
	/** A Battery Data Format CSV with two points. */
	private static final String CYCLING = """
			Test Time / s,Current / A,Voltage / V
			0,0.001,3.5
			3600,0.001,4.1
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
	void everyMeasurementKeepsItsMeasuredFileAsWritten() {
		Model model = models.parse(CELL, "cell.iph", models.newResourceSet());
		List<String> files = ((Experiment) model.getElements().get(1)).getMeasurements().stream()
				.map(Measurement::getMeasuredData).toList();
		assertEquals(List.of("data/eis.mpt", "data/symmetric.mpt", "../shared/cycling.csv"), files);
	}

	@Test
	void aMissingFileIsAnErrorOnItsMeasurementThatSaysWhereItWasLookedFor() throws IOException {
		Path cells = Files.createDirectories(folder.resolve("cells/data")).getParent();
		Files.writeString(cells.resolve("data/symmetric.mpt"), "EC-Lab ASCII FILE\n");
		Files.writeString(Files.createDirectories(folder.resolve("shared")).resolve("cycling.csv"), "Test Time / s\n");
		Model model = models.parse(CELL, cells.resolve("cell.iph").toUri().toString(), models.newResourceSet());

		List<Issue> found = validation.validate(model).stream()
				.filter(i -> InterphaseIssueCodes.MISSING_MEASURED_FILE.equals(i.getCode())).toList();
		Issue missing = issues.single(found, InterphaseIssueCodes.MISSING_MEASURED_FILE, Severity.ERROR,
				IMPEDANCE_LINE);
		assertTrue(missing.getMessage().contains("\"data/eis.mpt\" does not exist next to cell.iph"),
				missing::getMessage);
		assertEquals("data/eis.mpt", missing.getData()[0]);
	}

	@Test
	void readableFilesOfTheRightKindPass() throws IOException {
		assertEquals(List.of(), measuredFileIssues(SPECTRUM, CYCLING, CYCLING));
	}

	@Test
	void anEmptyFileIsAnError() throws IOException {
		assertUnreadable(measuredFileIssues("", CYCLING, CYCLING), "the file is empty");
	}

	@Test
	void aFileNoImporterRecognisesIsAnError() throws IOException {
		assertUnreadable(measuredFileIssues("\u0000\u0001garbage\u00ff\n", CYCLING, CYCLING),
				"no importer recognises its format; Interphase reads BioLogic EC-Lab text export (.mpt)");
	}

	@Test
	void aMalformedFileIsAnErrorWithTheImportersFileLineMessage() throws IOException {
		Issue issue = assertUnreadable(measuredFileIssues(SPECTRUM.replace("45", "4S"), CYCLING, CYCLING),
				"cannot be imported: eis.mpt:5: column 'Re(Z)/Ohm' holds '4S', not a number");
		assertTrue(issue.getMessage().lines().count() == 1, issue::getMessage);
	}

	@Test
	void aFolderIsAnError() throws IOException {
		Path cells = Files.createDirectories(folder.resolve("cells"));
		Files.createDirectories(cells.resolve("data/eis.mpt"));
		write(cells, "data/symmetric.mpt", CYCLING);
		write(folder, "shared/cycling.csv", CYCLING);
		assertUnreadable(validate(cells), "it is a folder, not a file");
	}

	@Test
	void anEmptyPathIsAnError() throws IOException {
		Path cells = Files.createDirectories(folder.resolve("cells"));
		write(cells, "data/symmetric.mpt", CYCLING);
		write(folder, "shared/cycling.csv", CYCLING);
		Model model = models.parse(CELL.replace("\"data/eis.mpt\"", "\"\""), cells.resolve("cell.iph").toUri()
				.toString(), models.newResourceSet());
		Issue issue = issues.single(validation.validate(model), InterphaseIssueCodes.MISSING_MEASURED_FILE,
				Severity.ERROR, IMPEDANCE_LINE);
		assertTrue(issue.getMessage().contains("names no measured data file"), issue::getMessage);
	}

	@Test
	void aFileOfTheOtherKindIsAnError() throws IOException {
		List<Issue> found = measuredFileIssues(CYCLING, SPECTRUM, CYCLING);
		Issue impedance = issues.single(onLine(found, IMPEDANCE_LINE), InterphaseIssueCodes.WRONG_KIND_OF_MEASURED_FILE,
				Severity.ERROR, IMPEDANCE_LINE);
		assertTrue(impedance.getMessage().contains("\"data/eis.mpt\" holds cycling data, but this measurement is an"
				+ " impedance sweep"), impedance::getMessage);
		Issue symmetric = issues.single(onLine(found, IMPEDANCE_LINE + 1),
				InterphaseIssueCodes.WRONG_KIND_OF_MEASURED_FILE, Severity.ERROR, IMPEDANCE_LINE + 1);
		assertTrue(symmetric.getMessage().contains("holds an impedance spectrum"), symmetric::getMessage);
	}

	@Test
	void aFixedFileIsReadAgain() throws IOException {
		assertUnreadable(measuredFileIssues(SPECTRUM.replace("45", "4S5"), CYCLING, CYCLING), "not a number");
		assertEquals(List.of(), measuredFileIssues(SPECTRUM, CYCLING, CYCLING));
	}

	private static List<Issue> onLine(List<Issue> found, int line) {
		return found.stream().filter(i -> i.getLineNumber() == line).toList();
	}

	/** The measured-file issues of {@link #CELL} with these three files, in the order of the measurements. */
	private List<Issue> measuredFileIssues(String eis, String symmetric, String cycling) throws IOException {
		Path cells = Files.createDirectories(folder.resolve("cells"));
		write(cells, "data/eis.mpt", eis);
		write(cells, "data/symmetric.mpt", symmetric);
		write(folder, "shared/cycling.csv", cycling);
		return validate(cells);
	}

	private List<Issue> validate(Path cells) {
		Model model = models.parse(CELL, cells.resolve("cell.iph").toUri().toString(), models.newResourceSet());
		return validation.validate(model).stream().filter(i -> i.getCode() != null
				&& i.getCode().contains("MeasuredFile")).toList();
	}

	private Issue assertUnreadable(List<Issue> found, String phrase) {
		Issue issue = issues.single(found, InterphaseIssueCodes.UNREADABLE_MEASURED_FILE, Severity.ERROR,
				IMPEDANCE_LINE);
		assertTrue(issue.getMessage().contains(phrase), issue::getMessage);
		assertEquals("data/eis.mpt", issue.getData()[0]);
		return issue;
	}

	private static void write(Path base, String file, String content) throws IOException {
		Path path = base.resolve(file);
		Files.createDirectories(path.getParent());
		Files.writeString(path, content);
	}
}
