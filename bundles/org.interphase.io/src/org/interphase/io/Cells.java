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

    /** The cells of a row, stripped of surrounding spaces and quotes; a trailing delimiter gives an empty last cell. */
    List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i <= line.length(); i++) {
            if (i < line.length() && line.charAt(i) == '"') {
                quoted = !quoted;
            } else if (i == line.length() || line.charAt(i) == delimiter && !quoted) {
                cells.add(unquote(line.substring(start, i).strip()));
                start = i + 1;
            }
        }
        return cells;
    }

    /** The number in a cell, or NaN if the cell is not a plain finite decimal number. */
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

    private static String unquote(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                ? cell.substring(1, cell.length() - 1).strip()
                : cell;
    }
}
