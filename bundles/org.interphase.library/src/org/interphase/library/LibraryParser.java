package org.interphase.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.interphase.core.provenance.Source;
import org.interphase.core.units.Dimension;
import org.interphase.core.units.Quantity;
import org.interphase.core.units.QuantityException;
import org.interphase.core.units.Units;
import org.interphase.library.BodyLine.Value;
import org.interphase.library.Slot.QualifierSpec;
import org.interphase.library.Slot.Shape;

/**
 * Reads one library file into checked {@link Block}s and source declarations. It reads to the end
 * and collects every problem instead of stopping at the first, so one run shows the author
 * everything to fix; after a malformed header its body lines are skipped to avoid follow-on noise.
 */
final class LibraryParser {

    private static final Pattern SOURCE_KEY = Pattern.compile("\\[[^\\]\\s\"]+\\]");
    private static final String SOURCE = "source";
    private static final String NOTE = "note";
    private static final String AT = "@";
    private static final String RANGE = "..";

    /** What a file declares, with the problems found in it. */
    record Parsed(List<Block> blocks, Map<String, String> citations, List<LibraryProblem> problems) {
    }

    private final String file;
    /** Citations by source key: those known before this file plus those it declares. */
    private final Map<String, String> citations;
    private final Map<String, String> declared = new LinkedHashMap<>();
    private final List<Block> blocks = new ArrayList<>();
    private final List<LibraryProblem> problems = new ArrayList<>();

    private Header header;
    private final List<BodyLine> body = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    /** True after a malformed header: its body lines are skipped. */
    private boolean skipping;

    private record Header(EntryKind kind, String id, String formula, Map<String, String> attributes, int line) {
    }

    private LibraryParser(String file, Map<String, String> knownCitations) {
        this.file = file;
        this.citations = new LinkedHashMap<>(knownCitations);
    }

    /**
     * @param file           the file name used in problems and origins
     * @param reader         the file's text
     * @param knownCitations sources that lines may cite without declaring them, by key
     */
    static Parsed parse(String file, BufferedReader reader, Map<String, String> knownCitations) throws IOException {
        LibraryParser parser = new LibraryParser(file, knownCitations);
        String text;
        int number = 0;
        while ((text = reader.readLine()) != null) {
            number++;
            // Some Windows editors start UTF-8 files with a byte-order mark; it is not part of the text.
            parser.line(number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text, number);
        }
        parser.finishBlock();
        return new Parsed(List.copyOf(parser.blocks), Map.copyOf(parser.declared), List.copyOf(parser.problems));
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
                body(tokens, number);
            }
        } catch (LineSyntaxException | QuantityException e) {
            problems.add(new LibraryProblem(file, number, e.getMessage()));
            if (!indented) {
                skipping = true;
            }
        }
    }

    private void finishBlock() {
        if (header != null) {
            blocks.add(new Block(header.kind(), header.id(), header.formula(), header.attributes(), body,
                    new Origin(file, header.line())));
        }
        header = null;
        body.clear();
        seen.clear();
        skipping = false;
    }

    private void header(List<Token> tokens, int number) {
        Token first = tokens.get(0);
        EntryKind kind = EntryKind.fromKeyword(first.key() == null ? first.text() : "")
                .orElseThrow(() -> LineSyntaxException.at(first.column(), "unknown entry '" + first.written()
                        + "'; a line at the start of the line begins with one of: " + EntryKind.keywords()
                        + " (indent body lines)"));
        if (kind == EntryKind.SOURCE) {
            declareSource(tokens);
            return;
        }
        Token id = expectWord(tokens, 1, kind.keyword() + " needs an id, e.g. " + kind.keyword() + " MY-ID");
        if (!EntryKind.isId(id.text())) {
            throw LineSyntaxException.at(id.column(), "'" + id.text() + "' is not an id: start with a letter or digit"
                    + " and use only letters, digits and . _ + -");
        }
        int next = 2;
        String formula = "";
        if (kind == EntryKind.MATERIAL) {
            if (tokens.size() < 3 || !tokens.get(2).quoted() || tokens.get(2).isKeyValue()
                    || tokens.get(2).text().isBlank()) {
                throw LineSyntaxException.at(id.end(), "material " + id.text()
                        + " needs its formula in quotes after the id, e.g. material LATP \"Li1.3Al0.3Ti1.7(PO4)3\"");
            }
            formula = tokens.get(2).text();
            next = 3;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Token token : tokens.subList(next, tokens.size())) {
            if (!token.isKeyValue() || !kind.attributes().containsKey(token.key())) {
                throw LineSyntaxException.at(token.column(), "unexpected '" + token.written() + "' in a "
                        + kind.keyword() + " header; it takes " + attributeList(kind));
            }
            if (attributes.put(token.key(), token.text()) != null) {
                throw LineSyntaxException.at(token.column(), "'" + token.key() + "' is given twice");
            }
        }
        kind.attributes().forEach((key, required) -> {
            if (required && !attributes.containsKey(key)) {
                throw new LineSyntaxException(kind.keyword() + " " + id.text() + " needs " + key + "=...; it takes "
                        + attributeList(kind));
            }
        });
        header = new Header(kind, id.text(), formula, attributes, number);
    }

    private static String attributeList(EntryKind kind) {
        List<String> parts = new ArrayList<>();
        kind.attributes().forEach((key, required) -> parts.add(required ? key + "=..." : "[" + key + "=...]"));
        return String.join(" ", parts);
    }

    private void declareSource(List<Token> tokens) {
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
        if (citations.containsKey(key.text())) {
            throw LineSyntaxException.at(key.column(), "source " + key.text()
                    + " is already declared; cite it with source=" + key.text() + " \"locator\"");
        }
        citations.put(key.text(), tokens.get(2).text());
        declared.put(key.text(), tokens.get(2).text());
    }

    private static Token expectWord(List<Token> tokens, int index, String usage) {
        if (tokens.size() <= index || tokens.get(index).isKeyValue() || tokens.get(index).quoted()) {
            int column = tokens.size() <= index ? tokens.get(tokens.size() - 1).end() : tokens.get(index).column();
            throw LineSyntaxException.at(column, usage);
        }
        return tokens.get(index);
    }

    private void body(List<Token> tokens, int number) {
        Token first = tokens.get(0);
        EntryKind kind = header.kind();
        Slot slot = (first.isKeyValue() || first.quoted() ? Optional.<Slot>empty() : kind.slot(first.text()))
                .orElseThrow(() -> LineSyntaxException.at(first.column(), "unknown property '" + first.written()
                        + "' for a " + kind.keyword() + "; known: " + kind.slotNames()));
        int index = 1;
        Value value;
        if (slot.shape() == Shape.LABEL) {
            Token label = expectWord(tokens, 1, "write: " + slot.example());
            value = new BodyLine.Label(label.text());
            index = 2;
        } else {
            value = null;
        }
        Map<String, String> qualifiers = new LinkedHashMap<>();
        while (index < tokens.size() && tokens.get(index).isKeyValue() && !isTail(tokens.get(index))) {
            Token token = tokens.get(index++);
            qualifier(slot, token, qualifiers);
        }
        for (QualifierSpec spec : slot.qualifiers()) {
            if (spec.required() && !qualifiers.containsKey(spec.key())) {
                throw new LineSyntaxException(slot.name() + " needs " + spec.key() + "=<" + spec.description()
                        + ">; write: " + slot.example());
            }
        }
        Optional<Quantity> temperature = Optional.empty();
        if (value == null) {
            if (index >= tokens.size() || !tokens.get(index).is("=")) {
                int column = index < tokens.size() ? tokens.get(index).column() : first.end();
                throw LineSyntaxException.at(column, "expected ' = ' after the name; write: " + slot.example());
            }
            int valueStart = ++index;
            while (index < tokens.size() && !isTail(tokens.get(index))) {
                index++;
            }
            List<Token> valueTokens = tokens.subList(valueStart, index);
            int at = indexOfWord(valueTokens, AT);
            List<Token> main = at < 0 ? valueTokens : valueTokens.subList(0, at);
            value = value(slot, main, tokens.get(valueStart - 1));
            if (at >= 0) {
                temperature = Optional.of(temperature(slot, valueTokens.subList(at + 1, valueTokens.size()),
                        valueTokens.get(at)));
            }
        }
        if (slot.temperature() == Slot.Need.REQUIRED && temperature.isEmpty()) {
            throw new LineSyntaxException(slot.name() + " needs the temperature it applies at; write: " + slot.example());
        }
        Tail tail = tail(tokens.subList(index, tokens.size()), tokens.get(index - 1), slot);
        BodyLine line = new BodyLine(slot.name(), qualifiers, value, temperature, tail.source(), tail.note(), number);
        String key = slot.repeatable()
                ? slot.name() + " " + qualifiers + temperature.map(t -> " @ " + t.si()).orElse("")
                        + (value instanceof BodyLine.Label label ? " " + label.text() : "")
                : slot.name();
        if (!seen.add(key)) {
            throw new LineSyntaxException("duplicate " + slot.name() + (slot.repeatable() ? " with the same "
                    + "qualifiers and temperature" : "") + " in " + header.kind().keyword() + " " + header.id()
                    + "; state each value once");
        }
        body.add(line);
    }

    private static boolean isTail(Token token) {
        return token.isKeyValue() && (token.key().equals(SOURCE) || token.key().equals(NOTE));
    }

    private static void qualifier(Slot slot, Token token, Map<String, String> qualifiers) {
        QualifierSpec spec = slot.qualifier(token.key());
        if (spec == null) {
            throw LineSyntaxException.at(token.column(), "unexpected '" + token.written() + "'; write: " + slot.example());
        }
        if (!spec.valid().test(token.text())) {
            throw LineSyntaxException.at(token.column(), token.key() + " must be " + spec.description() + ", got '"
                    + token.text() + "'");
        }
        if (qualifiers.put(token.key(), token.text()) != null) {
            throw LineSyntaxException.at(token.column(), "'" + token.key() + "' is given twice");
        }
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

    private Value value(Slot slot, List<Token> tokens, Token before) {
        if (tokens.isEmpty()) {
            throw LineSyntaxException.at(before.end(), "missing value; write: " + slot.example());
        }
        if (slot.shape() == Shape.FLAG) {
            if (tokens.size() != 1 || !(tokens.get(0).is("true") || tokens.get(0).is("false"))) {
                throw LineSyntaxException.at(tokens.get(0).column(), slot.name() + " is true or false; write: "
                        + slot.example());
            }
            return new BodyLine.Flag(tokens.get(0).is("true"));
        }
        int dots = indexOfWord(tokens, RANGE);
        if (dots < 0) {
            if (slot.shape() == Shape.RANGE) {
                throw LineSyntaxException.at(tokens.get(0).column(), slot.name() + " is a range; write: "
                        + slot.example());
            }
            return new BodyLine.Number(quantity(slot, tokens, before));
        }
        if (slot.shape() == Shape.NUMBER) {
            throw LineSyntaxException.at(tokens.get(dots).column(), slot.name() + " is a single value; write: "
                    + slot.example());
        }
        Quantity min = quantity(slot, tokens.subList(0, dots), before);
        Quantity max = quantity(slot, tokens.subList(dots + 1, tokens.size()), tokens.get(dots));
        if (!min.dimension().equals(max.dimension()) || min.si() > max.si()) {
            throw LineSyntaxException.at(tokens.get(0).column(), "'" + min.text() + " .. " + max.text()
                    + "' must go from the lower to the upper end, both of the same kind");
        }
        return new BodyLine.Range(min, max);
    }

    /** Parses the words as one quantity and checks its dimension and sign against the slot. */
    private static Quantity quantity(Slot slot, List<Token> tokens, Token before) {
        if (tokens.isEmpty()) {
            throw LineSyntaxException.at(before.end(), "missing value after '" + before.written() + "'; write: "
                    + slot.example());
        }
        Quantity quantity = Units.parse(joined(tokens));
        if (!slot.dimensions().contains(quantity.dimension())) {
            throw LineSyntaxException.at(tokens.get(0).column(), slot.name() + " must be " + slot.expectedKinds()
                    + " but '" + quantity.text() + "' is " + quantity.dimension().describe() + "; write: "
                    + slot.example());
        }
        boolean physical = slot.sign() == Slot.Sign.POSITIVE ? quantity.si() > 0 : quantity.si() >= 0;
        if (!physical) {
            throw LineSyntaxException.at(tokens.get(0).column(), slot.name() + " must be "
                    + (slot.sign() == Slot.Sign.POSITIVE ? "positive" : "zero or positive") + ", got '"
                    + quantity.text() + "'");
        }
        return quantity;
    }

    private static Quantity temperature(Slot slot, List<Token> tokens, Token at) {
        if (slot.temperature() == Slot.Need.FORBIDDEN) {
            throw LineSyntaxException.at(at.column(), slot.name() + " takes no '@ temperature'; write: " + slot.example());
        }
        if (tokens.isEmpty()) {
            throw LineSyntaxException.at(at.end(), "missing temperature after '@', e.g. @ 25 °C");
        }
        Quantity temperature = Units.parse(joined(tokens));
        if (!temperature.dimension().equals(Dimension.TEMPERATURE) || temperature.si() <= 0) {
            throw LineSyntaxException.at(tokens.get(0).column(), "after '@' comes a temperature such as 25 °C, got '"
                    + temperature.text() + "'");
        }
        return temperature;
    }

    /** The words exactly as typed between the first and the last, so unit text keeps its spacing. */
    private static String joined(List<Token> tokens) {
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

    private record Tail(Source source, String note) {
    }

    /** The {@code source=[KEY] "locator"} and optional {@code note="..."} that end every body line. */
    private Tail tail(List<Token> tokens, Token before, Slot slot) {
        Source source = null;
        String note = "";
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isKeyValue() && token.key().equals(SOURCE) && source == null) {
                if (i + 1 >= tokens.size() || !tokens.get(i + 1).quoted() || tokens.get(i + 1).isKeyValue()
                        || tokens.get(i + 1).text().isBlank()) {
                    throw LineSyntaxException.at(token.end(), "after source=" + token.text()
                            + " say where in the source the value is, e.g. source=" + token.text() + " \"Table 1\"");
                }
                source = source(token, tokens.get(++i).text());
            } else if (token.isKeyValue() && token.key().equals(NOTE) && note.isEmpty() && token.quoted()) {
                note = token.text();
            } else {
                throw LineSyntaxException.at(token.column(), "unexpected '" + token.written()
                        + "'; a line ends with source=[KEY] \"locator\" and an optional note=\"...\"");
            }
        }
        if (source == null) {
            int column = tokens.isEmpty() ? before.end() : tokens.get(0).column();
            throw LineSyntaxException.at(column, "every value needs a source: add source=[KEY] \"locator\", e.g. "
                    + slot.example());
        }
        return new Tail(source, note);
    }

    private Source source(Token token, String locator) {
        String citation = citations.get(token.text());
        if (citation == null) {
            throw LineSyntaxException.at(token.column(), "unknown source " + token.text() + "; declare it with: source "
                    + (SOURCE_KEY.matcher(token.text()).matches() ? token.text() : "[KEY]")
                    + " \"full citation\" (known: " + String.join(" ", citations.keySet()) + ")");
        }
        return Source.of(token.text(), citation, locator);
    }
}
