package org.interphase.library;

import java.util.ArrayList;
import java.util.List;

/** Splits a library line into {@link Token}s: words separated by blanks, "quotes" keeping blanks together. */
final class LineTokenizer {

    private LineTokenizer() {
    }

    /**
     * @throws LineSyntaxException for an unterminated quote, a quote inside a bare word, or {@code key=} without value
     */
    static List<Token> tokenize(String line) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            if (Character.isWhitespace(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            if (line.charAt(i) == '"') {
                int close = closingQuote(line, i);
                tokens.add(new Token(null, line.substring(i + 1, close), true, start, close + 1));
                i = close + 1;
            } else {
                tokens.add(word(line, start));
                i = tokens.get(tokens.size() - 1).end();
            }
            if (i < n && !Character.isWhitespace(line.charAt(i))) {
                throw LineSyntaxException.at(i, "put a blank after '" + line.substring(start, i) + "'");
            }
        }
        return tokens;
    }

    /** A bare word or key=value starting at {@code start}; a value may be quoted. */
    private static Token word(String line, int start) {
        int i = start;
        int n = line.length();
        while (i < n && !Character.isWhitespace(line.charAt(i)) && line.charAt(i) != '=' && line.charAt(i) != '"') {
            i++;
        }
        if (i < n && line.charAt(i) == '"') {
            throw LineSyntaxException.at(i, "a quote must start a word or follow key=");
        }
        if (i == n || line.charAt(i) != '=' || i == start) {
            // Not key=value: a bare word, or a lone '=' (or a word starting with it).
            int end = i == start ? wordEnd(line, i) : i;
            return new Token(null, line.substring(start, end), false, start, end);
        }
        String key = line.substring(start, i);
        int valueStart = i + 1;
        if (valueStart < n && line.charAt(valueStart) == '"') {
            int close = closingQuote(line, valueStart);
            return new Token(key, line.substring(valueStart + 1, close), true, start, close + 1);
        }
        int end = wordEnd(line, valueStart);
        if (end == valueStart) {
            throw LineSyntaxException.at(valueStart, "'" + key + "=' needs a value, e.g. " + key + "=value");
        }
        return new Token(key, line.substring(valueStart, end), false, start, end);
    }

    private static int wordEnd(String line, int from) {
        int i = from;
        while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
            if (line.charAt(i) == '"') {
                throw LineSyntaxException.at(i, "a quote must start a word or follow key=");
            }
            i++;
        }
        return i;
    }

    private static int closingQuote(String line, int open) {
        int close = line.indexOf('"', open + 1);
        if (close < 0) {
            throw LineSyntaxException.at(open, "unterminated quote: close it with \"");
        }
        return close;
    }
}
