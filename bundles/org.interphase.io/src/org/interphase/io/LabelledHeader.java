package org.interphase.io;

import java.util.List;
import java.util.Locale;

/**
 * The header row of an instrument export whose column headings carry their units, "name/unit" in EC-Lab
 * ("Re(Z)/Ohm", "(Q-Qo)/mA.h") and "Name / unit" in the Battery Data Format ("Current / A"), or "Name (unit)" in
 * Autolab, Arbin and Neware exports ("Z' (Ω)", "Test_Time(s)"). Finds columns by name (ignoring case) and checks their
 * units; problems are reported on the header's line.
 */
final class LabelledHeader {

    private final TextLines lines;
    private final int line;
    private final List<String> headings;
    private final boolean parenthesised;

    /** A header of "name/unit" headings; it is the line {@code lines} has just read. */
    LabelledHeader(TextLines lines, List<String> headings) {
        this(lines, headings, false);
    }

    private LabelledHeader(TextLines lines, List<String> headings, boolean parenthesised) {
        this.lines = lines;
        this.line = lines.number();
        this.headings = headings;
        this.parenthesised = parenthesised;
    }

    /** A header of "Name (unit)" headings; it is the line {@code lines} has just read. */
    static LabelledHeader parenthesised(TextLines lines, List<String> headings) {
        return new LabelledHeader(lines, headings, true);
    }

    /**
     * The column named one of {@code names}, bound to {@code channel} with its unit, or null if there is none.
     *
     * @param sign -1 where the column counts the other way from Interphase (−Im Z)
     * @throws ImportException if the column's unit is unknown or of the wrong dimension
     */
    BoundColumn find(Channel channel, int sign, String... names) {
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i);
            int split = parenthesised ? (heading.endsWith(")") ? heading.lastIndexOf('(') : -1)
                    : heading.lastIndexOf('/');
            String name = (split < 0 ? heading : heading.substring(0, split)).strip();
            String unit = split < 0 ? "" : heading.substring(split + 1, heading.length() - (parenthesised ? 1 : 0));
            for (String wanted : names) {
                if (name.equalsIgnoreCase(wanted)) {
                    return bind(channel, sign, i, heading, unit);
                }
            }
        }
        return null;
    }

    /**
     * The column whose whole heading is one of {@code names} (ignoring case), in a unit the format fixes rather than
     * writes (the Battery Data Format's "current_ampere", VersaStudio's "Z Real"), or null if there is none.
     */
    BoundColumn findIn(String unit, Channel channel, int sign, String... names) {
        for (int i = 0; i < headings.size(); i++) {
            for (String wanted : names) {
                if (headings.get(i).equalsIgnoreCase(wanted)) {
                    return bind(channel, sign, i, headings.get(i), unit);
                }
            }
        }
        return null;
    }

    /** Like {@link #findIn} but the column must be there. */
    BoundColumn requireIn(String unit, Channel channel, int sign, String... names) {
        return present(findIn(unit, channel, sign, names), channel, names);
    }

    /** Like {@link #find} but the column must be there. */
    BoundColumn require(Channel channel, int sign, String... names) {
        return present(find(channel, sign, names), channel, names);
    }

    /** {@code column}, which must be there. */
    BoundColumn present(BoundColumn column, Channel channel, String... names) {
        if (column == null) {
            throw error("no " + channel.noun() + " column: expected one named " + String.join(" or ", names)
                    + "; the header has: " + MessageText.list(headings.stream().filter(h -> !h.isEmpty()).toList()));
        }
        return column;
    }

    /** Whether a heading starts with one of {@code names} (ignoring case), e.g. to tell an impedance export. */
    boolean has(String... names) {
        return headings.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .anyMatch(h -> List.of(names).stream().anyMatch(n -> h.startsWith(n.toLowerCase(Locale.ROOT))));
    }

    ImportException error(String problem) {
        return new ImportException(lines.file(), line, problem);
    }

    private BoundColumn bind(Channel channel, int sign, int index, String heading, String unit) {
        try {
            return new BoundColumn(channel, index, heading, channel.unit(unit), sign);
        } catch (IllegalArgumentException e) {
            throw error("column " + MessageText.quote(heading) + ": " + MessageText.escape(e.getMessage())
                    + "; export it in a unit of " + channel.dimension().noun());
        }
    }
}
