package org.interphase.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Streams a measurement file line by line and knows the 1-based number of the last line read, so that every problem
 * can be reported as file:line. Bytes that are not UTF-8 (EC-Lab and Gamry write Windows-1252 "µ" and "°") are
 * replaced rather than refused: they only ever occur in labels the importers do not read. Lines end at LF, CR LF or
 * CR; whether the last line had its line break tells a complete file from one cut short in its last row.
 */
final class TextLines implements AutoCloseable {

    /** No export has lines this long; a longer one is a binary or damaged file and is not held in memory. */
    static final int MAX_LINE_CHARS = 1 << 20;

    private final Path file;
    private final Reader reader;
    private final StringBuilder current = new StringBuilder();
    private final char[] buffer = new char[1 << 13];
    private int position;
    private int limit;
    private int number;
    private String pushedBack;
    private boolean ended = true;
    private boolean carriageReturn;

    private TextLines(Path file, Reader reader) {
        this.file = file;
        this.reader = reader;
    }

    static TextLines open(Path file) {
        if (Files.isDirectory(file)) {
            throw new ImportException(file, 0, "this is a folder, not a file; name the measured file itself");
        }
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new TextLines(file, new InputStreamReader(Files.newInputStream(file), decoder));
        } catch (NoSuchFileException e) {
            throw new ImportException(file, 0, "the file does not exist; check the path");
        } catch (IOException e) {
            throw new ImportException(file, 0, "the file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The next line without its line break (and without a byte-order mark), or null at the end of the file. */
    String next() {
        if (pushedBack != null) {
            String text = pushedBack;
            pushedBack = null;
            number++;
            return text;
        }
        try {
            String text = readLine();
            if (text == null) {
                return null;
            }
            number++;
            return number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new ImportException(file, number + 1, "the file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private String readLine() throws IOException {
        current.setLength(0);
        for (int c = read(); c >= 0; c = read()) {
            if (c == '\n' && carriageReturn) {
                carriageReturn = false;
                continue;
            }
            carriageReturn = c == '\r';
            if (c == '\n' || c == '\r') {
                ended = true;
                return current.toString();
            }
            if (current.length() == MAX_LINE_CHARS) {
                throw new ImportException(file, number + 1, "the line is longer than " + MAX_LINE_CHARS
                        + " characters, so this is not a text export (a binary or damaged file?); export the data"
                        + " as text again");
            }
            current.append((char) c);
        }
        if (current.isEmpty()) {
            return null;
        }
        ended = false;
        return current.toString();
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = Math.max(reader.read(buffer), 0);
            position = 0;
            if (limit == 0) {
                return -1;
            }
        }
        return buffer[position++];
    }

    /** Whether the line last returned by {@link #next()} ended with a line break (the last line of a file may not). */
    boolean lastLineEnded() {
        return ended;
    }

    /** Makes {@code line}, the one last read, the next one again (a first row that turned out to be data). */
    void pushBack(String text) {
        pushedBack = text;
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
