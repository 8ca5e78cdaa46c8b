package org.interphase.product.uitest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The checks' outcomes, one line each ({@code PASS: what} or {@code FAIL: what: why}), appended to the file the
 * script reads; appended because the scenario spans two runs of the product (before and after p2's restart).
 */
final class Results {

    /** The last line of a scenario that ran to its end. */
    static final String DONE = "DONE";

    private final Path file;

    Results(Path file) {
        this.file = file;
    }

    void check(String what, boolean passed, String detail) {
        append((passed ? "PASS: " : "FAIL: ") + what + (detail.isEmpty() ? "" : " (" + detail + ")"));
        if (!passed) {
            throw new ScenarioFailure(what, true);
        }
    }

    void fail(String what, Throwable why) {
        append("FAIL: " + what + ": " + why.getMessage());
    }

    void done() {
        append(DONE);
    }

    boolean contains(String line) {
        try {
            return Files.exists(file) && Files.readAllLines(file, StandardCharsets.UTF_8).contains(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(String line) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
