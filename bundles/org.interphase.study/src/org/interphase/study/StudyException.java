package org.interphase.study;

/** A study that cannot be planned or run, with a one-line message that says what to do. */
public final class StudyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StudyException(String message) {
        super(message);
    }
}
