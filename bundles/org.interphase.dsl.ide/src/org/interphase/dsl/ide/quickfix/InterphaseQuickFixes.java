package org.interphase.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.interphase.core.units.Dimension;
import org.interphase.core.units.QuantityException;
import org.interphase.core.units.Units;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.dsl.validation.QuantitySlots;

/**
 * The quick fixes of Interphase's validation issues as plain text edits, computed from what a diagnostic carries (its
 * code, data and text range, see {@link InterphaseIssueCodes}) and the file's current text, so that the editor's
 * Ctrl+1, the Problems view and a language server offer the same fixes:
 * <ul>
 * <li>{@link InterphaseIssueCodes#WRONG_DIMENSION}: replace the unit by one of the accepted dimension ("nm", "µm");</li>
 * <li>{@link InterphaseIssueCodes#MISSING_UNIT}: append a unit of the accepted dimension;</li>
 * <li>{@link InterphaseIssueCodes#MISSING_CHEMICAL}: declare the chemical;</li>
 * <li>{@link InterphaseIssueCodes#PURGE_TOO_SHORT}: purge as long as the pulse before it;</li>
 * <li>{@link InterphaseIssueCodes#LI_ON_REDUCIBLE_ELECTROLYTE}: put a coating layer between Li and the electrolyte.</li>
 * </ul>
 */
public final class InterphaseQuickFixes {

    /** Replaces {@code length} characters at {@code offset} by {@code text}. */
    public record TextEdit(int offset, int length, String text) {
    }

    /** One way to fix an issue: what the user sees and the edits to make, which do not overlap. */
    public record Fix(String label, List<TextEdit> edits) {

        public Fix {
            edits = List.copyOf(edits);
        }

        /** {@code text} with the edits made. */
        public String applyTo(String text) {
            StringBuilder result = new StringBuilder(text);
            // Back to front, so an edit does not move the offsets of those before it.
            edits.stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed())
                    .forEach(edit -> result.replace(edit.offset(), edit.offset() + edit.length(), edit.text()));
            return result.toString();
        }
    }

    private static final Set<String> FIXABLE = Set.of(InterphaseIssueCodes.WRONG_DIMENSION,
            InterphaseIssueCodes.MISSING_UNIT, InterphaseIssueCodes.PURGE_TOO_SHORT,
            InterphaseIssueCodes.LI_ON_REDUCIBLE_ELECTROLYTE, InterphaseIssueCodes.MISSING_PROPERTY,
            InterphaseIssueCodes.MISSING_CHEMICAL);

    private InterphaseQuickFixes() {
    }

    /** Whether issues with {@code code} have fixes (cheap: the Problems view asks for every marker). */
    public static boolean hasFixes(String code) {
        return code != null && FIXABLE.contains(code);
    }

    /**
     * The fixes of an issue with {@code code} and {@code data} on {@code length} characters at {@code offset} of
     * {@code text}; none if the issue has no fix or the range no longer lies in the text.
     */
    public static List<Fix> fixes(String code, List<String> data, int offset, int length, String text) {
        if (!hasFixes(code) || offset < 0 || length < 0 || offset + length > text.length()) {
            return List.of();
        }
        List<Fix> fixes = new ArrayList<>();
        switch (code) {
            case InterphaseIssueCodes.WRONG_DIMENSION -> {
                Optional<Dimension> written = dimensionOf(text.substring(offset, offset + length));
                unitsLike(data).stream().filter(unit -> !dimensionOf(unit).equals(written))
                        .forEach(unit -> fixes.add(new Fix("Change the unit to '" + unit + "'",
                                List.of(new TextEdit(offset, length, unit)))));
            }
            case InterphaseIssueCodes.MISSING_UNIT -> unitsLike(data)
                    .forEach(unit -> fixes.add(new Fix("Add the unit '" + unit + "'",
                            List.of(new TextEdit(offset + length, 0, " " + unit)))));
            case InterphaseIssueCodes.MISSING_CHEMICAL -> {
                if (data.size() > 1 && !data.get(0).isEmpty()) {
                    String name = data.get(0);
                    fixes.add(new Fix("Declare " + data.get(1) + " " + name + " (then write its formula)",
                            List.of(declaration(data.get(1), name, name, text))));
                }
            }
            case InterphaseIssueCodes.PURGE_TOO_SHORT -> {
                if (data.size() > 1 && !data.get(1).isEmpty()) {
                    fixes.add(new Fix("Purge for " + data.get(1) + ", as long as the pulse",
                            List.of(new TextEdit(offset, length, data.get(1)))));
                }
            }
            case InterphaseIssueCodes.LI_ON_REDUCIBLE_ELECTROLYTE -> {
                if (data.size() > 1 && !data.get(1).isEmpty()) {
                    fixes.add(coatingBetween(data.get(0), data.get(1), offset, text));
                }
            }
            case InterphaseIssueCodes.MISSING_PROPERTY -> {
                if (data.size() > 2) {
                    fixes.add(missingProperties(data.get(0), data.subList(2, data.size()), text));
                }
            }
            default -> throw new IllegalStateException("no fix for " + code + " although hasFixes says so");
        }
        return fixes;
    }

    /**
     * The units of the dimensions of the example units the validator gives (the slot's dimensions): each example
     * first, then the other units of its dimension; never a unit of another dimension.
     */
    private static List<String> unitsLike(List<String> examples) {
        Set<String> units = new LinkedHashSet<>();
        for (String example : examples) {
            dimensionOf(example).filter(dimension -> !example.isBlank()).ifPresent(dimension -> {
                units.add(example.strip());
                units.addAll(QuantitySlots.units(dimension));
            });
        }
        return List.copyOf(units);
    }

    private static Optional<Dimension> dimensionOf(String unit) {
        try {
            return Optional.of(Units.unit(unit.strip()).dimension());
        } catch (QuantityException e) {
            return Optional.empty();
        }
    }

    /**
     * A declaration {@code kind name "formula"} on a line of its own: after the file's last one-line chemical
     * declaration, else after its package and imports, else at its start. Content assist adds one with a library
     * precursor it proposes, the quick fix for an undeclared chemical one for it.
     */
    public static TextEdit declaration(String kind, String name, String formula, String text) {
        return declarations(List.of(kind + " " + name + (formula == null || formula.isEmpty() ? ""
                : " \"" + formula + "\"")), text);
    }

    /** Declaration lines ({@code gas N2}) inserted together where {@link #declaration} puts one. */
    public static TextEdit declarations(List<String> lines, String text) {
        String declarations = String.join("\n", lines);
        int chemicals = lastLineEnd(CHEMICAL_LINE, text);
        if (chemicals >= 0) {
            return new TextEdit(chemicals, 0, "\n" + declarations);
        }
        int header = lastLineEnd(HEADER_LINE, text);
        if (header >= 0) {
            return new TextEdit(header, 0, "\n\n" + declarations);
        }
        return new TextEdit(0, 0, declarations + "\n\n");
    }

    private static final Pattern CHEMICAL_LINE = Pattern
            .compile("(?m)^[ \\t]*(chemical|precursor|reactant|gas|polymer|solution)\\s+[^\\s{]+[^{\\n]*$");
    private static final Pattern HEADER_LINE = Pattern.compile("(?m)^[ \\t]*(package|import)\\s[^\\n]*$");

    private static int lastLineEnd(Pattern line, String text) {
        Matcher matcher = line.matcher(text);
        int end = -1;
        while (matcher.find()) {
            end = matcher.end();
        }
        return end;
    }

    /**
     * The missing properties' lines, each with an example value of its kind to be replaced by the user's own and the
     * note that keeps it flagged until then: inside the file's {@code material} block of that name if it has one,
     * else in a new override block at the end of the file.
     */
    private static Fix missingProperties(String material, List<String> lines, String text) {
        String names = lines.stream().map(line -> "'" + line.split(" = ")[0] + "'").collect(Collectors.joining(", "));
        String label = "Add " + names + " to material " + material + " (replace the example "
                + (lines.size() == 1 ? "value" : "values") + " with yours and cite the source)";
        List<String> written = lines.stream()
                .map(line -> line + " note \"" + InterphaseIssueCodes.EXAMPLE_VALUE_NOTE + "\"").toList();
        Matcher block = Pattern.compile("(?m)^([ \\t]*)material\\s+" + Pattern.quote(material)
                + "(\\s+\"[^\"]*\")?\\s*\\{").matcher(text);
        if (block.find()) {
            int close = text.indexOf('}', block.end());
            if (close >= 0) {
                int lineStart = text.lastIndexOf('\n', close - 1) + 1;
                String indent = block.group(1) + "  ";
                boolean braceAlone = text.substring(lineStart, close).isBlank();
                int end = close;
                while (end > block.end() && text.charAt(end - 1) == ' ') {
                    end--;
                }
                String added = written.stream().map(line -> indent + line + "\n").collect(Collectors.joining());
                return new Fix(label, List.of(braceAlone ? new TextEdit(lineStart, 0, added)
                        : new TextEdit(end, close - end, "\n" + added + block.group(1))));
            }
        }
        String separator = text.endsWith("\n") ? "\n" : "\n\n";
        return new Fix(label, List.of(new TextEdit(text.length(), 0, separator + "material " + material + " {\n"
                + written.stream().map(line -> "  " + line + "\n").collect(Collectors.joining()) + "}\n")));
    }

    /**
     * A coating line on the Li layer's side that faces the electrolyte: after the Li line if the electrolyte's line
     * follows it, before it otherwise (the validator flags the Li layer of either order).
     */
    private static Fix coatingBetween(String electrolyte, String coating, int offset, String text) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int lineEnd = text.indexOf('\n', offset);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        String line = text.substring(lineStart, lineEnd);
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        String coatingLine = indent + "coating " + coating;
        String next = nextNonBlankLine(text, lineEnd);
        boolean electrolyteFollows = next.startsWith("electrolyte") && next.contains(electrolyte);
        TextEdit edit = electrolyteFollows ? new TextEdit(lineEnd, 0, "\n" + coatingLine)
                : new TextEdit(lineStart, 0, coatingLine + "\n");
        return new Fix("Insert 'coating " + coating + "' between Li and " + electrolyte, List.of(edit));
    }

    private static String nextNonBlankLine(String text, int from) {
        return text.substring(Math.min(from, text.length())).lines().map(String::strip).filter(l -> !l.isEmpty())
                .findFirst().orElse("");
    }
}
