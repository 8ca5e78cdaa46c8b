package org.interphase.library;

/**
 * One thing wrong in a library file, located by file name and 1-based line number so that an
 * editor can mark it and a person can find it.
 *
 * @param file    the file name as given to the loader, e.g. "electrolytes.iph"
 * @param line    1-based line number; 0 when the problem concerns the library as a whole
 * @param message what is wrong and how to fix it
 */
public record LibraryProblem(String file, int line, String message) {

    /** E.g. "electrolytes.iph:12: unknown unit 'S/cmm'". */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
