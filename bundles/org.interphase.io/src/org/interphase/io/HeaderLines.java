package org.interphase.io;

import java.util.function.Predicate;

/** Finding the header row of exports that put metadata lines before their table, and how that row is delimited. */
final class HeaderLines {

    private HeaderLines() {
    }

    /**
     * Reads up to and including the first line {@code isHeader} accepts and returns it.
     *
     * @throws ImportException for the file as a whole, saying what is {@code missing}, if no line is accepted
     */
    static String skipTo(TextLines lines, Predicate<String> isHeader, String missing) {
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (isHeader.test(line)) {
                return line;
            }
        }
        throw new ImportException(lines.file(), 0, missing);
    }

    /**
     * How the cells of a header row are separated: by tabs, else semicolons, else commas. Tab- and semicolon-separated
     * exports are written with a decimal comma where Windows is set to French or German, so either is read there.
     */
    static Cells cellsOf(String header) {
        return header.indexOf('\t') >= 0 ? Cells.TABS_ANY_DECIMAL
                : header.indexOf(';') >= 0 ? new Cells(';', ',', true) : new Cells(',', '.');
    }
}
