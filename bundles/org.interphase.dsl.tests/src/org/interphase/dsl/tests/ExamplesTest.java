package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
 * together (they import each other), and the only warnings are the ones an example is about.
 * The files come from {@link ExampleFiles}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class ExamplesTest {

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
	 * Li on bare LATP is the reference cell of the (PAA/PEO)30 study and of the Al2O3 series, so its interphase
	 * warnings are right; any other warning in the examples would teach users to ignore warnings.
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
				.filter(w -> !((w.startsWith("paa-peo-on-latp.iph:") || w.startsWith("alumina-on-latp.iph:"))
						&& w.contains(InterphaseIssueCodes.LI_ON_REDUCIBLE_ELECTROLYTE)))
				.collect(Collectors.joining("\n"));
		assertTrue(unexpected.isEmpty(), "unexpected warnings in the examples:\n" + unexpected);
	}

	private List<Resource> loadExamples() throws IOException {
		XtextResourceSet resourceSet = models.newResourceSet();
		return ExampleFiles.all().stream().map(file -> resourceSet.getResource(ExampleFiles.uri(file), true))
				.toList();
	}
}
