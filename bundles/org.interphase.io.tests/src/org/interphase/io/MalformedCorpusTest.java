package org.interphase.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.interphase.io.ColumnMapping.Column;
import org.interphase.io.ColumnMapping.Kind;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Damages a valid file of each format in {@value #VARIANTS} ways (fixed seed) and checks what a user relies on: no
 * damaged file is imported as different data (every accepted variant equals, cell for cell, what its text says),
 * every refusal is an {@link ImportException} with a one-line {@code file:line:} message, and no import takes over
 * 2 s. Each damage knows what it does to the data: it must be refused, it keeps the data (and must be accepted), or it
 * may be accepted only as a known result (e.g. the rows before a cut at a line end).
 */
class MalformedCorpusTest {

    static final int VARIANTS = 1250;
    private static final long SEED = 20261207;
    private static final Pattern NON_FINITE = Pattern.compile("NaN|Infinity");
    private static final String[] JUNK = {"abc", "1.2.3", "--1", "1e", "NaN", "Infinity", "-Infinity", "0x1F", "1_0",
        "\u00bd", "1 0", "+", ".", "e5", "1e+", "\u0661", "1..5", "true", "\u001b[31m1", "1\u00a05"};
    private static final String[] HUGE = {"1e308", "9e307", "1e309", "-1e400", "1e110", "-2.5e200", "1e100000",
        "1" + "0".repeat(400)};
    private static final String[] CONTROL = {"\r", "\u001b", "\u2028", "\u0000", "\u0085", "\u2029", "\u007f"};

    /** What a damage does to the data. */
    enum Expect {
        /** The file cannot be read exactly: it must be refused. */
        REFUSED,
        /** The data is unchanged: it must be accepted as the source. */
        SAME,
        /** It may be refused, or accepted as {@link Variant#data}. */
        MAY_ACCEPT
    }

    record Variant(String damage, String text, Expect expect, List<double[]> data) {
    }

    /**
     * A valid file as lines: the header line (with, for Gamry, a units row after it), the data rows and which cells
     * of a row the importer reads.
     */
    record Source(String name, List<String> lines, int header, int unitsRow, int firstRow, int rows, char delimiter,
            int firstCell, boolean trailingDelimiter, int[] bound, int[] required, int frequencyCell, int cycleCell,
            DataImporter importer) {

        int lastRow() {
            return firstRow + rows - 1;
        }

        List<String> cells(String line) {
            return new ArrayList<>(Arrays.asList(line.split(Pattern.quote(String.valueOf(delimiter)), -1)));
        }

        String join(List<String> cells) {
            return String.join(String.valueOf(delimiter), cells);
        }

        /** Cells that hold values (not the leading empty cell of Gamry rows, nor the trailing one of EC-Lab). */
        int lastCell() {
            return cells(lines.get(firstRow)).size() - (trailingDelimiter ? 2 : 1);
        }

        boolean isBound(int cell) {
            return Arrays.stream(bound).anyMatch(b -> b == cell);
        }
    }

    enum Format {
        BIOLOGIC_IMPEDANCE(MalformedCorpusTest::biologicImpedance),
        BIOLOGIC_CYCLING(MalformedCorpusTest::biologicCycling),
        GAMRY(MalformedCorpusTest::gamry),
        BDF_CSV(MalformedCorpusTest::bdf),
        BDF_KEYS(MalformedCorpusTest::bdfKeys),
        MAPPED_CSV(MalformedCorpusTest::mappedCsv),
        INTERPHASE_CSV(MalformedCorpusTest::interphaseCsv),
        ZPLOT(MalformedCorpusTest::zplot),
        AUTOLAB(MalformedCorpusTest::autolab),
        CH_INSTRUMENTS(MalformedCorpusTest::chInstruments),
        VERSASTUDIO(MalformedCorpusTest::versaStudio),
        PARSTAT(MalformedCorpusTest::parstat),
        ARBIN(MalformedCorpusTest::arbin),
        NEWARE(MalformedCorpusTest::neware),
        MACCOR(MalformedCorpusTest::maccor);

        final IntFunction<Source> source;

        Format(IntFunction<Source> source) {
            this.source = source;
        }
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Format.class)
    void noDamagedFileIsImportedAsDifferentData(Format format) throws IOException {
        Source source = format.source.apply(12);
        Path original = write(source.name(), text(source.lines()));
        List<double[]> expected = arrays(source.importer().read(original));
        assertEquals(12, expected.get(0).length, "the source itself reads");

        Random random = new Random(SEED + format.ordinal());
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < VARIANTS; i++) {
            Variant variant = damage(source, expected, i, random);
            Path file = write(source.name(), variant.text());
            Object outcome;
            try {
                outcome = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
                    try {
                        return source.importer().read(file);
                    } catch (ImportException e) {
                        return e;
                    }
                });
            } catch (Throwable e) {
                failures.add(variant.damage() + ": " + e);
                continue;
            }
            String problem = check(variant, outcome, source.name());
            if (problem != null) {
                failures.add(variant.damage() + ": " + problem);
            } else if (!(outcome instanceof ImportException)) {
                accepted++;
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d variants, %d accepted, %d refused, %d failures%n", format, VARIANTS,
                accepted, VARIANTS - accepted - failures.size(), failures.size());
        assertTrue(failures.isEmpty(), () -> failures.size() + " of " + VARIANTS + " variants went wrong, e.g.:\n"
                + failures.stream().limit(15).collect(Collectors.joining("\n")));
    }

    /** Null if the outcome is what the damage allows, else what went wrong. */
    private static String check(Variant variant, Object outcome, String name) {
        if (outcome instanceof ImportException e) {
            String message = e.getMessage();
            if (variant.expect() == Expect.SAME) {
                return "refused although the data is unchanged: " + message;
            }
            if (!message.startsWith(name + ":") || message.chars().anyMatch(MalformedCorpusTest::breaksALine)) {
                return "not a one-line 'file:line: ...' message: " + MessageText.escape(message);
            }
            if (NON_FINITE.matcher(message.replaceAll("'[^']*'", "")).find()) {
                return "the message prints a non-finite number: " + message;
            }
            return null;
        }
        if (variant.expect() == Expect.REFUSED) {
            return "accepted, but must be refused";
        }
        List<double[]> read = arrays((MeasuredData) outcome);
        return sameCells(read, variant.data()) ? null : "accepted as different data (a silent wrong import)";
    }

    private static boolean breaksALine(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    private static boolean sameCells(List<double[]> a, List<double[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The damage {@code i} (round robin over all damages, each with random details). */
    private static Variant damage(Source s, List<double[]> expected, int i, Random random) {
        List<String> lines = new ArrayList<>(s.lines());
        int row = s.firstRow() + random.nextInt(s.rows());
        List<String> cells = s.cells(lines.get(row));
        int cell = s.firstCell() + random.nextInt(s.lastCell() - s.firstCell() + 1);
        int boundCell = s.bound()[random.nextInt(s.bound().length)];
        switch (i % 25) {
            case 0 -> {
                String text = text(lines);
                int start = offset(lines, row);
                int cut = start + 1 + random.nextInt(lines.get(row).length() - 1);
                boolean blankRest = text.substring(start, cut).isBlank();
                return new Variant("cut inside a row", text.substring(0, cut),
                        blankRest ? Expect.MAY_ACCEPT : Expect.REFUSED, rows(expected, 0, row - s.firstRow()));
            }
            case 1 -> {
                return new Variant("cut at a line end", text(lines.subList(0, row)), Expect.MAY_ACCEPT,
                        rows(expected, 0, row - s.firstRow()));
            }
            case 2 -> {
                cells.remove(cell);
                return changed(s, lines, row, cells, "a cell dropped", Expect.REFUSED, expected);
            }
            case 3 -> {
                cells.add(cell, cells.get(cell));
                return changed(s, lines, row, cells, "a cell duplicated", Expect.REFUSED, expected);
            }
            case 4 -> {
                lines.set(row, lines.get(row) + s.delimiter() + "7");
                return new Variant("a cell added at the end", text(lines), Expect.REFUSED, expected);
            }
            case 5 -> {
                int at = row + random.nextInt(2);
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    lines.add(at, random.nextBoolean() ? "" : " \t ".substring(random.nextInt(3)));
                }
                return new Variant("blank lines between rows", text(lines), Expect.SAME, expected);
            }
            case 6 -> {
                cells.set(boundCell, JUNK[random.nextInt(JUNK.length)]);
                return changed(s, lines, row, cells, "a read cell not a number", Expect.REFUSED, expected);
            }
            case 7 -> {
                cells.set(boundCell, "");
                return changed(s, lines, row, cells, "a read cell empty", Expect.REFUSED, expected);
            }
            case 8 -> {
                int unbound = unboundCell(s, random);
                cells.set(unbound, JUNK[random.nextInt(JUNK.length)]);
                return changed(s, lines, row, cells, "an unread cell not a number", Expect.MAY_ACCEPT, expected);
            }
            case 9 -> {
                cells.set(boundCell, HUGE[random.nextInt(HUGE.length)]);
                return changed(s, lines, row, cells, "a huge value", Expect.REFUSED, expected);
            }
            case 10 -> {
                return outOfRange(s, lines, expected, random);
            }
            case 11 -> {
                String line = lines.get(row);
                int at = random.nextInt(line.length() + 1);
                lines.set(row, line.substring(0, at) + CONTROL[random.nextInt(CONTROL.length)] + line.substring(at));
                return new Variant("a control character", text(lines), Expect.MAY_ACCEPT, expected);
            }
            case 12 -> {
                return new Variant("columns reordered", text(permuted(s, lines, random)), Expect.SAME, expected);
            }
            case 13 -> {
                List<String> header = s.cells(lines.get(s.header()));
                int renamed = s.required()[random.nextInt(s.required().length)];
                header.set(renamed, "X" + header.get(renamed));
                lines.set(s.header(), s.join(header));
                return new Variant("a required heading renamed", text(lines), Expect.REFUSED, expected);
            }
            case 14 -> {
                return new Variant("CR LF line ends", text(lines).replace("\n", "\r\n"), Expect.SAME, expected);
            }
            case 15 -> {
                String text = text(lines);
                // Where a closing line follows the rows (VersaStudio's </Segment1>), no row is cut.
                return new Variant("no line break at the end", text.substring(0, text.length() - 1),
                        s.lastRow() < lines.size() - 1 ? Expect.SAME : Expect.REFUSED, expected);
            }
            case 16 -> {
                lines.add(row, lines.get(row));
                return new Variant("a row duplicated", text(lines), Expect.MAY_ACCEPT,
                        duplicated(expected, row - s.firstRow()));
            }
            case 17 -> {
                char other = s.delimiter() == ',' ? ';' : ',';
                lines.set(row, lines.get(row).replace(s.delimiter(), random.nextBoolean() ? ' ' : other));
                return new Variant("a row with another delimiter", text(lines), Expect.REFUSED, expected);
            }
            case 18 -> {
                int at = s.firstRow() + 1 + random.nextInt(s.rows() - 1);
                lines.add(at, List.of("hello", "# note", "Pt", "-- end --").get(random.nextInt(4)));
                return new Variant("a text line between rows", text(lines), Expect.REFUSED, expected);
            }
            case 19 -> {
                cells.set(boundCell, "  " + cells.get(boundCell) + " ");
                return changed(s, lines, row, cells, "spaces around a cell", Expect.SAME, expected);
            }
            case 20 -> {
                cells.set(boundCell, "\"" + cells.get(boundCell) + "\"");
                return changed(s, lines, row, cells, "a quoted cell", Expect.SAME, expected);
            }
            case 21 -> {
                String value = cells.get(boundCell);
                cells.set(boundCell, "\"" + value.charAt(0) + "\"\"" + value.substring(1) + "\"");
                return changed(s, lines, row, cells, "a doubled quote in a cell", Expect.REFUSED, expected);
            }
            case 22 -> {
                lines.remove(s.header());
                return new Variant("the header line deleted", text(lines), Expect.REFUSED, expected);
            }
            case 23 -> {
                if (cells.get(boundCell).contains(":")) {
                    return new Variant("a clock time left as it is", text(lines), Expect.SAME, expected);
                }
                double value = Double.parseDouble(cells.get(boundCell).replace(',', '.'));
                String plain = Double.toString(value);
                cells.set(boundCell, s.delimiter() == ';' ? plain.replace('.', ',') : plain);
                return changed(s, lines, row, cells, "a number written another way", Expect.SAME, expected);
            }
            default -> {
                return new Variant("a byte-order mark", "\uFEFF" + text(lines), Expect.SAME, expected);
            }
        }
    }

    private static Variant changed(Source s, List<String> lines, int row, List<String> cells, String damage,
            Expect expect, List<double[]> expected) {
        lines.set(row, s.join(cells));
        return new Variant(damage, text(lines), expect, expected);
    }

    /** A frequency of 0 or below, or a cycle number that is negative, fractional, beyond int or a stray 0. */
    private static Variant outOfRange(Source s, List<String> lines, List<double[]> expected, Random random) {
        boolean spectrum = s.frequencyCell() >= 0;
        // A 0 on the first row would make the file count from 0, which is a different but valid reading.
        int row = s.firstRow() + (spectrum ? 0 : 1) + random.nextInt(s.rows() - 1);
        List<String> cells = s.cells(lines.get(row));
        String[] bad = spectrum ? new String[] {"0", "-0", "0.0", "-100", "0e5", "-1e-3"}
                : !(s.importer() instanceof BioLogicMptImporter)
                        // These files count cycles from 1, so a 0 after their first row is out of range too.
                        ? new String[] {"-1", "1.5", "2147483648", "9999999999", "2147483647", "0"}
                        : new String[] {"-1", "1.5", "2147483648", "9999999999", "2147483647"};
        cells.set(spectrum ? s.frequencyCell() : s.cycleCell(), bad[random.nextInt(bad.length)]);
        lines.set(row, s.join(cells));
        return new Variant(spectrum ? "a frequency at or below 0" : "a cycle number out of range", text(lines),
                Expect.REFUSED, expected);
    }

    private static int unboundCell(Source s, Random random) {
        List<Integer> unbound = new ArrayList<>();
        for (int c = s.firstCell(); c <= s.lastCell(); c++) {
            if (!s.isBound(c)) {
                unbound.add(c);
            }
        }
        return unbound.get(random.nextInt(unbound.size()));
    }

    /**
     * The same columns in another order: headings, units row and every data row alike; in formats that read columns by
     * position (ZPlot), only the columns that are not read, in the data rows.
     */
    private static List<String> permuted(Source s, List<String> lines, Random random) {
        boolean positional = s.importer() instanceof ZPlotImporter;
        List<Integer> movable = new ArrayList<>();
        for (int c = s.firstCell(); c <= s.lastCell(); c++) {
            if (!positional || !s.isBound(c)) {
                movable.add(c);
            }
        }
        List<Integer> order = new ArrayList<>(movable);
        Collections.shuffle(order, random);
        List<String> result = new ArrayList<>(lines);
        List<Integer> rows = new ArrayList<>();
        if (!positional) {
            rows.add(s.header());
        }
        if (s.unitsRow() >= 0) {
            rows.add(s.unitsRow());
        }
        for (int r = s.firstRow(); r <= s.lastRow(); r++) {
            rows.add(r);
        }
        for (int r : rows) {
            List<String> cells = s.cells(lines.get(r));
            List<String> moved = new ArrayList<>(cells);
            for (int i = 0; i < movable.size(); i++) {
                moved.set(movable.get(i), cells.get(order.get(i)));
            }
            result.set(r, s.join(moved));
        }
        return result;
    }

    private static List<double[]> rows(List<double[]> data, int from, int to) {
        return data.stream().map(column -> Arrays.copyOfRange(column, from, to)).toList();
    }

    private static List<double[]> duplicated(List<double[]> data, int index) {
        return data.stream().map(column -> {
            double[] result = new double[column.length + 1];
            System.arraycopy(column, 0, result, 0, index + 1);
            System.arraycopy(column, index, result, index + 1, column.length - index);
            return result;
        }).toList();
    }

    /** The data as columns: frequency, Re Z, Im Z, or time, current, voltage, capacity, cycle. */
    static List<double[]> arrays(MeasuredData data) {
        return switch (data) {
            case MeasuredSpectrum s -> List.of(s.frequency(), s.real(), s.imaginary());
            case MeasuredCycling c -> List.of(c.time(), c.current(), c.voltage(), c.capacity(),
                    Arrays.stream(c.cycle()).asDoubleStream().toArray());
        };
    }

    private static String text(List<String> lines) {
        return lines.stream().map(l -> l + "\n").collect(Collectors.joining());
    }

    private static int offset(List<String> lines, int line) {
        return lines.subList(0, line).stream().mapToInt(l -> l.length() + 1).sum();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String scientific(double value) {
        return String.format(Locale.ROOT, "%.7E", value);
    }

    // ---------------------------------------------------------------- the valid sources

    static Source biologicImpedance(int n) {
        List<String> lines = new ArrayList<>(List.of("EC-Lab ASCII FILE", "Nb header lines : 6", "",
                "Potentio Electrochemical Impedance Spectroscopy", "Electrode surface area : 1.130 cm\u00b2",
                "freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\t|Z|/Ohm\tPhase(Z)/deg\ttime/s\t<Ewe>/V\t<I>/mA\tcycle number\t"));
        for (int i = 0; i < n; i++) {
            double f = 1e5 / Math.pow(10, i * 0.5);
            double re = 12.5 + 200 * i / n;
            double im = 40 * Math.sin(Math.PI * i / n) - 2;
            lines.add(String.join("\t", scientific(f), scientific(re), scientific(im), scientific(Math.hypot(re, im)),
                    scientific(-Math.atan2(im, re) * 57.3), scientific(i + 1.0), scientific(3.1), scientific(0),
                    scientific(0)) + "\t");
        }
        return new Source("peis.mpt", lines, 5, -1, 6, n, '\t', 0, true, new int[] {0, 1, 2}, new int[] {0, 1, 2},
                0, -1, new BioLogicMptImporter());
    }

    static Source biologicCycling(int n) {
        List<String> lines = new ArrayList<>(List.of("EC-Lab ASCII FILE", "Nb header lines : 5", "",
                "Galvanostatic Cycling with Potential Limitation",
                "mode\tox/red\terror\tcontrol changes\ttime/s\tcontrol/mA\tEwe/V\tI/mA\tdq/mA.h\t(Q-Qo)/mA.h\t"
                        + "cycle number\t"));
        for (int i = 0; i < n; i++) {
            boolean charging = i % 4 < 2;
            lines.add(String.join("\t", "1", charging ? "1" : "0", "0", "0", scientific(100 + 36.0 * i),
                    charging ? "1.0" : "-1.0", String.format(Locale.ROOT, "%.4f", 3.5 + 0.01 * i),
                    charging ? "1.000" : "-1.000", "0.01", scientific(0.01 * (i % 4 < 2 ? i % 4 : 4 - i % 4)),
                    String.format(Locale.ROOT, "%.15E", (double) (i / 4))) + "\t");
        }
        return new Source("gcpl.mpt", lines, 4, -1, 5, n, '\t', 0, true, new int[] {4, 6, 7, 9, 10},
                new int[] {4, 6, 7}, -1, 10, new BioLogicMptImporter());
    }

    static Source gamry(int n) {
        List<String> lines = new ArrayList<>(List.of("EXPLAIN", "TAG\tEISPOT",
                "TITLE\tLABEL\tPotentiostatic EIS\tTest &Identifier", "OCVCURVE\tTABLE\t2", "\tPt\tT\tVf\tVm\tAch",
                "\t#\ts\tV vs. Ref.\tV\tV", "\t0\t0.5\t3.1\t3.1\t0", "\t1\t1.0\t3.1\t3.1\t0",
                "EOC\tQUANT\t3.1\tOpen Circuit (V)", "ZCURVE\tTABLE\t" + n,
                "\tPt\tTime\tFreq\tZreal\tZimag\tZsig\tZmod\tZphz\tIdc\tVdc\tIERange",
                "\t#\ts\tHz\tohm\tohm\tV\tohm\t\u00b0\tA\tV\t#"));
        for (int i = 0; i < n; i++) {
            double f = 1e5 / Math.pow(10, i * 0.5);
            lines.add(String.join("\t", "", String.valueOf(i), String.valueOf(3 + i), scientific(f),
                    scientific(12.5 + 20 * i), scientific(-30 * Math.sin(Math.PI * i / n) + 1), "1", "54.08", "-33.69",
                    "1E-07", "3.1", "8"));
        }
        return new Source("EIS.DTA", lines, 10, 11, 12, n, '\t', 1, false, new int[] {3, 4, 5}, new int[] {3, 4, 5},
                3, -1, new GamryDtaImporter());
    }

    static Source bdf(int n) {
        List<String> lines = new ArrayList<>(List.of(
                "Test Time / s,Current / A,Voltage / V,Net Capacity / Ah,Cycle Count / 1,Step Index / 1"));
        for (int i = 0; i < n; i++) {
            boolean charging = i % 4 < 2;
            lines.add(String.join(",", String.format(Locale.ROOT, "%.9g", 1800.0 * i), charging ? "0.001" : "-0.001",
                    String.format(Locale.ROOT, "%.9g", 3.5 + 0.05 * i),
                    String.format(Locale.ROOT, "%.9g", 5e-4 * (i % 4 < 2 ? i % 4 : 4 - i % 4)),
                    String.valueOf(1 + i / 4), charging ? "1" : "2"));
        }
        return new Source("cell.csv", lines, 0, -1, 1, n, ',', 0, false, new int[] {0, 1, 2, 3, 4},
                new int[] {0, 1, 2}, -1, 4, new BdfCsvImporter());
    }

    static Source mappedCsv(int n) {
        List<String> lines = new ArrayList<>(List.of("# exported from a spreadsheet", "f;Re;-Im;Phase"));
        for (int i = 0; i < n; i++) {
            lines.add(String.join(";", String.format(Locale.ROOT, "%.6g", 100 / Math.pow(10, i * 0.5)),
                    String.format(Locale.ROOT, "%.4f", 12.5 + 17.25 * i), String.format(Locale.ROOT, "%.3f",
                            30 * Math.sin(Math.PI * i / n) - 1),
                    String.format(Locale.ROOT, "%.2f", -3.0 * i)).replace('.', ','));
        }
        ColumnMapping mapping = new ColumnMapping(Kind.SPECTRUM, Map.of(Channel.FREQUENCY, Column.named("f", "kHz"),
                Channel.REAL, Column.named("Re", "mohm"), Channel.IMAGINARY, Column.named("-Im", "mohm", true)), ';',
                ',');
        return new Source("eis.csv", lines, 1, -1, 2, n, ';', 0, false, new int[] {0, 1, 2}, new int[] {0, 1, 2}, 0,
                -1, new CsvImporter(mapping));
    }

    /** Rows of a cycling test: 1 mA charge and discharge alternating every two points, 36 s apart. */
    private static List<String> cyclingRows(int n, String delimiter, IntFunction<String> time, double currentScale,
            String trailer) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean charging = i % 4 < 2;
            rows.add(String.join(delimiter, String.valueOf(i + 1), String.valueOf(1 + i / 4), time.apply(i),
                    String.format(Locale.ROOT, "%.4f", (charging ? 1 : -1) * currentScale),
                    String.format(Locale.ROOT, "%.4f", 3.5 + 0.01 * i), "0.5") + trailer);
        }
        return rows;
    }

    /** Impedance rows: frequency, Re Z and Im Z (negative) with {@code extra} cells between and after them. */
    private static String impedance(int i, int n) {
        return scientific(1e5 / Math.pow(10, i * 0.5)) + "|" + scientific(12.5 + 200.0 * i / n) + "|"
                + scientific(-(40 * Math.sin(Math.PI * i / n) + 2));
    }

    static Source bdfKeys(int n) {
        List<String> lines = new ArrayList<>(List.of("record_index,cycle_count,test_time_second,current_ampere,"
                + "voltage_volt,step_id"));
        lines.addAll(cyclingRows(n, ",", i -> String.valueOf(36.0 * i), 0.001, ""));
        return new Source("keys.csv", lines, 0, -1, 1, n, ',', 0, false, new int[] {1, 2, 3, 4},
                new int[] {2, 3, 4}, -1, 1, new BdfCsvImporter());
    }

    static Source interphaseCsv(int n) {
        List<String> lines = new ArrayList<>(List.of("# Interphase cycling run of cell",
                "step_index,cycle_index,time_s,current_A,voltage_V,capacity_Ah"));
        lines.addAll(cyclingRows(n, ",", i -> String.format(Locale.ROOT, "%.9g", 36.0 * i), 0.001, ""));
        return new Source("run-timeseries.csv", lines, 1, -1, 2, n, ',', 0, false, new int[] {1, 2, 3, 4, 5},
                new int[] {2, 3, 4}, -1, 1, new InterphaseCsvImporter());
    }

    static Source arbin(int n) {
        List<String> lines = new ArrayList<>(List.of("Data_Point,Cycle_Index,Test_Time(s),Current(A),Voltage(V),"
                + "Charge_Capacity(Ah)"));
        lines.addAll(cyclingRows(n, ",", i -> String.valueOf(36.0 * i), 0.001, ""));
        return new Source("arbin.csv", lines, 0, -1, 1, n, ',', 0, false, new int[] {1, 2, 3, 4},
                new int[] {2, 3, 4}, -1, 1, new ArbinCsvImporter());
    }

    static Source neware(int n) {
        List<String> lines = new ArrayList<>(List.of("DataPoint,Cycle Index,Total Time,Current(mA),Voltage(V),"
                + "Capacity(mAh)"));
        lines.addAll(cyclingRows(n, ",", i -> String.format(Locale.ROOT, "%d:%02d:%02d", i / 100, i * 36 / 60 % 60,
                i * 36 % 60), 1.0, ""));
        return new Source("neware.csv", lines, 0, -1, 1, n, ',', 0, false, new int[] {1, 2, 3, 4},
                new int[] {2, 3, 4}, -1, 1, new NewareCsvImporter());
    }

    /** Maccor's text export: the line of test details, then the current's size with its direction in "State". */
    static Source maccor(int n) {
        List<String> lines = new ArrayList<>(List.of("Today's Date\t04/04/2019 2:20 PM\tFilename:\tcell1.001",
                "Rec#\tCyc#\tStep\tTest (Sec)\tStep (Sec)\tAmp-hr\tWatt-hr\tAmps\tVolts\tState\tES\tDPt Time"));
        for (int i = 0; i < n; i++) {
            String state = i % 5 == 4 ? "R" : i % 5 < 2 ? "C" : "D";
            lines.add(String.join("\t", String.valueOf(i + 1), String.valueOf(1 + i / 5), String.valueOf(1 + i % 5),
                    String.format(Locale.ROOT, "%.4f", 36.0 * i), "36.0000", "0.0001000000", "0.0003500000",
                    state.equals("R") ? "0.0000000000" : "0.0010000000", String.format(Locale.ROOT, "%.4f",
                            3.5 + 0.01 * i), state, "0", "03/28/2019 11:55:00 AM"));
        }
        return new Source("cell1.txt", lines, 1, -1, 2, n, '\t', 0, false, new int[] {1, 3, 7, 8},
                new int[] {3, 7, 8, 9}, -1, 1, new MaccorImporter());
    }

    static Source zplot(int n) {
        List<String> lines = new ArrayList<>(List.of("ZPLOT2 ASCII", "  Measured Data, ZPlot:       3.2c",
                "  Freq(Hz)\tAmpl\tBias\tTime(Sec)\tZ'(a)\tZ''(b)\tGD\tErr\tRange", "End Comments"));
        for (int i = 0; i < n; i++) {
            String[] z = impedance(i, n).split("\\|");
            lines.add(String.join("\t", z[0], "1.0000E-02", "0.0000E+00", scientific(i + 1.0), z[1], z[2],
                    "0.0000E+00", "0", "3"));
        }
        return new Source("cell.z", lines, 3, -1, 4, n, '\t', 0, false, new int[] {0, 4, 5}, new int[] {0}, 0, -1,
                new ZPlotImporter());
    }

    static Source autolab(int n) {
        List<String> lines = new ArrayList<>(List.of("Index;Frequency (Hz);Z' (\u03a9);-Z'' (\u03a9);Time (s)"));
        for (int i = 0; i < n; i++) {
            String[] z = impedance(i, n).split("\\|");
            String minusIm = scientific(-Double.parseDouble(z[2]));
            lines.add(String.join(";", String.valueOf(i + 1), z[0], z[1], minusIm, scientific(i + 1.0))
                    .replace('.', ','));
        }
        return new Source("nova.txt", lines, 0, -1, 1, n, ';', 0, false, new int[] {1, 2, 3}, new int[] {1, 2, 3},
                1, -1, new AutolabImporter());
    }

    static Source chInstruments(int n) {
        List<String> lines = new ArrayList<>(List.of("Feb. 20, 2020   15:55:08", "A.C. Impedance",
                "Instrument Model:  CHI660E", "", "Freq/Hz, Z'/ohm, Z\"/ohm, Z/ohm, Phase/deg", ""));
        for (int i = 0; i < n; i++) {
            String[] z = impedance(i, n).split("\\|");
            lines.add(String.join(", ", z[0], z[1], z[2], "1.0e+2", "-1.6"));
        }
        return new Source("chi.txt", lines, 4, -1, 6, n, ',', 0, false, new int[] {0, 1, 2}, new int[] {0, 1, 2}, 0,
                -1, new ChInstrumentsImporter());
    }

    static Source versaStudio(int n) {
        List<String> lines = new ArrayList<>(List.of("<Application>", "Name=VersaStudio", "</Application>",
                "<Segment1>", "Type=2",
                "Definition=Segment #, Point #, E(V), I(A), Elapsed Time(s), Frequency(Hz), Z Real, Z Imag, 0"));
        for (int i = 0; i < n; i++) {
            String[] z = impedance(i, n).split("\\|");
            lines.add(String.join(",", "0", String.valueOf(i), "0", "-3.28E-06", scientific(i + 1.0), z[0], z[1],
                    z[2]));
        }
        lines.add("</Segment1>");
        return new Source("eis.par", lines, 5, -1, 6, n, ',', 1, false, new int[] {5, 6, 7}, new int[] {5, 6, 7}, 5,
                -1, new VersaStudioParImporter());
    }

    static Source parstat(int n) {
        List<String> lines = new ArrayList<>(List.of("Potential (V)\tCurrent (A)\tElapsed Time (s)\tFrequency (Hz)\t"
                + "Zre (ohms)\tZim (ohms)\t|Vac| (V)\t"));
        for (int i = 0; i < n; i++) {
            String[] z = impedance(i, n).split("\\|");
            lines.add(String.join("\t", "3.5", "0.02", scientific(i + 1.0), z[0], z[1], z[2], "0.0002") + "\t");
        }
        return new Source("parstat.txt", lines, 0, -1, 1, n, '\t', 0, true, new int[] {3, 4, 5},
                new int[] {3, 4, 5}, 3, -1, new ParstatImporter());
    }
}
