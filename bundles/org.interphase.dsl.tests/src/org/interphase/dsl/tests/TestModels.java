package org.interphase.dsl.tests;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.interphase.model.Element;
import org.interphase.model.Model;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Parses Interphase text for tests and reports every problem (syntax, linking, validation) with its line, so that a
 * failing test says what is wrong in the text it parsed.
 */
public class TestModels {

	@Inject
	private ParseHelper<Model> parseHelper;
	@Inject
	private IResourceValidator validator;
	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** A fresh resource set; files parsed into the same one can refer to each other. */
	public XtextResourceSet newResourceSet() {
		return resourceSets.get();
	}

	/** Parses one file on its own and fails unless it has no errors. */
	public Model parseValid(CharSequence text) {
		return parseValid(text, "test.iph", newResourceSet());
	}

	/**
	 * Parses a file into a resource set and fails unless it has no errors; resolves cross-references, so the files
	 * it refers to must already be in the set.
	 */
	public Model parseValid(CharSequence text, String fileName, ResourceSet resourceSet) {
		Model model = parse(text, fileName, resourceSet);
		assertNoErrors(model.eResource());
		return model;
	}

	/** Parses a file into a resource set without checking it. */
	public Model parse(CharSequence text, String fileName, ResourceSet resourceSet) {
		try {
			return parseHelper.parse(text, URI.createURI(fileName), resourceSet);
		} catch (Exception e) {
			throw new IllegalStateException("could not parse " + fileName, e);
		}
	}

	/**
	 * Parses a file and fails on errors of the fast checks (syntax, links, units, names, the library's vocabulary) but
	 * not on whether its experiments compile into a run: for tests of the grammar and linking, whose stacks are
	 * sketches.
	 */
	public Model parseWellFormed(CharSequence text, String fileName, ResourceSet resourceSet) {
		Model model = parse(text, fileName, resourceSet);
		assertNoErrors(model.eResource(), CheckMode.FAST_ONLY);
		return model;
	}

	/** {@link #parseWellFormed(CharSequence, String, ResourceSet)} of one file on its own. */
	public Model parseWellFormed(CharSequence text) {
		return parseWellFormed(text, "test.iph", newResourceSet());
	}

	/** Every problem of the resource with severity error, after resolving all cross-references. */
	public List<Issue> errors(Resource resource) {
		return errors(resource, CheckMode.ALL);
	}

	private List<Issue> errors(Resource resource, CheckMode mode) {
		return validator.validate(resource, mode, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR)
				.toList();
	}

	/** Fails with one line per error ("file:line: message") if the resource has any. */
	public void assertNoErrors(Resource resource) {
		assertNoErrors(resource, CheckMode.ALL);
	}

	private void assertNoErrors(Resource resource, CheckMode mode) {
		List<Issue> errors = errors(resource, mode);
		if (!errors.isEmpty()) {
			throw new AssertionError("expected no errors but got:\n" + describe(resource, errors));
		}
	}

	/** The element declared last in a file: the one a test appends after its declarations. */
	public static Element lastElement(Model model) {
		return model.getElements().get(model.getElements().size() - 1);
	}

	/** "file:line: message" for each issue, one per line. */
	public static String describe(Resource resource, List<Issue> issues) {
		return issues.stream()
				.map(issue -> resource.getURI().lastSegment() + ":" + issue.getLineNumber() + ": " + issue.getMessage())
				.collect(Collectors.joining("\n"));
	}
}
