package org.interphase.dsl.parser;

import java.util.Map;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseResult;
import org.eclipse.xtext.util.ReplaceRegion;
import org.interphase.dsl.Nesting;
import org.interphase.dsl.parser.antlr.InterphaseParser;
import org.interphase.dsl.validation.InterphaseIssueCodes;

/**
 * The generated parser with a limit on nested blocks. ANTLR parses nested blocks by recursion, so a file with
 * thousands of nested supercycles or repeat groups overflowed the stack before anything could report it. Here the
 * tokens inside a block that opens deeper than {@link Nesting#MAX_DEPTH} levels are handed to the parser as hidden
 * (like a comment, so the text and every offset stay as written), and the brace that opens the first such block
 * gets one syntax error.
 */
public class NestingLimitedParser extends InterphaseParser {

	/** The guard of the parse running on this thread; parses of different resources may run in parallel. */
	private final ThreadLocal<NestingGuard> current = new ThreadLocal<>();

	@Override
	protected TokenSource createLexer(CharStream stream) {
		Map<Integer, String> names = getTokenDefProvider().getTokenDefMap();
		NestingGuard guard = new NestingGuard(super.createLexer(stream), type(names, "'{'"), type(names, "'}'"),
				type(names, "RULE_ML_COMMENT"));
		current.set(guard);
		return guard;
	}

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder builder, int initialLookAhead) {
		try {
			IParseResult result = super.doParse(ruleName, in, builder, initialLookAhead);
			NestingGuard guard = current.get();
			if (guard == null || guard.tooDeep < 0) {
				return result;
			}
			for (ILeafNode leaf : result.getRootNode().getLeafNodes()) {
				if (leaf.getTotalOffset() == guard.tooDeep) {
					builder.setSyntaxError(leaf, new SyntaxErrorMessage("blocks nest more than " + Nesting.MAX_DEPTH
							+ " levels deep here, which Interphase does not read; flatten the nesting (a repeat count"
							+ " instead of nested groups)", InterphaseIssueCodes.NESTING_TOO_DEEP));
					return new ParseResult(result.getRootASTElement(), result.getRootNode(), true);
				}
			}
			return result;
		} finally {
			current.remove();
		}
	}

	/**
	 * A partial reparse starts counting at the edited block, not at the top of the file; when its result nests
	 * deeper than the guard allows, the whole file is parsed again.
	 */
	@Override
	protected IParseResult doReparse(IParseResult previous, ReplaceRegion region) {
		IParseResult result = super.doReparse(previous, region);
		if (maxDepth(result) <= Nesting.MAX_DEPTH + 1) {
			return result;
		}
		return doParse(result.getRootNode().getText());
	}

	/** The deepest nesting of '{' tokens the parser read, not counting hidden ones. */
	private static int maxDepth(IParseResult result) {
		int depth = 0;
		int max = 0;
		for (ILeafNode leaf : result.getRootNode().getLeafNodes()) {
			if (!leaf.isHidden()) {
				String text = leaf.getText();
				if ("{".equals(text)) {
					max = Math.max(max, ++depth);
				} else if ("}".equals(text)) {
					depth--;
				}
			}
		}
		return max;
	}

	private static int type(Map<Integer, String> names, String name) {
		return names.entrySet().stream().filter(entry -> name.equals(entry.getValue())).mapToInt(Map.Entry::getKey)
				.findFirst().orElseThrow(() -> new IllegalStateException("the grammar has no token " + name));
	}

	/** Counts open blocks and hides the tokens of any block that opens deeper than the limit. */
	private static final class NestingGuard implements TokenSource {

		private final TokenSource lexer;
		private final int open;
		private final int close;
		private final int hidden;
		private int depth;
		/** Offset of the first '{' that opens a block deeper than the limit, -1 while there is none. */
		int tooDeep = -1;

		NestingGuard(TokenSource lexer, int open, int close, int hidden) {
			this.lexer = lexer;
			this.open = open;
			this.close = close;
			this.hidden = hidden;
		}

		@Override
		public Token nextToken() {
			Token token = lexer.nextToken();
			int type = token.getType();
			// The block that opens at MAX_DEPTH + 1 keeps its braces, so the text around it still parses.
			boolean inside = depth > Nesting.MAX_DEPTH && !(type == close && depth == Nesting.MAX_DEPTH + 1);
			if (type == open) {
				depth++;
				if (depth == Nesting.MAX_DEPTH + 1 && tooDeep < 0) {
					tooDeep = ((CommonToken) token).getStartIndex();
				}
			} else if (type == close && depth > 0) {
				depth--;
			}
			if (inside && type != Token.EOF) {
				token.setType(hidden);
			}
			return token;
		}

		@Override
		public String getSourceName() {
			return lexer.getSourceName();
		}
	}
}
