package org.interphase.dsl.parser;

import java.util.regex.Pattern;

import org.antlr.runtime.RecognitionException;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;

/** Explains, in the language's terms, the syntax errors that ANTLR's generic messages leave puzzling. */
public class InterphaseSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	/** Names may contain digits, so "x150" is one name token rather than the repeat keyword and a count. */
	private static final Pattern GLUED_REPEAT = Pattern.compile("x[0-9]+");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		if (exception != null && exception.token != null && exception.token.getText() != null
				&& GLUED_REPEAT.matcher(exception.token.getText()).matches()) {
			String count = exception.token.getText().substring(1);
			return new SyntaxErrorMessage("'" + exception.token.getText()
					+ "' is read as a name; to repeat, write the count with a space: x " + count,
					Diagnostic.SYNTAX_DIAGNOSTIC);
		}
		return super.getSyntaxErrorMessage(context);
	}
}
