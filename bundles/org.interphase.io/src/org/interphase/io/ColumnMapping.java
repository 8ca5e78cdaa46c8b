package org.interphase.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a user chooses in the import dialog for a plain CSV file: whether it holds a spectrum or cycling data, which
 * column holds which {@link Channel} in which unit and sign, and how cells and decimals are separated. Columns are
 * chosen by their heading, and then the first row that is not a '#' comment is the header, or by their 1-based
 * number, and then that row is a header only if none of its cells is a number (so that a typo in the first data row
 * is reported, not taken for a header).
 * <p>
 * A mapping may be incomplete while the user edits it; {@link #problems()} says what is still wrong.
 *
 * @param kind             spectrum or cycling
 * @param columns          the column of each channel; frequency, Re Z, Im Z for a spectrum; time, current, voltage
 *                         (and optionally capacity and cycle) for cycling
 * @param delimiter        between cells, e.g. ',' ';' or '\t'
 * @param decimalSeparator '.' or ','
 */
public record ColumnMapping(Kind kind, Map<Channel, Column> columns, char delimiter, char decimalSeparator) {

    /** What a file holds. */
    public enum Kind {
        SPECTRUM(Set.of(Channel.FREQUENCY, Channel.REAL, Channel.IMAGINARY), Set.of()),
        CYCLING(Set.of(Channel.TIME, Channel.CURRENT, Channel.VOLTAGE), Set.of(Channel.CAPACITY, Channel.CYCLE));

        private final Set<Channel> required;
        private final Set<Channel> optional;

        Kind(Set<Channel> required, Set<Channel> optional) {
            this.required = required;
            this.optional = optional;
        }

        public Set<Channel> required() {
            return required;
        }

        public Set<Channel> optional() {
            return optional;
        }
    }

    /**
     * One chosen column.
     *
     * @param heading  its heading in the header row, or null when chosen by position
     * @param position its 1-based number, used when {@code heading} is null
     * @param unit     the unit of its values, e.g. "mA", "kHz", "mohm", "h", "mAh"; empty for cycle numbers
     * @param negated  whether the file counts the other way from Interphase: the column holds −Im Z, or current and
     *                 capacity are positive on discharge
     */
    public record Column(String heading, int position, String unit, boolean negated) {

        public Column {
            Objects.requireNonNull(unit, "unit");
        }

        public static Column named(String heading, String unit) {
            return new Column(heading, 0, unit, false);
        }

        public static Column named(String heading, String unit, boolean negated) {
            return new Column(heading, 0, unit, negated);
        }

        public static Column at(int position, String unit, boolean negated) {
            return new Column(null, position, unit, negated);
        }

        /** How messages name it: 'Re' or column 3. */
        String describe() {
            return heading != null ? "column " + MessageText.quote(heading) : "column " + position;
        }
    }

    public ColumnMapping {
        Objects.requireNonNull(kind, "kind");
        columns = Map.copyOf(columns);
    }

    /** A comma-separated mapping with decimal points. */
    public static ColumnMapping csv(Kind kind, Map<Channel, Column> columns) {
        return new ColumnMapping(kind, columns, ',', '.');
    }

    /** What is wrong with this mapping, one sentence each, for the import dialog; empty when it can be used. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (delimiter == decimalSeparator) {
            problems.add("the delimiter and the decimal separator are both '" + delimiter + "'; choose different ones");
        }
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            problems.add("the decimal separator must be '.' or ','");
        }
        for (Channel channel : Channel.values()) {
            Column column = columns.get(channel);
            boolean allowed = kind.required().contains(channel) || kind.optional().contains(channel);
            if (column == null) {
                if (kind.required().contains(channel)) {
                    problems.add("choose the column that holds " + channel.noun());
                }
            } else if (!allowed) {
                problems.add(channel.noun() + " is not part of " + (kind == Kind.SPECTRUM ? "an impedance spectrum"
                        : "cycling data") + "; remove that column choice");
            } else {
                problems.addAll(columnProblems(channel, column));
            }
        }
        return problems;
    }

    private List<String> columnProblems(Channel channel, Column column) {
        List<String> problems = new ArrayList<>();
        if ((column.heading() == null || column.heading().isBlank()) && column.position() < 1) {
            problems.add("choose the " + channel.noun() + " column by its heading or by its number (from 1)");
        }
        try {
            channel.unit(column.unit());
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        for (Map.Entry<Channel, Column> other : columns.entrySet()) {
            if (other.getKey().compareTo(channel) < 0 && sameColumn(other.getValue(), column)) {
                problems.add(column.describe() + " is chosen for both " + other.getKey().noun() + " and "
                        + channel.noun() + "; choose one column for each");
            }
        }
        return problems;
    }

    private static boolean sameColumn(Column a, Column b) {
        return a.heading() != null ? b.heading() != null && a.heading().strip().equalsIgnoreCase(b.heading().strip())
                : b.heading() == null && a.position() == b.position();
    }

    Cells cells() {
        return new Cells(delimiter, decimalSeparator);
    }

    /** Whether a column is chosen by its heading, so that the file must have a header row. */
    boolean byHeading() {
        return columns.values().stream().anyMatch(c -> c.heading() != null);
    }

    /**
     * Binds the columns to a file's header, or to positions if it has none.
     *
     * @param header the header's cells, or null when the file has no header row
     * @param width  the number of cells of each row
     * @throws ImportException on the header's line if a heading is not there or a column is beyond the row
     */
    List<BoundColumn> bind(TextLines lines, List<String> header, int width) {
        List<BoundColumn> bound = new ArrayList<>();
        for (Map.Entry<Channel, Column> entry : columns.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .toList()) {
            Column column = entry.getValue();
            int index = column.heading() != null ? indexOf(lines, header, column.heading()) : column.position() - 1;
            if (index >= width) {
                throw lines.error("column " + column.position() + " is chosen for " + entry.getKey().noun()
                        + ", but the rows have " + width + " cells; choose one of columns 1 to " + width);
            }
            String label = column.heading() != null ? column.heading()
                    : header != null ? header.get(index) : String.valueOf(column.position());
            bound.add(new BoundColumn(entry.getKey(), index, label, entry.getKey().unit(column.unit()),
                    column.negated() ? -1 : 1));
        }
        return bound;
    }

    private static int indexOf(TextLines lines, List<String> header, String heading) {
        if (header == null) {
            throw lines.error("the file has no header row, so column " + MessageText.quote(heading)
                    + " cannot be found by its heading; choose the columns by number");
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).equals(heading.strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        throw lines.error("column " + MessageText.quote(heading) + " not found; the header has: "
                + MessageText.list(header));
    }
}
