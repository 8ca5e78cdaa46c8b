package org.interphase.library;

/**
 * Where a library entry was defined, so that messages and editors can point at it.
 *
 * @param file the file name as given to the loader
 * @param line 1-based line number of the entry's header line
 */
public record Origin(String file, int line) {

    /** E.g. "ald.iph:42". */
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
