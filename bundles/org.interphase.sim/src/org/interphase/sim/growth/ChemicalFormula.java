package org.interphase.sim.growth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads explicit stoichiometric formulas such as {@code Li1.3Al0.3Ti1.7(PO4)3} into atoms per
 * formula unit. Formulas with symbolic subscripts ({@code LixAlyS}), repeat units ({@code (C2H4O)n})
 * or mixtures ({@code Li3BO3-Li2CO3}) have no fixed count and give empty.
 */
final class ChemicalFormula {

    private final String text;
    private int position;

    private ChemicalFormula(String text) {
        this.text = text;
    }

    /** Atoms per formula unit by element symbol, or empty when the formula is not explicit. */
    static Optional<Map<String, Double>> atoms(String formula) {
        ChemicalFormula parser = new ChemicalFormula(formula.strip());
        Map<String, Double> atoms = parser.group();
        return parser.position == parser.text.length() && atoms != null && !atoms.isEmpty()
                ? Optional.of(atoms) : Optional.empty();
    }

    /** Elements and parenthesised groups up to a ')' or the end; null on anything unreadable. */
    private Map<String, Double> group() {
        Map<String, Double> atoms = new LinkedHashMap<>();
        while (position < text.length() && text.charAt(position) != ')') {
            char c = text.charAt(position);
            Map<String, Double> part;
            if (c == '(') {
                position++;
                part = group();
                if (part == null || position >= text.length() || text.charAt(position) != ')') {
                    return null;
                }
                position++;
            } else if (Character.isUpperCase(c)) {
                int start = position++;
                if (position < text.length() && Character.isLowerCase(text.charAt(position))) {
                    position++;
                }
                part = Map.of(text.substring(start, position), 1.0);
            } else {
                return null;
            }
            double count = count();
            part.forEach((element, n) -> atoms.merge(element, n * count, Double::sum));
        }
        return atoms;
    }

    /** The subscript after an element or group: a decimal number, 1 when absent. */
    private double count() {
        int start = position;
        while (position < text.length() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
            position++;
        }
        if (start == position) {
            return 1;
        }
        try {
            return Double.parseDouble(text.substring(start, position));
        } catch (NumberFormatException e) {
            position = text.length() + 1; // marks the formula unreadable
            return 0;
        }
    }
}
