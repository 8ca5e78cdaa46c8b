package org.interphase.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Streams a measurement file line by line and knows the 1-based number of the last line read, so that every problem
 * can be reported as file:line. Bytes that are not UTF-8 (EC-Lab and Gamry write Windows-1252 "µ" and "°") are
 * replaced rather than refused: they only ever occur in labels the importers do not read.
 */
final class TextLines implements AutoCloseable {

    private final Path file;
    private final BufferedReader reader;
    private int number;
    private String pushedBack;

    private TextLines(Path file, BufferedReader reader) {
        this.file = file;
        this.reader = reader;
    }

    static TextLines open(Path file) {
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new TextLines(file, new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder)));
        } catch (NoSuchFileException e) {
            throw new ImportException(file, 0, "the file does not exist; check the path");
        } catch (IOException e) {
            throw new ImportException(file, 0, "the file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The next line without its line break (and without a byte-order mark), or null at the end of the file. */
    String next() {
        if (pushedBack != null) {
            String line = pushedBack;
            pushedBack = null;
            number++;
            return line;
        }
        try {
            String line = reader.readLine();
            if (line == null) {
                return null;
            }
            number++;
            return number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
        } catch (IOException e) {
            throw new ImportException(file, number + 1, "the file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Makes {@code line}, the one last read, the next one again (a first row that turned out to be data). */
    void pushBack(String line) {
        pushedBack = line;
        number--;
    }

    /** The next line that is not blank, or null at the end of the file. */
    String nextNonBlank() {
        String line = next();
        while (line != null && line.isBlank()) {
            line = next();
        }
        return line;
    }

    /** 1-based number of the line last returned by {@link #next()}, 0 before the first. */
    int number() {
        return number;
    }

    Path file() {
        return file;
    }

    /** A problem on the line last read. */
    ImportException error(String problem) {
        return new ImportException(file, number, problem);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new ImportException(file, 0, "the file cannot be closed (" + e.getMessage() + ")", e);
        }
    }
}
