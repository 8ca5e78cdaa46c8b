package org.interphase.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data rows of a delimited table, read into one array of SI values per bound column, with the line of each row.
 * Every importer reads its rows here, so that every format checks rows and cells alike: a row has exactly the
 * header's number of cells, a bound cell holds a number in its channel's range, and a last row without its line
 * break is a file cut short. Rows are streamed; a table is only made once every row has been read and checked, so a
 * malformed row anywhere means no data at all. Blank lines are skipped, also inside a table.
 */
final class NumericTable {

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,7}):([0-5]\\d):([0-5]\\d(?:\\.\\d{1,9})?)");

    /**
     * A text column that tells which way the current flows where the current column holds its size only (Maccor's
     * "State": C for charge, D for discharge, R for rest).
     *
     * @param index 0-based cell in a row
     * @param label the column's heading, for messages
     * @param signs each code's direction: +1 charge, -1 discharge, 0 none (a row in such a state carries no current)
     */
    record Direction(int index, String label, Map<String, Integer> signs) {
    }

    private final Path file;
    private final List<BoundColumn> columns;
    private final double[][] values;
    private final int[] lines;

    private NumericTable(Path file, List<BoundColumn> columns, double[][] values, int[] lines) {
        this.file = file;
        this.columns = columns;
        this.values = values;
        this.lines = lines;
    }

    /**
     * Reads rows from the current position of {@code lines} until the end of the file or a line that {@code ends}
     * (Gamry files go on with other sections after a table).
     *
     * @param width the number of cells of the header, as {@link Cells#width} counts them
     * @throws ImportException for a row with too few or too many cells, an empty, non-numeric or out-of-range cell,
     *                         or a last row cut short
     */
    static NumericTable read(TextLines lines, Cells cells, int width, List<BoundColumn> columns,
            Predicate<String> ends) {
        return read(lines, cells, width, columns, ends, row -> false);
    }

    /**
     * As {@link #read(TextLines, Cells, int, List, Predicate)}, leaving out the rows that {@code skipped} (after their
     * width is checked): rows a format writes that hold no data point, such as Parstat's DC points at 0 Hz.
     */
    static NumericTable read(TextLines lines, Cells cells, int width, List<BoundColumn> columns,
            Predicate<String> ends, Predicate<List<String>> skipped) {
        return read(lines, cells, width, columns, ends, skipped, null);
    }

    /**
     * As {@link #read(TextLines, Cells, int, List, Predicate, Predicate)}, signing the CURRENT column by the code each
     * row has in {@code direction} (none if null).
     *
     * @throws ImportException also for a code that is not one of the direction's, a charging row with a negative
     *                         current, or a current in a row whose state carries none
     */
    static NumericTable read(TextLines lines, Cells cells, int width, List<BoundColumn> columns,
            Predicate<String> ends, Predicate<List<String>> skipped, Direction direction) {
        int current = direction == null ? -1
                : columns.indexOf(columns.stream().filter(c -> c.channel() == Channel.CURRENT).findFirst()
                        .orElseThrow());
        double[][] values = new double[columns.size()][256];
        int[] rowLines = new int[256];
        int rows = 0;
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (line.isBlank()) {
                continue;
            }
            if (ends.test(line)) {
                break;
            }
            List<String> row = cells.split(lines, line);
            checkWidth(lines, cells.width(row), width);
            if (skipped.test(row)) {
                continue;
            }
            if (rows == rowLines.length) {
                rowLines = Arrays.copyOf(rowLines, rows * 2);
                for (int c = 0; c < values.length; c++) {
                    values[c] = Arrays.copyOf(values[c], rows * 2);
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                values[c][rows] = value(lines, cells, columns.get(c), row.get(columns.get(c).index()));
            }
            if (direction != null) {
                values[current][rows] = directed(lines, direction, row.get(direction.index()),
                        values[current][rows], columns.get(current).label());
            }
            rowLines[rows++] = lines.number();
        }
        if (rows > 0 && rowLines[rows - 1] == lines.number() && !lines.lastLineEnded()) {
            throw lines.error("the last row has no line break at its end, so the file looks cut short; export it"
                    + " again (if the row is complete, end it with a line break)");
        }
        for (int c = 0; c < values.length; c++) {
            values[c] = Arrays.copyOf(values[c], rows);
        }
        return new NumericTable(lines.file(), columns, values, Arrays.copyOf(rowLines, rows));
    }

    Path file() {
        return file;
    }

    boolean has(Channel channel) {
        return columns.stream().anyMatch(c -> c.channel() == channel);
    }

    /** The SI values of the first column bound to {@code channel}. */
    double[] get(Channel channel) {
        return get(columns.stream().filter(c -> c.channel() == channel).findFirst().orElseThrow());
    }

    /** The SI values of one of the bound columns. */
    double[] get(BoundColumn column) {
        return values[columns.indexOf(column)].clone();
    }

    /** A problem of the row {@code row} (0-based), reported on its line. */
    ImportException error(int row, String problem) {
        return new ImportException(file, lines[row], problem);
    }

    /** Seconds of a time written "h:mm:ss" or "h:mm:ss.sss" (Neware's clock columns), else NaN. */
    private static double clock(String cell) {
        Matcher matcher = CLOCK.matcher(cell);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) * 3600.0
                + Integer.parseInt(matcher.group(2)) * 60.0 + Double.parseDouble(matcher.group(3)) : Double.NaN;
    }

    /** A current's size signed by the row's code: positive while charging, as Interphase counts it. */
    private static double directed(TextLines lines, Direction direction, String code, double current, String label) {
        Integer sign = direction.signs().get(code);
        String name = "column " + MessageText.quote(direction.label());
        if (sign == null) {
            throw lines.error(name + " holds " + MessageText.quote(code) + ", not one of "
                    + String.join(", ", direction.signs().keySet().stream().sorted().toList())
                    + ", so the current's direction is not known; fix or delete the line");
        }
        if (sign == 0 && current != 0) {
            throw lines.error(name + " holds " + MessageText.quote(code) + ", a state without current, but column "
                    + MessageText.quote(label) + " holds " + current + " A, so its direction is not known; fix or"
                    + " delete the line");
        }
        if (sign > 0 && current < 0) {
            throw lines.error(name + " says the cell charges, but column " + MessageText.quote(label)
                    + " holds a negative current; fix the line");
        }
        // Exports that already write discharge currents negative are read the same as those that write their size.
        return sign < 0 ? -Math.abs(current) : current;
    }

    private static void checkWidth(TextLines lines, int size, int width) {
        if (size < width) {
            throw lines.error("the row has " + size + " cells but the header has " + width + ": the line is cut short"
                    + " (a truncated file?) or a cell is missing; export the file again or fix the line");
        }
        if (size > width) {
            throw lines.error("the row has " + size + " cells but the header has " + width + ": a cell too many"
                    + " would shift the columns (a delimiter inside a cell?); fix or delete the line");
        }
    }

    private static double value(TextLines lines, Cells cells, BoundColumn column, String cell) {
        String name = "column " + MessageText.quote(column.label());
        if (cell.isEmpty()) {
            throw lines.error(name + " is empty; every row needs its " + column.channel().noun()
                    + ": fill the cell in or delete the line");
        }
        double raw = column.channel() == Channel.TIME ? clock(cell) : Double.NaN;
        if (!Double.isNaN(raw)) {
            return raw;
        }
        raw = cells.number(cell);
        if (Double.isNaN(raw)) {
            throw lines.error(name + " holds " + MessageText.quote(cell) + ", not a number"
                    + (!cells.eitherDecimal() && cell.indexOf(cells.otherSeparator()) >= 0
                            ? " (a decimal " + (cells.otherSeparator() == ',' ? "comma" : "point")
                                    + "? set the decimal separator to '" + cells.otherSeparator() + "')"
                            : "")
                    + "; fix or delete the line");
        }
        double si = column.toSi(raw);
        String problem = column.channel().rangeProblem(si);
        if (problem != null) {
            throw lines.error(name + " holds " + MessageText.quote(cell) + ", " + problem + "; fix the line");
        }
        return si;
    }
}
