package org.interphase.sim.impedance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Boukamp's circuit description code (CDC, Solid State Ionics 20 (1986) 31–44), e.g. {@code R(RQ)(RQ)W}, read into
 * the impedance.py circuit string that {@link CircuitParser} reads: elements written one after another are in
 * series, {@code (…)} puts its items in parallel and {@code […]} groups items in series inside a parallel group.
 * <p>
 * Letters: R, C, L, Q (constant-phase element, {@code CPE}), W (semi-infinite Warburg) and G (Gerischer). The
 * finite-length Warburg letters (O, T) are refused because programs disagree on which boundary each means; write
 * {@code Wo}/{@code Ws} in impedance.py syntax instead. The n-th element of the string (from 0) gets index n, so
 * {@code R(RQ)W} is {@code R0-p(R1,CPE2)-W3}.
 */
public final class CdcParser {

    private static final Map<Character, ElementType> LETTERS = Map.of('R', ElementType.R, 'C', ElementType.C,
            'L', ElementType.L, 'Q', ElementType.CPE, 'W', ElementType.W, 'G', ElementType.G);

    private final String text;
    private int position;
    private int elements;

    private CdcParser(String text) {
        this.text = text;
    }

    /**
     * Whether {@code text} is written in CDC rather than impedance.py syntax: it has capital letters and brackets only
     * (no index digit, '-' or ','), more than one letter (a lone {@code R} reads the same in both) and is not an
     * impedance.py {@code CPE} or {@code p(…)}.
     */
    public static boolean isCdc(String text) {
        return text != null && text.chars().filter(Character::isLetter).count() > 1
                && text.chars().allMatch(c -> Character.isUpperCase(c) || "()[] ".indexOf(c) >= 0)
                && !text.contains("p(") && !text.contains("CPE");
    }

    /**
     * @param cdc a circuit description code such as {@code R(RQ)(RQ)W}
     * @return the same circuit as an impedance.py string, e.g. {@code R0-p(R1,CPE2)-p(R3,CPE4)-W5}
     * @throws CircuitSyntaxException naming the column of the CDC string at fault
     */
    public static String toCircuitString(String cdc) {
        CdcParser parser = new CdcParser(cdc);
        String series = parser.items(']', '-');
        parser.skipSpaces();
        if (parser.position < cdc.length()) {
            throw parser.error("unbalanced '" + cdc.charAt(parser.position) + "'",
                    "close only the brackets that were opened");
        }
        return series;
    }

    /** Items up to {@code closing} (or the end), joined by {@code joint}. */
    private String items(char closing, char joint) {
        List<String> items = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (position >= text.length() || text.charAt(position) == ')' || text.charAt(position) == ']') {
                break;
            }
            items.add(item());
        }
        if (items.isEmpty()) {
            throw error(position >= text.length() ? "unexpected end of string" : "empty group",
                    "expected an element (" + String.join(", ", letters()) + ") or a group");
        }
        String joined = String.join(String.valueOf(joint), items);
        return closing == ')' && items.size() > 1 ? "p(" + joined + ")" : joined;
    }

    private String item() {
        char next = text.charAt(position);
        if (next == '(' || next == '[') {
            int open = position;
            char closing = next == '(' ? ')' : ']';
            position++;
            String group = items(closing, next == '(' ? ',' : '-');
            skipSpaces();
            if (position >= text.length() || text.charAt(position) != closing) {
                position = open;
                throw error("'" + next + "' is not closed", "add '" + closing + "'");
            }
            position++;
            return group;
        }
        ElementType type = LETTERS.get(next);
        if (type == null) {
            throw error("unknown CDC element '" + next + "'", next == 'O' || next == 'T'
                    ? "write the finite-length Warburg in impedance.py syntax (Wo1 open, Ws1 short), e.g. R0-p(R1,CPE1)-Wo2"
                    : "known elements: " + String.join(", ", letters()));
        }
        position++;
        return type.prefix() + elements++;
    }

    private static List<String> letters() {
        return List.of("R", "C", "L", "Q", "W", "G");
    }

    private void skipSpaces() {
        while (position < text.length() && text.charAt(position) == ' ') {
            position++;
        }
    }

    private CircuitSyntaxException error(String problem, String expectation) {
        return new CircuitSyntaxException(problem + " at column " + (position + 1) + " in the circuit description"
                + " code '" + text + "'; " + expectation, position + 1);
    }
}
