package org.interphase.dsl.library;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;

/**
 * The table of a curve kept in a CSV file ({@code file = "ocv/nmc.csv"} in a {@code curve}), relative to the
 * {@code .iph} file that names it. Each row is an abscissa (lithiation x, or the material's stoichiometry when the
 * curve gives its {@code stoichiometry} range) and the open-circuit potential in volts, separated by a comma,
 * semicolon or tab; blank lines and lines starting with {@code #} are skipped, and a first line that is not numbers
 * is a header. Rows must go in increasing abscissa, so that a slip in a table is found on its line.
 */
final class CurveFiles {

    private static final Pattern SEPARATOR = Pattern.compile("[,;\t]");

    /** One row: the abscissa and the potential as written, and its 1-based line in the CSV file. */
    record Row(String x, String volts, int line) {
    }

    /** What is wrong with a curve file, as one line that says what to do. */
    static final class CurveFileException extends Exception {

        private static final long serialVersionUID = 1L;

        CurveFileException(String message) {
            super(message, null, false, false);
        }
    }

    private CurveFiles() {
    }

    /**
     * The rows of the file at {@code path} (as written) relative to {@code base}, the URI of the {@code .iph} file.
     *
     * @throws CurveFileException if the file cannot be found or read, or a row is malformed or out of order
     */
    static List<Row> read(String path, URI base) throws CurveFileException {
        String next = " next to " + base.lastSegment() + "; put it there or correct the path (it is relative to "
                + "this file)";
        Path file = local(path, base).orElseThrow(() -> new CurveFileException("the curve file \"" + path
                + "\" is not found" + next));
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CurveFileException("the curve file \"" + path + "\" does not exist" + next);
        } catch (CharacterCodingException e) {
            throw new CurveFileException("the curve file \"" + path + "\" is not UTF-8 text; save it as a UTF-8 CSV");
        } catch (IOException e) {
            throw new CurveFileException("the curve file \"" + path + "\" cannot be read (" + e.getMessage() + ")");
        }
        List<Row> rows = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = SEPARATOR.split(line, -1);
            boolean header = first && cells.length > 0 && number(cells[0].strip()) == null;
            first = false;
            if (!header) {
                rows.add(row(path, cells, i + 1, rows));
            }
        }
        if (rows.size() < 2) {
            throw new CurveFileException("the curve file \"" + path + "\" has " + rows.size() + " data row"
                    + (rows.size() == 1 ? "" : "s") + "; give at least two rows of <x or stoichiometry>, <potential in V>");
        }
        return rows;
    }

    private static Row row(String path, String[] cells, int line, List<Row> before) throws CurveFileException {
        String at = path + ":" + line + ": ";
        if (cells.length != 2) {
            throw new CurveFileException(at + "a row has two cells, <x or stoichiometry>, <potential in V>; this one"
                    + " has " + cells.length);
        }
        String x = cells[0].strip();
        String volts = cells[1].strip();
        Double abscissa = number(x);
        if (abscissa == null || number(volts) == null) {
            throw new CurveFileException(at + "'" + (abscissa == null ? x : volts) + "' is not a number; a row is"
                    + " <x or stoichiometry>, <potential in V>, e.g. 0.5, 3.84");
        }
        if (abscissa < 0 || abscissa > 1) {
            throw new CurveFileException(at + "x " + x + " is outside 0 to 1; give lithiation or stoichiometry");
        }
        if (!before.isEmpty() && abscissa <= Double.parseDouble(before.get(before.size() - 1).x())) {
            Row previous = before.get(before.size() - 1);
            throw new CurveFileException(at + "x " + x + " comes after x " + previous.x() + " (line " + previous.line()
                    + "); the rows go in increasing x, each x once");
        }
        return new Row(x, volts, line);
    }

    /** The finite number the text is, or null. */
    private static Double number(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The file on disk; empty where the .iph file is not on disk itself (a relative path then has no base). */
    private static Optional<Path> local(String path, URI base) {
        try {
            URI written = URI.createFileURI(path);
            if (written.isRelative() && (!base.isHierarchical() || base.isRelative())) {
                return Optional.empty();
            }
            URI local = CommonPlugin.resolve(written.isRelative() ? written.resolve(base) : written);
            return local != null && local.isFile() ? Optional.of(Path.of(local.toFileString())) : Optional.empty();
        } catch (IllegalArgumentException e) {
            // Also an InvalidPathException: a path the file system cannot have is not found.
            return Optional.empty();
        }
    }
}
