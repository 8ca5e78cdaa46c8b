package org.interphase.library;

/**
 * A malformed line, found while reading it. Internal to the loader: it becomes a
 * {@link LibraryProblem} with the file and line number, so the reader can go on to the next line.
 */
final class LineSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LineSyntaxException(String message) {
        super(message, null, false, false);
    }

    /** A problem at a 0-based column, reported 1-based as editors count. */
    static LineSyntaxException at(int column, String message) {
        return new LineSyntaxException("column " + (column + 1) + ": " + message);
    }
}
