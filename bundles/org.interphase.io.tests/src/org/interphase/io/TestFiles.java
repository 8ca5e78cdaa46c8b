package org.interphase.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the small files the importer tests read, and checks the messages of malformed ones. */
final class TestFiles {

    private TestFiles() {
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content, StandardCharsets.UTF_8);
    }

    /** EC-Lab and Gamry write Windows-1252; ISO-8859-1 gives the same bytes for "µ" and "°". */
    static Path write(Path dir, String name, String content, Charset charset) {
        try {
            return Files.writeString(dir.resolve(name), content, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content without its last {@code chars} characters, as when a copy or an export was cut short. */
    static String truncated(String content, int chars) {
        return content.substring(0, content.length() - chars);
    }

    /** Asserts that reading fails with "name:line: ..." and that the message contains {@code phrase}. */
    static ImportException assertFails(DataImporter importer, Path file, int line, String phrase) {
        ImportException e = assertThrows(ImportException.class, () -> importer.read(file));
        String where = file.getFileName() + (line > 0 ? ":" + line : "") + ": ";
        assertTrue(e.getMessage().startsWith(where), () -> "expected '" + where + "...' but got: " + e.getMessage());
        assertTrue(e.getMessage().contains(phrase), () -> "expected '" + phrase + "' in: " + e.getMessage());
        assertEquals(line, e.line());
        return e;
    }
}
