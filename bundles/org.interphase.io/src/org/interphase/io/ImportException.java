package org.interphase.io;

import java.nio.file.Path;

/**
 * A measurement file that cannot be imported: it names the file, the 1-based line (0 when the problem is the file as a
 * whole, e.g. it is empty) and what is wrong and what to do, e.g.
 * {@code "spectrum.mpt:57: column 'Re(Z)/Ohm' holds 'abc', not a number; fix or delete the line"}.
 */
public final class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public ImportException(Path file, int line, String problem) {
        super(MessageText.escape(String.valueOf(file.getFileName())) + (line > 0 ? ":" + line : "") + ": "
                + problem);
        this.file = file;
        this.line = line;
    }

    public ImportException(Path file, int line, String problem, Throwable cause) {
        this(file, line, problem);
        initCause(cause);
    }

    public Path file() {
        return file;
    }

    /** 1-based line of the problem, 0 for the file as a whole. */
    public int line() {
        return line;
    }
}
