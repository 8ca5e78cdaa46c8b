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

/** Measurements that name the lab's measured file: parsed on every kind of measurement, checked to exist. */
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
}
