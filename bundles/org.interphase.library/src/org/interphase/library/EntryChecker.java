package org.interphase.library;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.interphase.core.provenance.Source;
import org.interphase.core.units.Dimension;
import org.interphase.core.units.Quantity;
import org.interphase.core.units.QuantityException;
import org.interphase.core.units.Units;
import org.interphase.library.BodyLine.Value;
import org.interphase.library.Slot.QualifierSpec;
import org.interphase.library.Slot.Shape;

/**
 * Checks {@link WrittenEntry}s against the library's vocabulary ({@link EntryKind}, {@link Slot}) and turns them
 * into {@link Block}s: every name known, every value of its slot's kind, dimension and sign, every qualifier and
 * temperature where the slot wants one, every value with a known source, no value stated twice. It goes on after a
 * problem so that one check shows everything to fix; an entry whose header is unusable is left out whole.
 */
final class EntryChecker {

    /** Citations by source key: those known before plus those declared so far. */
    private final Map<String, String> citations;
    private final List<LibraryProblem> problems = new ArrayList<>();

    /** A problem in one line or header, with the line it is reported at. */
    private static final class LineProblem extends RuntimeException {

        private static final long serialVersionUID = 1L;

        LineProblem(String message) {
            super(message, null, false, false);
        }
    }

    /** @param knownCitations sources that lines may cite without declaring them, by key */
    EntryChecker(Map<String, String> knownCitations) {
        this.citations = new LinkedHashMap<>(knownCitations);
    }

    /** The problems found since the last call, in the order found; the checker forgets them. */
    List<LibraryProblem> takeProblems() {
        List<LibraryProblem> found = List.copyOf(problems);
        problems.clear();
        return found;
    }

    /** Citations by key, including the sources declared through {@link #declare}. */
    Map<String, String> citations() {
        return citations;
    }

    /** Makes {@code source} citable; a key declared twice with another citation is a problem. */
    void declare(WrittenEntry.Source source) {
        String previous = citations.putIfAbsent(source.key(), source.citation());
        if (previous != null && !previous.equals(source.citation())) {
            problems.add(new LibraryProblem(source.origin().file(), source.origin().line(), "source " + source.key()
                    + " is already declared with another citation; give this one another name"));
        }
    }

    /** The checked entry, or empty if its header cannot be used (its problems are recorded). */
    Optional<Block> check(WrittenEntry entry) {
        Origin origin = entry.origin();
        Optional<EntryKind> kind = EntryKind.fromKeyword(entry.kind()).filter(k -> k != EntryKind.SOURCE);
        if (kind.isEmpty()) {
            problems.add(new LibraryProblem(origin.file(), origin.line(), "unknown entry kind '" + entry.kind()
                    + "'; a process is one of: " + String.join(", ", LibraryVocabulary.processKinds())));
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>(entry.attributes());
        List<WrittenEntry.Line> bodyLines = new ArrayList<>();
        for (WrittenEntry.Line line : entry.lines()) {
            if (kind.get().attributes().containsKey(line.name()) && line.text() != null) {
                if (attributes.put(line.name(), line.text()) != null) {
                    problems.add(new LibraryProblem(origin.file(), line.line(), "'" + line.name()
                            + "' is given twice"));
                }
            } else {
                bodyLines.add(line);
            }
        }
        try {
            header(kind.get(), entry, attributes);
        } catch (LineProblem e) {
            problems.add(new LibraryProblem(origin.file(), origin.line(), e.getMessage()));
            return Optional.empty();
        }
        List<BodyLine> body = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (WrittenEntry.Line line : bodyLines) {
            try {
                body.add(body(kind.get(), entry, line, seen));
            } catch (LineProblem | QuantityException e) {
                problems.add(new LibraryProblem(origin.file(), line.line(), e.getMessage()));
            }
        }
        return Optional.of(new Block(kind.get(), entry.id(), entry.formula(), attributes, body, origin));
    }

    private static void header(EntryKind kind, WrittenEntry entry, Map<String, String> attributes) {
        if (!EntryKind.isId(entry.id())) {
            throw new LineProblem("'" + entry.id() + "' is not a library id: start with a letter or digit and use "
                    + "only letters, digits and . _ + -");
        }
        if (kind == EntryKind.MATERIAL && entry.formula().isBlank()) {
            throw new LineProblem("material " + entry.id() + " needs its formula in quotes after its name, e.g. "
                    + "material LATP \"Li1.3Al0.3Ti1.7(PO4)3\"");
        }
        for (String key : attributes.keySet()) {
            if (!kind.attributes().containsKey(key)) {
                throw new LineProblem("a " + kind.keyword() + " takes no '" + key + "'; it takes "
                        + attributeList(kind));
            }
        }
        kind.attributes().forEach((key, required) -> {
            if (required && !attributes.containsKey(key)) {
                throw new LineProblem(kind.keyword() + " " + entry.id() + " needs " + key + " = ...; it takes "
                        + attributeList(kind));
            }
        });
    }

    private static String attributeList(EntryKind kind) {
        List<String> parts = new ArrayList<>();
        kind.attributes().forEach((key, required) -> parts.add(required ? key : "[" + key + "]"));
        return String.join(", ", parts);
    }

    private BodyLine body(EntryKind kind, WrittenEntry entry, WrittenEntry.Line line, Set<String> seen) {
        Slot slot = kind.slot(line.name()).orElseThrow(() -> new LineProblem("unknown property '" + line.name()
                + "' for a " + kind.keyword() + "; known: " + kind.slotNames()));
        Map<String, String> qualifiers = new LinkedHashMap<>();
        line.qualifiers().forEach((key, value) -> qualifier(slot, key, value, qualifiers));
        for (QualifierSpec spec : slot.qualifiers()) {
            if (spec.required() && !qualifiers.containsKey(spec.key())) {
                throw new LineProblem(slot.name() + " needs [" + spec.key() + "=<" + spec.description()
                        + ">]; write: " + slot.example());
            }
        }
        Value value = value(slot, line);
        Optional<Quantity> temperature = Optional.ofNullable(line.temperature()).map(t -> temperature(slot, t));
        if (slot.temperature() == Slot.Need.REQUIRED && temperature.isEmpty()) {
            throw new LineProblem(slot.name() + " needs the temperature it applies at; write: " + slot.example());
        }
        Source source = source(slot, line);
        String key = slot.repeatable()
                ? slot.name() + " " + qualifiers + temperature.map(t -> " at " + t.si()).orElse("")
                        + (value instanceof BodyLine.Label label ? " " + label.text() : "")
                : slot.name();
        if (!seen.add(key)) {
            throw new LineProblem("duplicate " + slot.name() + (slot.repeatable() ? " with the same qualifiers and "
                    + "temperature" : "") + " in " + kind.keyword() + " " + entry.id() + "; state each value once");
        }
        return new BodyLine(slot.name(), qualifiers, value, temperature, source, line.note(), line.line());
    }

    private static void qualifier(Slot slot, String key, String value, Map<String, String> qualifiers) {
        QualifierSpec spec = slot.qualifier(key);
        if (spec == null) {
            throw new LineProblem(slot.name() + " takes no [" + key + "=...]; write: " + slot.example());
        }
        if (!spec.valid().test(value)) {
            throw new LineProblem(key + " must be " + spec.description() + ", got '" + value + "'");
        }
        if (qualifiers.put(key, value) != null) {
            throw new LineProblem("'" + key + "' is given twice");
        }
    }

    private static Value value(Slot slot, WrittenEntry.Line line) {
        switch (slot.shape()) {
            case FLAG -> {
                if (!"true".equals(line.text()) && !"false".equals(line.text())) {
                    throw new LineProblem(slot.name() + " is true or false; write: " + slot.example());
                }
                return new BodyLine.Flag(Boolean.parseBoolean(line.text()));
            }
            case LABEL -> {
                if (line.text() == null || line.text().isBlank()) {
                    throw new LineProblem(slot.name() + " names what it is; write: " + slot.example());
                }
                return new BodyLine.Label(line.text());
            }
            default -> {
                // A quantity slot: a number with its unit, or a range for the slots that take one.
            }
        }
        if (line.value() == null) {
            throw new LineProblem(slot.name() + " is " + slot.expectedKinds() + ", not a word; write: "
                    + slot.example());
        }
        if (line.upper() == null) {
            if (slot.shape() == Shape.RANGE) {
                throw new LineProblem(slot.name() + " is a range; write: " + slot.example());
            }
            return new BodyLine.Number(quantity(slot, line.value()));
        }
        if (slot.shape() == Shape.NUMBER) {
            throw new LineProblem(slot.name() + " is a single value; write: " + slot.example());
        }
        Quantity min = quantity(slot, line.value());
        Quantity max = quantity(slot, line.upper());
        if (!min.dimension().equals(max.dimension())) {
            throw new LineProblem("'" + min.text() + " to " + max.text() + "' mixes two kinds of value; write both "
                    + "ends in units of " + min.dimension().describe());
        }
        if (min.si() > max.si()) {
            throw new LineProblem(slot.name() + " '" + min.text() + " to " + max.text() + "' has its lower end "
                    + "last; write the lower end first: " + max.text() + " to " + min.text());
        }
        return new BodyLine.Range(min, max);
    }

    /** Parses the text as one quantity and checks its dimension and sign against the slot. */
    private static Quantity quantity(Slot slot, String text) {
        Quantity quantity = Units.parse(text);
        if (!slot.dimensions().contains(quantity.dimension())) {
            throw new LineProblem(slot.name() + " must be " + slot.expectedKinds() + " but '" + quantity.text()
                    + "' is " + quantity.dimension().describe() + "; write: " + slot.example());
        }
        boolean physical = slot.sign() == Slot.Sign.POSITIVE ? quantity.si() > 0 : quantity.si() >= 0;
        if (!physical) {
            throw new LineProblem(slot.name() + " must be " + (slot.sign() == Slot.Sign.POSITIVE ? "positive"
                    : "zero or positive") + ", got '" + quantity.text() + "'");
        }
        return quantity;
    }

    private static Quantity temperature(Slot slot, String text) {
        if (slot.temperature() == Slot.Need.FORBIDDEN) {
            throw new LineProblem(slot.name() + " takes no temperature; write: " + slot.example());
        }
        Quantity temperature = Units.parse(text);
        if (!temperature.dimension().equals(Dimension.TEMPERATURE) || temperature.si() <= 0) {
            throw new LineProblem("after 'at' comes a temperature such as 25 °C, got '" + temperature.text() + "'");
        }
        return temperature;
    }

    private Source source(Slot slot, WrittenEntry.Line line) {
        if (line.sourceKey() == null) {
            throw new LineProblem("every value needs a source: add source <name> \"locator\", e.g. "
                    + slot.example());
        }
        String citation = citations.get(line.sourceKey());
        if (citation == null) {
            throw new LineProblem("unknown source " + line.sourceKey() + "; declare it with: source "
                    + line.sourceKey() + " \"full citation\"");
        }
        return Source.of(line.sourceKey(), citation, line.locator());
    }
}
