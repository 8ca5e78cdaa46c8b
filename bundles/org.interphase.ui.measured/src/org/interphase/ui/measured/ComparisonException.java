package org.interphase.ui.measured;

/**
 * Why measured data could not be compared, fitted or written back, in words for a dialog: the file and line at fault
 * and what to do.
 */
public final class ComparisonException extends Exception {

    private static final long serialVersionUID = 1L;

    public ComparisonException(String message) {
        super(message);
    }
}
