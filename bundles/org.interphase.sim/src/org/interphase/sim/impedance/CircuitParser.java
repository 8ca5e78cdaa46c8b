package org.interphase.sim.impedance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses impedance.py circuit strings into a {@link CircuitNode} tree.
 * <p>
 * Grammar (spaces are ignored): {@code series := part ('-' part)*}, {@code part := element | 'p(' series
 * (',' series)+ ')'}, {@code element := prefix digits*} with a prefix from {@link ElementType}. Element names
 * (prefix plus index) must be unique because they name the parameters. Every error is a
 * {@link CircuitSyntaxException} naming the 1-based column and what was expected there.
 */
public final class CircuitParser {

    /** Returned by {@link #peek()} past the last character. */
    private static final char END = '\0';

    private final String text;
    private final Map<String, Integer> elementColumns = new HashMap<>();
    private int position;

    private CircuitParser(String text) {
        this.text = text;
    }

    /**
     * @param text a circuit string such as {@code R0-p(R1,CPE1)-Wo1}
     * @return the circuit structure
     * @throws CircuitSyntaxException if the string is empty or malformed
     */
    public static CircuitNode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new CircuitSyntaxException("empty circuit string; write e.g. R0-p(R1,CPE1)-Wo1 "
                    + "('-' joins parts in series, p(a,b,...) in parallel)", 1);
        }
        CircuitParser parser = new CircuitParser(text);
        CircuitNode root = parser.series();
        parser.skipSpaces();
        if (parser.position < text.length()) {
            char unexpected = text.charAt(parser.position);
            throw parser.error(unexpected == ')' ? "unbalanced parenthesis: ')' without a matching '('"
                    : "unexpected '" + unexpected + "'", "expected '-' or the end of the string");
        }
        return root;
    }

    /**
     * @param text a circuit in impedance.py syntax or, when {@link CdcParser#isCdc} says so, in Boukamp's circuit
     *             description code ({@code R(RQ)(RQ)W})
     * @return the circuit structure; its {@code toString()} is the impedance.py string
     * @throws CircuitSyntaxException naming the column of {@code text} at fault
     */
    public static CircuitNode parseAnySyntax(String text) {
        return parse(CdcParser.isCdc(text) ? CdcParser.toCircuitString(text) : text);
    }

    private CircuitNode series() {
        List<CircuitNode> parts = new ArrayList<>();
        parts.add(part());
        while (peek() == '-') {
            position++;
            parts.add(part());
        }
        return parts.size() == 1 ? parts.get(0) : new Series(parts, "");
    }

    private CircuitNode part() {
        char next = peek();
        if (next == 'p' && position + 1 < text.length() && text.charAt(position + 1) == '(') {
            return parallel();
        }
        if (!Character.isLetter(next)) {
            String found = next == END ? "end of string" : "'" + next + "'";
            throw error("unexpected " + found, "expected an element (" + ElementType.knownPrefixes()
                    + ") or a parallel group p(...)");
        }
        return element();
    }

    private CircuitNode parallel() {
        int openColumn = position + 1;
        position += 2;
        List<CircuitNode> branches = new ArrayList<>();
        branches.add(series());
        while (peek() == ',') {
            position++;
            branches.add(series());
        }
        char closing = peek();
        if (closing == END) {
            throw new CircuitSyntaxException("unbalanced parenthesis: '(' at column " + openColumn
                    + " is not closed in '" + text + "'; add ')'", openColumn);
        }
        if (closing != ')') {
            throw error("unexpected '" + closing + "'", "expected '-', ',' or ')'");
        }
        if (branches.size() < 2) {
            throw error("parallel group with a single branch", "expected ',' and a second branch");
        }
        position++;
        return new Parallel(branches, "");
    }

    private Element element() {
        int start = position;
        while (position < text.length() && Character.isLetter(text.charAt(position))) {
            position++;
        }
        int indexStart = position;
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
            position++;
        }
        String name = text.substring(start, position);
        ElementType type = ElementType.forPrefix(text.substring(start, indexStart));
        if (type == null) {
            throw new CircuitSyntaxException("unknown element '" + name + "' at column " + (start + 1) + " in '"
                    + text + "'; known elements: " + ElementType.knownPrefixes(), start + 1);
        }
        Integer earlier = elementColumns.putIfAbsent(name, start + 1);
        if (earlier != null) {
            throw new CircuitSyntaxException("duplicate element '" + name + "' at column " + (start + 1) + " in '"
                    + text + "' (first at column " + earlier + "); give each element its own index", start + 1);
        }
        return new Element(type, text.substring(indexStart, position));
    }

    /** @return the next non-space character without consuming it, or {@link #END} */
    private char peek() {
        skipSpaces();
        return position < text.length() ? text.charAt(position) : END;
    }

    private void skipSpaces() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private CircuitSyntaxException error(String problem, String expectation) {
        return new CircuitSyntaxException(
                problem + " at column " + (position + 1) + " in '" + text + "'; " + expectation, position + 1);
    }
}
