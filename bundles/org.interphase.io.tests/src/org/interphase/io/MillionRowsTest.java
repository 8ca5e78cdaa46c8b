package org.interphase.io;

import static org.interphase.io.TestFiles.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.interphase.io.ColumnMapping.Column;
import org.interphase.io.ColumnMapping.Kind;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The "10⁶ rows" damage of the malformed corpus, for each family of formats: a valid file of a million rows is read
 * whole (every row, the last one's values exact), and the same file with one cell that is not a number near its end
 * is refused on that cell's line, so that nothing of it is imported. Rows are written as generated, not held.
 */
class MillionRowsTest {

    private static final int ROWS = 1_000_000;
    /** The row whose read cell is damaged: near the end, after nearly everything has been read. */
    private static final int BAD_ROW = ROWS - 7;

    /**
     * A format: its lines before the rows, one row of index {@code i}, the same row with a read cell that is not a
     * number, and the last row's values as read (time, current, voltage or frequency, Re Z, Im Z).
     */
    enum Format {
        BDF_CSV("cell.csv", new BdfCsvImporter(), List.of("Test Time / s,Current / A,Voltage / V"),
                i -> (36.0 * i) + "," + current(i) + "," + volts(i), i -> (36.0 * i) + ",0.00l," + volts(i)),
        CYCLER_CSV("arbin.csv", new ArbinCsvImporter(), List.of("Data_Point,Test_Time(s),Current(A),Voltage(V)"),
                i -> (i + 1) + "," + (36.0 * i) + "," + current(i) + "," + volts(i),
                i -> (i + 1) + "," + (36.0 * i) + "," + current(i) + ",3.5V"),
        MACCOR("cell1.txt", new MaccorImporter(), List.of("Today's Date\t12/07/2026",
                "Rec#\tTest (Sec)\tAmps\tVolts\tState"),
                i -> (i + 1) + "\t" + (36.0 * i) + "\t0.001\t" + volts(i) + "\t" + (i % 4 < 2 ? "C" : "D"),
                i -> (i + 1) + "\t" + (36.0 * i) + "\t0.001\t" + volts(i) + "\tc"),
        MAPPED_CSV("cycling.csv", new CsvImporter(new ColumnMapping(Kind.CYCLING, Map.of(Channel.TIME,
                Column.named("t", "s"), Channel.CURRENT, Column.named("I", "A"), Channel.VOLTAGE,
                Column.named("U", "V")), ';', ',')), List.of("t;I;U"),
                i -> (36.0 * i + ";" + current(i) + ";" + volts(i)).replace('.', ','),
                i -> (36.0 * i + ";" + current(i) + ";" + volts(i))),
        BIOLOGIC_SPECTRUM("peis.mpt", new BioLogicMptImporter(), List.of("EC-Lab ASCII FILE",
                "Nb header lines : 3", "freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\t"),
                i -> frequency(i) + "\t" + (10 + i * 1e-3) + "\t" + (1 + i * 1e-4) + "\t",
                i -> frequency(i) + "\t" + (10 + i * 1e-3) + "\t1e\t");

        final String name;
        final DataImporter importer;
        final List<String> header;
        final IntFunction<String> row;
        final IntFunction<String> badRow;

        Format(String name, DataImporter importer, List<String> header, IntFunction<String> row,
                IntFunction<String> badRow) {
            this.name = name;
            this.importer = importer;
            this.header = header;
            this.row = row;
            this.badRow = badRow;
        }
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Format.class)
    void aMillionRowsAreReadWhole(Format format) throws IOException {
        List<double[]> columns = MalformedCorpusTest.arrays(format.importer.read(write(format, -1)));
        int last = ROWS - 1;
        assertEquals(ROWS, columns.get(0).length, "every row is read");
        if (format == Format.BIOLOGIC_SPECTRUM) {
            assertEquals(frequency(last), columns.get(0)[last]);
            assertEquals(10 + last * 1e-3, columns.get(1)[last]);
            assertEquals(-(1 + last * 1e-4), columns.get(2)[last], "Im Z is minus -Im(Z)");
        } else {
            assertEquals(36.0 * last, columns.get(0)[last], "time from the first row");
            assertEquals(-0.001, columns.get(1)[last], "the last row discharges");
            assertEquals(Double.parseDouble(volts(last)), columns.get(2)[last]);
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aBadCellNearTheEndOfAMillionRowsIsRefusedOnItsLine(Format format) throws IOException {
        Path file = write(format, BAD_ROW);
        // read throws, so no data at all is imported, not the rows before the bad one.
        assertFails(format.importer, file, format.header.size() + BAD_ROW + 1, "fix");
    }

    /** Writes the format's file of {@link #ROWS} rows, the row {@code bad} damaged (none if -1). */
    private Path write(Format format, int bad) throws IOException {
        Path file = dir.resolve(format.name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : format.header) {
                out.write(line);
                out.write('\n');
            }
            for (int i = 0; i < ROWS; i++) {
                out.write(i == bad ? format.badRow.apply(i) : format.row.apply(i));
                out.write('\n');
            }
        }
        return file;
    }

    /** 1 mA, charging for two rows and discharging for two; the last row (index 999 999) discharges. */
    private static String current(int i) {
        return i % 4 < 2 ? "0.001" : "-0.001";
    }

    private static String volts(int i) {
        return String.valueOf(3 + (i % 1000) / 1000.0);
    }

    private static double frequency(int i) {
        return 1e6 / (1 + i);
    }
}
