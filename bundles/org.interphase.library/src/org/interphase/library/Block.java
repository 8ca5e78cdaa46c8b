package org.interphase.library;

import java.util.List;
import java.util.Map;

/**
 * A header line and the body lines under it, checked line by line but not yet turned into a
 * material or process.
 *
 * @param kind       what the header declares
 * @param id         the entry's identifier
 * @param formula    the quoted formula of a material header; empty for other kinds
 * @param attributes header key=value attributes
 * @param lines      the checked body lines, in file order
 * @param origin     where the header is
 */
record Block(EntryKind kind, String id, String formula, Map<String, String> attributes, List<BodyLine> lines,
        Origin origin) {

    Block {
        attributes = Copies.ordered(attributes);
        lines = List.copyOf(lines);
    }

    /** A header attribute, or {@code fallback} when not written. */
    String attribute(String key, String fallback) {
        return attributes.getOrDefault(key, fallback);
    }

    List<BodyLine> lines(String name) {
        return lines.stream().filter(line -> line.name().equals(name)).toList();
    }
}
