package org.interphase.dsl.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.interphase.dsl.parser.antlr.internal.InternalInterphaseLexer;

import com.google.inject.Injector;

/**
 * Splits a stretch of Interphase text into coloured regions with the language's own ANTLR lexer: a lexer pass, no
 * parse, so it is cheap enough for the UI thread. Units are not tokens of their own in the grammar; a run of unit
 * words right after a number on the same line ("0.1 mA/cm2", "250 °C", "2 Ω cm2") is taken as the unit.
 */
final class LexicalClassifier {

    /** A classified stretch of text; offsets are those of the whole text given to {@link #classify}. */
    record Region(int offset, int length, TokenCategory category) {
    }

    // Tokens that may continue a unit after its first word: operators, exponents and further words.
    private static final Set<String> UNIT_CONTINUATION = Set.of("'/'", "'\u00B7'", "'\u22C5'", "'*'", "'^'", "'-'",
            "RULE_INT", "RULE_ID", "'%'", "'bilayer'");
    private static final Set<String> UNIT_START = Set.of("RULE_ID", "'%'", "'bilayer'");

    private final Map<Integer, String> tokenNames;

    LexicalClassifier(Injector injector) {
        this.tokenNames = injector.getInstance(ITokenDefProvider.class).getTokenDefMap();
    }

    /** The non-plain regions of {@code text.substring(offset, offset + length)}, in text order. */
    List<Region> classify(String text, int offset, int length) {
        InternalInterphaseLexer lexer = new InternalInterphaseLexer(
                new ANTLRStringStream(text.substring(offset, offset + length)));
        List<Region> regions = new ArrayList<>();
        boolean afterNumber = false;
        boolean inUnit = false;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            CommonToken common = (CommonToken) token;
            String name = tokenNames.getOrDefault(token.getType(), "");
            if (name.equals("RULE_WS")) {
                if (token.getText().contains("\n")) {
                    afterNumber = false;
                    inUnit = false;
                }
                continue;
            }
            TokenCategory category;
            if ((afterNumber && UNIT_START.contains(name)) || (inUnit && UNIT_CONTINUATION.contains(name))) {
                category = TokenCategory.UNIT;
                inUnit = true;
                afterNumber = false;
            } else {
                category = categoryOf(name);
                afterNumber = category == TokenCategory.NUMBER;
                inUnit = false;
            }
            if (category != TokenCategory.PLAIN) {
                int start = offset + common.getStartIndex();
                regions.add(new Region(start, common.getStopIndex() - common.getStartIndex() + 1, category));
            }
        }
        return regions;
    }

    private static TokenCategory categoryOf(String tokenName) {
        return switch (tokenName) {
            case "RULE_INT", "RULE_DOUBLE" -> TokenCategory.NUMBER;
            case "RULE_STRING" -> TokenCategory.STRING;
            case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> TokenCategory.COMMENT;
            default -> tokenName.length() > 2 && tokenName.startsWith("'") && Character.isLetter(tokenName.charAt(1))
                    ? TokenCategory.KEYWORD
                    : TokenCategory.PLAIN;
        };
    }
}
