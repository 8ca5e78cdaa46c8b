package org.interphase.runs;

import java.io.IOException;

/** A results folder that may not be written; the message says why and what to do instead. */
public final class ResultFolderException extends IOException {

    private static final long serialVersionUID = 1L;

    ResultFolderException(String message) {
        super(message);
    }
}
