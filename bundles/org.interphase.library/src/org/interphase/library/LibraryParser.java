package org.interphase.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the words of one {@code .lib} file into {@link WrittenEntry}s and source declarations; what the words mean
 * is checked by {@link EntryChecker}, as for entries written in the language. It reads to the end and collects every
 * problem instead of stopping at the first; after a malformed header its body lines are skipped to avoid follow-on
 * noise.
 */
final class LibraryParser {

    private static final Pattern SOURCE_KEY = Pattern.compile("\\[[^\\]\\s\"]+\\]");
    private static final String SOURCE = "source";
    private static final String NOTE = "note";
    private static final String AT = "@";
    private static final String RANGE = "..";

    /** What a file declares, with the problems found in its words. */
    record Parsed(List<WrittenEntry.Source> sources, List<WrittenEntry> entries, List<LibraryProblem> problems) {
    }

    private final String file;
    private final List<WrittenEntry.Source> sources = new ArrayList<>();
    private final List<WrittenEntry> entries = new ArrayList<>();
    private final List<LibraryProblem> problems = new ArrayList<>();

    private Header header;
    private final List<WrittenEntry.Line> body = new ArrayList<>();
    /** True after a malformed header: its body lines are skipped. */
    private boolean skipping;

    private record Header(EntryKind kind, String id, String formula, Map<String, String> attributes, int line) {
    }

    private LibraryParser(String file) {
        this.file = file;
    }

    /**
     * @param file   the file name used in problems and origins
     * @param reader the file's text
     */
    static Parsed parse(String file, BufferedReader reader) throws IOException {
        LibraryParser parser = new LibraryParser(file);
        String text;
        int number = 0;
        while ((text = reader.readLine()) != null) {
            number++;
            // Some Windows editors start UTF-8 files with a byte-order mark; it is not part of the text.
            parser.line(number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text, number);
        }
        parser.finishBlock();
        return new Parsed(List.copyOf(parser.sources), List.copyOf(parser.entries), List.copyOf(parser.problems));
    }

    private void line(String text, int number) {
        String stripped = text.strip();
        if (stripped.isEmpty() || stripped.startsWith("#")) {
            return;
        }
        boolean indented = Character.isWhitespace(text.charAt(0));
        try {
            List<Token> tokens = LineTokenizer.tokenize(text);
            if (!indented) {
                finishBlock();
                header(tokens, number);
            } else if (header == null && !skipping) {
                throw new LineSyntaxException("indented line outside an entry; body lines belong under a header such as"
                        + " 'material <ID> \"<formula>\" class=<class>'");
            } else if (!skipping) {
                body.add(body(tokens, number));
            }
        } catch (LineSyntaxException e) {
            problems.add(new LibraryProblem(file, number, e.getMessage()));
            if (!indented) {
                skipping = true;
            }
        }
    }

    private void finishBlock() {
        if (header != null) {
            entries.add(new WrittenEntry(header.kind().keyword(), header.id(), header.formula(), header.attributes(),
                    body, new Origin(file, header.line())));
        }
        header = null;
        body.clear();
        skipping = false;
    }

    private void header(List<Token> tokens, int number) {
        Token first = tokens.get(0);
        EntryKind kind = EntryKind.fromKeyword(first.key() == null ? first.text() : "")
                .orElseThrow(() -> LineSyntaxException.at(first.column(), "unknown entry '" + first.written()
                        + "'; a line at the start of the line begins with one of: " + EntryKind.keywords()
                        + " (indent body lines)"));
        if (kind == EntryKind.SOURCE) {
            declareSource(tokens, number);
            return;
        }
        Token id = expectWord(tokens, 1, kind.keyword() + " needs an id, e.g. " + kind.keyword() + " MY-ID");
        int next = 2;
        String formula = "";
        if (kind == EntryKind.MATERIAL && tokens.size() > 2 && tokens.get(2).quoted() && !tokens.get(2).isKeyValue()) {
            formula = tokens.get(2).text();
            next = 3;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Token token : tokens.subList(next, tokens.size())) {
            if (!token.isKeyValue()) {
                throw LineSyntaxException.at(token.column(), "unexpected '" + token.written() + "' in a "
                        + kind.keyword() + " header; attributes are written key=value");
            }
            if (attributes.put(token.key(), token.text()) != null) {
                throw LineSyntaxException.at(token.column(), "'" + token.key() + "' is given twice");
            }
        }
        header = new Header(kind, id.text(), formula, attributes, number);
    }

    private void declareSource(List<Token> tokens, int number) {
        String usage = "write: source [KEY] \"full citation\"";
        Token key = expectWord(tokens, 1, usage);
        if (!SOURCE_KEY.matcher(key.text()).matches()) {
            throw LineSyntaxException.at(key.column(), "source key '" + key.text()
                    + "' must be a bracketed tag such as [000] or [external:CRC]; " + usage);
        }
        if (tokens.size() != 3 || !tokens.get(2).quoted() || tokens.get(2).isKeyValue()
                || tokens.get(2).text().isBlank()) {
            throw LineSyntaxException.at(key.end(), usage);
        }
        sources.add(new WrittenEntry.Source(key.text(), tokens.get(2).text(), new Origin(file, number)));
    }

    private static Token expectWord(List<Token> tokens, int index, String usage) {
        if (tokens.size() <= index || tokens.get(index).isKeyValue() || tokens.get(index).quoted()) {
            int column = tokens.size() <= index ? tokens.get(tokens.size() - 1).end() : tokens.get(index).column();
            throw LineSyntaxException.at(column, usage);
        }
        return tokens.get(index);
    }

    /** A body line: name, an optional label word, key=value qualifiers, '= value [@ temperature]', source, note. */
    private WrittenEntry.Line body(List<Token> tokens, int number) {
        Token first = tokens.get(0);
        if (first.isKeyValue() || first.quoted()) {
            throw LineSyntaxException.at(first.column(), "a body line starts with a property name, not '"
                    + first.written() + "'");
        }
        int index = 1;
        String text = null;
        if (index < tokens.size() && !tokens.get(index).isKeyValue() && !tokens.get(index).is("=")) {
            text = tokens.get(index++).text();
        }
        Map<String, String> qualifiers = new LinkedHashMap<>();
        while (index < tokens.size() && tokens.get(index).isKeyValue() && !isTail(tokens.get(index))) {
            Token token = tokens.get(index++);
            if (qualifiers.put(token.key(), token.text()) != null) {
                throw LineSyntaxException.at(token.column(), "'" + token.key() + "' is given twice");
            }
        }
        String value = null;
        String upper = null;
        String temperature = null;
        if (index < tokens.size() && tokens.get(index).is("=")) {
            int valueStart = ++index;
            while (index < tokens.size() && !isTail(tokens.get(index))) {
                index++;
            }
            List<Token> valueTokens = tokens.subList(valueStart, index);
            int at = indexOfWord(valueTokens, AT);
            List<Token> main = at < 0 ? valueTokens : valueTokens.subList(0, at);
            if (at >= 0) {
                temperature = joined(valueTokens.subList(at + 1, valueTokens.size()), valueTokens.get(at));
            }
            if (main.size() == 1 && (main.get(0).is("true") || main.get(0).is("false"))) {
                text = main.get(0).text();
            } else {
                int dots = indexOfWord(main, RANGE);
                Token before = tokens.get(valueStart - 1);
                value = joined(dots < 0 ? main : main.subList(0, dots), before);
                upper = dots < 0 ? null : joined(main.subList(dots + 1, main.size()), main.get(dots));
            }
        }
        String sourceKey = null;
        String locator = "";
        String note = "";
        List<Token> tail = tokens.subList(index, tokens.size());
        for (int i = 0; i < tail.size(); i++) {
            Token token = tail.get(i);
            if (token.isKeyValue() && token.key().equals(SOURCE) && sourceKey == null) {
                sourceKey = token.text();
                if (i + 1 < tail.size() && tail.get(i + 1).quoted() && !tail.get(i + 1).isKeyValue()) {
                    locator = tail.get(++i).text();
                }
            } else if (token.isKeyValue() && token.key().equals(NOTE) && note.isEmpty() && token.quoted()) {
                note = token.text();
            } else {
                throw LineSyntaxException.at(token.column(), "unexpected '" + token.written()
                        + "'; a line ends with source=[KEY] \"locator\" and an optional note=\"...\"");
            }
        }
        return new WrittenEntry.Line(first.text(), qualifiers, value, upper, text, temperature, sourceKey, locator,
                note, number);
    }

    private static boolean isTail(Token token) {
        return token.isKeyValue() && (token.key().equals(SOURCE) || token.key().equals(NOTE));
    }

    private static int indexOfWord(List<Token> tokens, String word) {
        int found = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is(word)) {
                if (found >= 0) {
                    throw LineSyntaxException.at(tokens.get(i).column(), "'" + word + "' may appear only once");
                }
                found = i;
            }
        }
        return found;
    }

    /** The words exactly as typed between the first and the last, so unit text keeps its spacing. */
    private static String joined(List<Token> tokens, Token before) {
        if (tokens.isEmpty()) {
            throw LineSyntaxException.at(before.end(), "missing value after '" + before.written() + "'");
        }
        StringBuilder sb = new StringBuilder();
        for (Token token : tokens) {
            if (token.isKeyValue() || token.quoted()) {
                throw LineSyntaxException.at(token.column(), "unexpected '" + token.written() + "' in a value");
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(token.text());
        }
        return sb.toString();
    }
}
