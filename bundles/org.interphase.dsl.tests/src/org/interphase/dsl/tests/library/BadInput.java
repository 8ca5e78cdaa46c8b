package org.interphase.dsl.tests.library;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.tests.TestModels;
import org.interphase.library.LibraryException;
import org.interphase.library.LibraryProblem;

import com.google.inject.Inject;

/**
 * A mistake written once in a user's file and once in a library file, checked where each reaches a simulation: the
 * editor's (and the command line's) validation, and the library reader that plug-ins' and the built-in files go
 * through. Either way it must be one error, on the line that causes it, in one line that says what to do.
 */
public class BadInput {

	/** The file name the user's and the library's text are read under. */
	static final String FILE = "lab.iph";

	/** A lab's ALD process, the process header on line 3; {@code %s} is its last line (line 8). */
	static final String PROCESS = """
			source Lab "ellipsometry of our films"
			material TiO2-Lab "TiO2" { class binary-oxide }
			process ALD-TiO2-Lab ald {
			  material = TiO2-Lab
			  precursor = "TDMAT"
			  coreactant = "H2O"
			  gpc = 0.5 Å/cycle at 200 °C source Lab "run 17"
			%s
			}
			""";

	@Inject
	private TestModels models;

	/** The errors of {@code text} as a user's file on its own. */
	List<Issue> errors(String text) {
		ResourceSet files = models.newResourceSet();
		return models.errors(models.parse(text, FILE, files).eResource());
	}

	/** The errors of each file, read together as one project's files. */
	List<List<Issue>> errors(String... texts) {
		ResourceSet files = models.newResourceSet();
		for (int i = 0; i < texts.length; i++) {
			models.parse(texts[i], "file" + (i + 1) + ".iph", files);
		}
		return files.getResources().stream().filter(r -> r.getURI().toString().startsWith("file"))
				.map(Resource.class::cast).map(models::errors).toList();
	}

	/** The one error, checked for its line, its being one line and its containing each of {@code says}. */
	static Issue single(List<Issue> errors, int line, String... says) {
		assertEquals(1, errors.size(), () -> "expected one error on line " + line + ", got:\n" + errors.stream()
				.map(e -> e.getLineNumber() + ": " + e.getMessage()).reduce("", (a, b) -> a + b + "\n"));
		Issue error = errors.get(0);
		assertAll(() -> assertEquals(line, error.getLineNumber(), error::getMessage),
				() -> oneLineSaying(error.getMessage(), says));
		return error;
	}

	/** The one problem the library reader finds in {@code text} as a library file, at lab.iph:{@code line}. */
	static LibraryProblem libraryProblem(String text, int line, String... says) {
		LibraryException refused = assertThrows(LibraryException.class, () -> Libraries.read(FILE, text));
		assertEquals(1, refused.problems().size(), refused::getMessage);
		LibraryProblem problem = refused.problems().get(0);
		assertAll(() -> assertEquals(FILE, problem.file(), problem::toString),
				() -> assertEquals(line, problem.line(), problem::toString),
				() -> oneLineSaying(problem.message(), says));
		return problem;
	}

	private static void oneLineSaying(String message, String... says) {
		assertFalse(message.contains("\n"), message);
		assertFalse(message.contains("Exception"), message);
		for (String fragment : says) {
			assertTrue(message.contains(fragment), () -> "'" + fragment + "' not in: " + message);
		}
	}
}
