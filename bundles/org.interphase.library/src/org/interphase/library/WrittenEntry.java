package org.interphase.library;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A library entry as a person wrote it, before it is checked against the library's vocabulary: a material, a
 * fabrication process, an interface or a curve with its property lines, values still as written text. The language
 * turns each {@code material}, {@code process}, {@code interface} and {@code curve} of a file into one; the library
 * checks it ({@link MaterialLibrary#read}) with the same rules for the built-in files, plug-ins' files and a user's.
 *
 * @param kind       the entry's keyword: material, ald, mld, supercycle, lbl, sputter, anneal, pellet, interface or
 *                   curve
 * @param id         the entry's name
 * @param formula    a material's formula; empty for other kinds
 * @param attributes what identifies the entry beyond its id (a material's class and phase; a process's material,
 *                   precursors or target; an interface's two materials), by name
 * @param lines      the property lines, in the order written
 * @param origin     where the entry starts
 */
public record WrittenEntry(String kind, String id, String formula, Map<String, String> attributes, List<Line> lines,
        Origin origin) {

    public WrittenEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        formula = formula == null ? "" : formula;
        attributes = Copies.ordered(attributes);
        lines = List.copyOf(lines);
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * One property line, e.g. {@code gpc = 1.0 Å/cycle at 250 °C source Groner2004 "Table 1"}.
     *
     * @param name        the property's name
     * @param qualifiers  what the value applies to, e.g. {@code on=LATP}, by name in the order written
     * @param value       the quantity as written ("1.0 Å/cycle"), the lower end of a range, or null for a word
     * @param upper       the upper end of a range, or null
     * @param text        a word or text value ("true", a material's name, a precursor), or null for a quantity
     * @param temperature the temperature the value applies at, as written, or null
     * @param sourceKey   the cited source's key, or null when none is cited
     * @param locator     where in the source the value is (table, figure, section), or empty
     * @param note        why the value is what it is, or empty
     * @param line        the 1-based line of the file
     */
    public record Line(String name, Map<String, String> qualifiers, String value, String upper, String text,
            String temperature, String sourceKey, String locator, String note, int line) {

        public Line {
            Objects.requireNonNull(name, "name");
            qualifiers = Copies.ordered(qualifiers);
            locator = locator == null ? "" : locator;
            note = note == null ? "" : note;
        }
    }

    /**
     * A source that lines cite by its key: a publication with its full citation.
     *
     * @param key      how lines cite it
     * @param citation authors, title, journal, year and DOI, as a reader needs them to find it
     * @param origin   where it is declared
     */
    public record Source(String key, String citation, Origin origin) {
    }
}
