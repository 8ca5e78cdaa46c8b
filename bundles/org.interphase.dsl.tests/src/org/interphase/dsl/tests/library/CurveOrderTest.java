package org.interphase.dsl.tests.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.tests.InterphaseInjectorProvider;
import org.interphase.library.MaterialCurve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * An open-circuit curve whose stoichiometry does not increase is an error at the point (or CSV row) that breaks the
 * order, and a curve file that is missing or has a bad row is an error at the line that names it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class CurveOrderTest {

	/** A cathode of the lab's and its curve; {@code %s} are the curve's table lines. */
	private static final String CURVE = """
			source Lab "our GITT of NCM"
			material NCM-Lab "LiNi0.8Mn0.1Co0.1O2" { class cathode }
			curve OCV-NCM-Lab {
			  material = NCM-Lab
			  of = "openCircuitPotential"
			  x = "lithiation"
			%s}
			""";

	private static final String SHUFFLED = """
			  point[x=0] = 4.2 V source Lab "GITT"
			  point[x=0.6] = 3.8 V source Lab "GITT"
			  point[x=0.4] = 3.9 V source Lab "GITT"
			  point[x=1] = 3.5 V source Lab "GITT"
			""";

	@Inject
	private BadInput input;
	@Inject
	private org.interphase.dsl.tests.TestModels models;

	@TempDir
	Path folder;

	@Test
	void aPointOutOfOrderIsMarkedOnItsLineInAUsersFile() {
		BadInput.single(input.errors(CURVE.formatted(SHUFFLED)), 9, "x=0.4 comes after x=0.6",
				"write the points in increasing x");
	}

	@Test
	void aPointOutOfOrderIsRefusedAtItsLineInALibraryFile() {
		BadInput.libraryProblem(CURVE.formatted(SHUFFLED), 9, "x=0.4 comes after x=0.6");
	}

	@Test
	void aPointGivenTwiceIsMarkedOnItsSecondLine() {
		String twice = SHUFFLED.replace("x=0.4] = 3.9", "x=0.6] = 3.9");
		BadInput.single(input.errors(CURVE.formatted(twice)), 9, "duplicate point", "state each value once");
	}

	@Test
	void aStoichiometryRangeMapsTheWrittenPointsOntoLithiation() {
		String table = """
				  stoichiometry = 0.2 to 0.6 source Lab "cycled between 4.2 V and 3.0 V"
				  point[x=0.1] = 4.4 V source Lab "GITT"
				  point[x=0.2] = 4.2 V source Lab "GITT"
				  point[x=0.4] = 3.8 V source Lab "GITT"
				  point[x=0.8] = 3.0 V source Lab "GITT"
				""";
		MaterialCurve curve = Libraries.read(BadInput.FILE, CURVE.formatted(table)).curves().iterator().next();

		assertArrayEquals(new double[] {0, 0.5, 1}, curve.xs(), 1e-12);
		// At s = 0.6 the table is interpolated halfway between 3.8 V (s = 0.4) and 3.0 V (s = 0.8).
		assertArrayEquals(new double[] {4.2, 3.8, 3.4}, curve.values(), 1e-12);
	}

	@Test
	void aStoichiometryRangeBeyondThePointsIsMarkedOnItsLine() {
		String table = """
				  stoichiometry = 0.2 to 0.9 source Lab "cycled between 4.2 V and 3.0 V"
				  point[x=0.2] = 4.2 V source Lab "GITT"
				  point[x=0.8] = 3.0 V source Lab "GITT"
				""";
		BadInput.single(input.errors(CURVE.formatted(table)), 7, "within the points' stoichiometries 0.2 to 0.8");
	}

	@Test
	void aCsvRowOutOfOrderIsAnErrorAtTheFileLineNamingTheRow() throws IOException {
		write("ocv.csv", "stoichiometry,OCV/V\n0.0,4.2\n0.6,3.8\n0.4,3.9\n1.0,3.5\n");
		assertEquals(List.of("7: ocv.csv:4: x 0.4 comes after x 0.6 (line 3); the rows go in increasing x, each x once"),
				errorsOf(CURVE.formatted("  file = \"ocv.csv\" source Lab \"GITT\"\n")));
	}

	@Test
	void aMissingOrMalformedCsvFileIsAnErrorAtTheFileLine() throws IOException {
		String named = CURVE.formatted("  file = \"ocv/ncm.csv\" source Lab \"GITT\"\n");
		assertEquals(List.of("7: the curve file \"ocv/ncm.csv\" does not exist next to lab.iph; put it there or"
				+ " correct the path (it is relative to this file)"), errorsOf(named));
		write("ocv/ncm.csv", "0.0,4.2\n0.5;3.9 V\n1.0,3.5\n");
		assertEquals(List.of("7: ocv/ncm.csv:2: '3.9 V' is not a number; a row is <x or stoichiometry>, <potential"
				+ " in V>, e.g. 0.5, 3.84"), errorsOf(named));
	}

	private void write(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	/** "line: message" of each error of the text as lab.iph in the temporary folder. */
	private List<String> errorsOf(String text) {
		var model = models.parse(text, folder.resolve(BadInput.FILE).toUri().toString(), models.newResourceSet());
		return models.errors(model.eResource()).stream().map(e -> e.getLineNumber() + ": " + e.getMessage())
				.toList();
	}
}
