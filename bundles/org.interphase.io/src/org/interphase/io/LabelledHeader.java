package org.interphase.io;

import java.util.List;
import java.util.Locale;

/**
 * The header row of an instrument export whose column headings carry their units, "name/unit" in EC-Lab
 * ("Re(Z)/Ohm", "(Q-Qo)/mA.h") and "Name / unit" in the Battery Data Format ("Current / A"). Finds columns by name
 * (ignoring case) and checks their units; problems are reported on the header's line.
 */
final class LabelledHeader {

    private final TextLines lines;
    private final int line;
    private final List<String> headings;

    /** The header is the line {@code lines} has just read. */
    LabelledHeader(TextLines lines, List<String> headings) {
        this.lines = lines;
        this.line = lines.number();
        this.headings = headings;
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
            int slash = heading.lastIndexOf('/');
            String name = (slash < 0 ? heading : heading.substring(0, slash)).strip();
            for (String wanted : names) {
                if (name.equalsIgnoreCase(wanted)) {
                    return bind(channel, sign, i, heading, slash < 0 ? "" : heading.substring(slash + 1));
                }
            }
        }
        return null;
    }

    /** Like {@link #find} but the column must be there. */
    BoundColumn require(Channel channel, int sign, String... names) {
        BoundColumn column = find(channel, sign, names);
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
