package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.model.Model;

import com.google.inject.Inject;

/** Parses a model and picks out the validation issues a test is about, failing with all issues listed. */
public class ValidationIssues {

	@Inject
	private TestModels models;
	@Inject
	private ValidationTestHelper validation;

	/** Every issue of a file parsed on its own. */
	public List<Issue> of(String text) {
		Model model = models.parse(text, "test.iph", models.newResourceSet());
		return validation.validate(model);
	}

	/** The one issue with {@code code}, checked for severity and line. */
	public Issue single(List<Issue> issues, String code, Severity severity, int line) {
		List<Issue> matching = issues.stream().filter(issue -> code.equals(issue.getCode())).toList();
		assertEquals(1, matching.size(), () -> "expected one " + code + " among\n" + describe(issues));
		Issue issue = matching.get(0);
		assertEquals(severity, issue.getSeverity(), issue::getMessage);
		assertEquals(line, issue.getLineNumber(), issue::getMessage);
		return issue;
	}

	/** Fails if any issue has {@code code}. */
	public void none(List<Issue> issues, String code) {
		List<Issue> matching = issues.stream().filter(issue -> code.equals(issue.getCode())).toList();
		assertEquals(List.of(), matching, () -> "expected no " + code + " among\n" + describe(issues));
	}

	/** Fails if there is any error or warning. */
	public void clean(List<Issue> issues) {
		assertEquals("", describe(issues.stream().filter(i -> i.getSeverity() != Severity.INFO).toList()));
	}

	/**
	 * The missing-property errors {@link #completeMissingProperties} fixed, in order, the text each was found in,
	 * and the text it left.
	 */
	public record Completion(List<Issue> fixed, List<String> foundIn, String text) {

		/** The properties the fixed issues named, in order (an issue names all that one mechanism lacks). */
		public List<String> properties() {
			return fixed.stream().flatMap(issue -> Arrays.stream(issue.getData()[1].split(", "))).toList();
		}
	}

	/**
	 * Applies the quick fix of the first missing-property error, as a user would, until there is none or
	 * {@code rounds} have been applied.
	 */
	public Completion completeMissingProperties(String text, int rounds) {
		String completed = text;
		List<Issue> fixed = new ArrayList<>();
		List<String> foundIn = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			Optional<Issue> missing = of(completed).stream()
					.filter(i -> InterphaseIssueCodes.MISSING_PROPERTY.equals(i.getCode())).findFirst();
			if (missing.isEmpty()) {
				break;
			}
			Issue issue = missing.get();
			fixed.add(issue);
			foundIn.add(completed);
			completed = InterphaseQuickFixes.fixes(issue.getCode(), List.of(issue.getData()), issue.getOffset(),
					issue.getLength(), completed).get(0).applyTo(completed);
		}
		return new Completion(List.copyOf(fixed), List.copyOf(foundIn), completed);
	}

	static String describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ": " + i.getSeverity() + " " + i.getCode() + " " + i.getMessage())
				.collect(Collectors.joining("\n"));
	}
}
