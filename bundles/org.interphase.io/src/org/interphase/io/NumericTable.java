package org.interphase.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the data rows of a delimited table into one array per bound column, converted to SI. Rows are streamed; the
 * arrays are only handed out once every row has been read and checked, so a malformed row anywhere means no data at
 * all. Blank lines are skipped.
 */
final class NumericTable {

    private NumericTable() {
    }

    /**
     * Reads rows from the current position of {@code lines} until the end of the file or a line that {@code ends}
     * (which is not consumed into the table; Gamry files go on with other sections).
     *
     * @return the SI values of each bound column in the order of {@code columns}, all of the same length
     * @throws ImportException for a short row, an empty or non-numeric cell or a cycle number that is not whole
     */
    static List<double[]> read(TextLines lines, Cells cells, List<BoundColumn> columns,
            Predicate<String> ends) {
        int needed = columns.stream().mapToInt(BoundColumn::index).max().orElse(-1) + 1;
        double[][] values = new double[columns.size()][256];
        int rows = 0;
        for (String line = lines.next(); line != null && !ends.test(line); line = lines.next()) {
            if (line.isBlank()) {
                continue;
            }
            List<String> row = cells.split(line);
            if (row.size() < needed) {
                BoundColumn missing = firstBeyond(columns, row.size());
                throw lines.error("the row has " + row.size() + " cells but column '" + missing.label() + "' is cell "
                        + (missing.index() + 1)
                        + "; the line is cut short (a truncated file?): export the file again or delete the line");
            }
            if (rows == values[0].length) {
                for (int c = 0; c < values.length; c++) {
                    values[c] = Arrays.copyOf(values[c], rows * 2);
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                values[c][rows] = value(lines, cells, columns.get(c), row.get(columns.get(c).index()));
            }
            rows++;
        }
        List<double[]> result = new ArrayList<>();
        for (double[] column : values) {
            result.add(Arrays.copyOf(column, rows));
        }
        return result;
    }

    /** Reads like {@link #read} where each channel has one column, and returns the values by channel. */
    static Map<Channel, double[]> readByChannel(TextLines lines, Cells cells, List<BoundColumn> columns,
            Predicate<String> ends) {
        return byChannel(columns, read(lines, cells, columns, ends));
    }

    /** The values of the first {@code columns.size()} read columns, keyed by their channels (one column each). */
    static Map<Channel, double[]> byChannel(List<BoundColumn> columns, List<double[]> values) {
        Map<Channel, double[]> result = new EnumMap<>(Channel.class);
        for (int c = 0; c < columns.size(); c++) {
            if (result.put(columns.get(c).channel(), values.get(c)) != null) {
                throw new IllegalArgumentException("two columns for " + columns.get(c).channel().noun());
            }
        }
        return result;
    }

    private static double value(TextLines lines, Cells cells, BoundColumn column, String cell) {
        if (cell.isEmpty()) {
            throw lines.error("column '" + column.label() + "' is empty; every row needs its " + column.channel().noun()
                    + ": fill the cell in or delete the line");
        }
        double raw = cells.number(cell);
        if (Double.isNaN(raw)) {
            throw lines.error("column '" + column.label() + "' holds '" + cell + "', not a number"
                    + (!cells.eitherDecimal() && cell.indexOf(cells.otherSeparator()) >= 0
                            ? " (a decimal " + (cells.otherSeparator() == ',' ? "comma" : "point")
                                    + "? set the decimal separator to '" + cells.otherSeparator() + "')"
                            : "")
                    + "; fix or delete the line");
        }
        if (column.channel().wholeNumber() && (raw < 0 || raw != Math.rint(raw))) {
            throw lines.error("column '" + column.label() + "' holds " + cell + ", but a " + column.channel().noun()
                    + " number is a whole number from 0 up; fix the line");
        }
        double si = column.toSi(raw);
        if (!Double.isFinite(si)) {
            throw lines.error("column '" + column.label() + "' holds " + cell + ", too large to be a "
                    + column.channel().noun() + "; fix the line");
        }
        return si;
    }

    /** The first bound column a row of {@code size} cells is too short to reach. */
    private static BoundColumn firstBeyond(List<BoundColumn> columns, int size) {
        return columns.stream().filter(c -> c.index() >= size).findFirst().orElseThrow();
    }
}
