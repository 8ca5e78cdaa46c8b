package org.interphase.dsl.validation;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Every issue, whether from the parser, the linker or a check, as one printable line: messages quote the user's
 * text, and raw line breaks, ESC or U+2028 in it broke the {@code file:line:col: severity: message} format of the
 * command line and the Problems view. Control characters are written as escapes and very long words (a
 * 10⁶-character unit) are shortened.
 */
public class OneLineDiagnostics extends DiagnosticConverterImpl {

	/** Words longer than this are shortened to their start and end. */
	static final int MAX_WORD = 60;
	private static final int WORD_HEAD = 40;
	private static final int WORD_TAIL = 10;
	/** Messages longer than this are cut in the middle. */
	static final int MAX_MESSAGE = 1000;

	@Override
	public void convertResourceDiagnostic(Resource.Diagnostic diagnostic, Severity severity, IAcceptor<Issue> acceptor) {
		super.convertResourceDiagnostic(diagnostic, severity, issue -> acceptor.accept(oneLine(issue)));
	}

	@Override
	public void convertValidatorDiagnostic(org.eclipse.emf.common.util.Diagnostic diagnostic,
			IAcceptor<Issue> acceptor) {
		super.convertValidatorDiagnostic(diagnostic, issue -> acceptor.accept(oneLine(issue)));
	}

	private static Issue oneLine(Issue issue) {
		if (issue instanceof Issue.IssueImpl impl && issue.getMessage() != null) {
			impl.setMessage(oneLine(issue.getMessage()));
		}
		return issue;
	}

	/** {@code text} with control and line-separator characters escaped and over-long words and text shortened. */
	public static String oneLine(String text) {
		StringBuilder line = new StringBuilder();
		for (int start = 0; start <= text.length() && line.length() <= MAX_MESSAGE;) {
			int end = text.indexOf(' ', start);
			end = end < 0 ? text.length() : end;
			if (end - start > MAX_WORD) {
				// The start and end of the word, e.g. a unit's closing quote, and how much was left out.
				escape(text, start, start + WORD_HEAD, line);
				line.append("…(").append(end - start).append(" characters)…");
				escape(text, end - WORD_TAIL, end, line);
			} else {
				escape(text, start, end, line);
			}
			if (end < text.length()) {
				line.append(' ');
			}
			start = end + 1;
		}
		if (line.length() > MAX_MESSAGE) {
			line.setLength(MAX_MESSAGE);
			line.append(" …");
		}
		return line.toString();
	}

	/** Appends {@code text[start, end)} with C0 and C1 controls, DEL and U+2028/2029 as Java escapes. */
	private static void escape(String text, int start, int end, StringBuilder line) {
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			switch (c) {
			case '\n' -> line.append("\\n");
			case '\r' -> line.append("\\r");
			case '\t' -> line.append("\\t");
			default -> {
				if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
					line.append(String.format("\\u%04X", (int) c));
				} else {
					line.append(c);
				}
			}
			}
		}
	}
}
