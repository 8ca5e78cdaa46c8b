package org.interphase.analysis;

/** Why measured data could not be read, compared or analysed: one line naming the file (and line) and what to do. */
public final class AnalysisException extends Exception {

    private static final long serialVersionUID = 1L;

    public AnalysisException(String message) {
        super(message);
    }
}
