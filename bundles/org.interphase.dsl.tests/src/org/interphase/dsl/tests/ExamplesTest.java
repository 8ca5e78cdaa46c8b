package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Every .iph file under the repository's examples/ folder parses, links and validates without errors, all files
 * together (they import each other), and the only warnings are the ones an example is about. The folder comes from
 * the system property {@value #EXAMPLES_PROPERTY}, which this bundle's pom.xml sets for tycho-surefire (whose working
 * directory is target/work, not the repository).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class ExamplesTest {

	static final String EXAMPLES_PROPERTY = "interphase.examples";

	@Inject
	private TestModels models;

	@Inject
	private IResourceValidator validator;

	@Test
	void everyExampleFileIsFreeOfErrors() throws IOException {
		List<Resource> resources = loadExamples();

		String errors = resources.stream()
				.map(resource -> TestModels.describe(resource, models.errors(resource)))
				.filter(description -> !description.isEmpty())
				.collect(Collectors.joining("\n"));
		assertTrue(errors.isEmpty(), "errors in the examples:\n" + errors);
	}

	/**
	 * Li on bare LATP is the reference cell of the (PAA/PEO)30 study, so its interphase warnings are right; any other
	 * warning in the examples would teach users to ignore warnings.
	 */
	@Test
	void theOnlyWarningsAreTheInterphaseOfLithiumOnBareLatp() throws IOException {
		List<String> warnings = new ArrayList<>();
		for (Resource resource : loadExamples()) {
			validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
					.filter(issue -> issue.getSeverity() == Severity.WARNING)
					.forEach(issue -> warnings.add(resource.getURI().lastSegment() + ":" + issue.getLineNumber() + ": "
							+ issue.getCode() + " " + issue.getMessage()));
		}
		assertFalse(warnings.isEmpty(), "the bare Li | LATP | Li reference cell should warn about the interphase");
		String unexpected = warnings.stream()
				.filter(w -> !(w.startsWith("paa-peo-on-latp.iph:")
						&& w.contains(InterphaseIssueCodes.LI_ON_REDUCIBLE_ELECTROLYTE)))
				.collect(Collectors.joining("\n"));
		assertTrue(unexpected.isEmpty(), "unexpected warnings in the examples:\n" + unexpected);
	}

	private List<Resource> loadExamples() throws IOException {
		List<Path> files = exampleFiles();
		assertFalse(files.isEmpty(), "no .iph files under " + examplesFolder());
		XtextResourceSet resourceSet = models.newResourceSet();
		return files.stream().map(file -> resourceSet.getResource(URI.createFileURI(file.toString()), true)).toList();
	}

	private static List<Path> exampleFiles() throws IOException {
		try (Stream<Path> paths = Files.walk(examplesFolder())) {
			return paths.filter(path -> path.toString().endsWith(".iph")).sorted().toList();
		}
	}

	private static Path examplesFolder() {
		String folder = System.getProperty(EXAMPLES_PROPERTY);
		if (folder == null || !Files.isDirectory(Path.of(folder))) {
			throw new IllegalStateException("examples folder not found: set -D" + EXAMPLES_PROPERTY
					+ "=<repository>/examples (the tests' pom.xml does this for Maven), got " + folder);
		}
		return Path.of(folder);
	}
}
