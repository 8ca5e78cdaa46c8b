package org.interphase.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How the cells of one delimited text row are separated and how their numbers are written. A user's CSV has one
 * decimal separator and the other one in a number is an error (it may be a thousands separator); tab-separated
 * instrument exports ({@link #TABS_ANY_DECIMAL}) take either, because EC-Lab and Gamry write a decimal comma on
 * Windows set to French or German and a comma cannot be anything else there.
 *
 * @param delimiter        between cells, e.g. ',', ';' or '\t'; delimiters inside double quotes belong to the cell
 * @param decimalSeparator '.' or ','
 * @param eitherDecimal    whether both '.' and ',' are read as the decimal separator
 */
record Cells(char delimiter, char decimalSeparator, boolean eitherDecimal) {

    /** Tab-separated, where a comma can only be a decimal comma. */
    static final Cells TABS_ANY_DECIMAL = new Cells('\t', ',', true);

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    Cells {
        if (delimiter == decimalSeparator) {
            throw new IllegalArgumentException("the delimiter and the decimal separator must differ");
        }
    }

    /** One decimal separator, as a user chooses in the import dialog. */
    Cells(char delimiter, char decimalSeparator) {
        this(delimiter, decimalSeparator, false);
    }

    /**
     * The cells of a row, stripped of surrounding spaces; a trailing delimiter gives an empty last cell. A cell that
     * starts with a double quote is quoted as in RFC 4180: delimiters inside belong to the cell and a doubled quote is
     * one quote. A quote that is never closed (also a quoted cell that goes on over a line break, which rows of one
     * line cannot hold) leaves the rest of the line as one cell, as written, so that the row comes out short rather
     * than shifted.
     */
    List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (true) {
            int end = quoteStart(line, i) < 0 ? plainCell(line, i, cells) : quotedCell(line, i, cells);
            if (end >= n) {
                return cells;
            }
            i = end + 1;
            if (i == n) {
                cells.add("");
                return cells;
            }
        }
    }

    /** Where the cell starting at {@code from} opens its quote (after blanks), or -1 if it is not quoted. */
    private int quoteStart(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) != delimiter && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i < line.length() && line.charAt(i) == '"' ? i : -1;
    }

    /** Adds the unquoted cell starting at {@code from}; returns the index of its delimiter or the line's end. */
    private int plainCell(String line, int from, List<String> cells) {
        int end = line.indexOf(delimiter, from);
        end = end < 0 ? line.length() : end;
        cells.add(line.substring(from, end).strip());
        return end;
    }

    /** Adds the quoted cell starting at {@code from}; returns the index of its delimiter or the line's end. */
    private int quotedCell(String line, int from, List<String> cells) {
        StringBuilder text = new StringBuilder();
        for (int i = quoteStart(line, from) + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '"') {
                text.append(c);
            } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                text.append('"');
                i++;
            } else {
                int end = line.indexOf(delimiter, i + 1);
                end = end < 0 ? line.length() : end;
                // Text between the closing quote and the delimiter is no RFC 4180; keep the cell as written.
                cells.add(line.substring(i + 1, end).isBlank() ? text.toString().strip()
                        : line.substring(from, end).strip());
                return end;
            }
        }
        cells.add(line.substring(from).strip());
        return line.length();
    }

    /**
     * The number of cells of a split row as tables compare them. EC-Lab ends header and rows with a tab, though not
     * always both, so one empty cell after the last tab of a tab-separated row is not counted.
     */
    int width(List<String> row) {
        int size = row.size();
        return delimiter == '\t' && size > 1 && row.get(size - 1).isEmpty() ? size - 1 : size;
    }

    /** The number in a cell (infinite for a huge exponent), or NaN if the cell is not a plain decimal number. */
    double number(String cell) {
        if (!eitherDecimal && cell.indexOf(otherSeparator()) >= 0) {
            return Double.NaN;
        }
        String text = decimalSeparator == '.' ? cell : cell.replace(decimalSeparator, '.');
        return NUMBER.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
    }

    /** The decimal separator a cell that is not a number may have been written with, e.g. ',' where '.' is set. */
    char otherSeparator() {
        return decimalSeparator == '.' ? ',' : '.';
    }
}
