package org.interphase.io;

import static org.interphase.io.TestFiles.assertFails;
import static org.interphase.io.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.io.ColumnMapping.Column;
import org.interphase.io.ColumnMapping.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImporterTest {

    /** A European spreadsheet export: semicolons, decimal commas, kHz and mΩ, −Im Z. */
    private static final String SPECTRUM = """
            # exported from a spreadsheet
            f;Re;-Im
            100;12,5;0,8
            1;45;30
            0,0001;210;-5
            """;

    private static final ColumnMapping SPECTRUM_MAPPING = new ColumnMapping(Kind.SPECTRUM,
            Map.of(Channel.FREQUENCY, Column.named("f", "kHz"), Channel.REAL, Column.named("Re", "mohm"),
                    Channel.IMAGINARY, Column.named("-Im", "mohm", true)),
            ';', ',');

    @TempDir
    Path dir;

    @Test
    void aSpectrumIsConvertedWithTheChosenUnitsAndSign() {
        MeasuredSpectrum s = (MeasuredSpectrum) new CsvImporter(SPECTRUM_MAPPING)
                .read(write(dir, "eis.csv", SPECTRUM));
        assertArrayEquals(new double[] {1e5, 1e3, 0.1}, s.frequency(), 1e-9);
        assertArrayEquals(new double[] {0.0125, 0.045, 0.21}, s.real(), 1e-15);
        assertArrayEquals(new double[] {-0.0008, -0.03, 0.005}, s.imaginary(), 1e-15);
    }

    @Test
    void cyclingPositiveOnDischargeInHoursAndMilliampereHoursIsConverted() {
        String file = """
                t_h,I_mA,U_V,Q_mAh
                0,-2,3.5,0
                0.5,-2,4.1,-1
                1,2,3.2,0
                """;
        ColumnMapping mapping = ColumnMapping.csv(Kind.CYCLING,
                Map.of(Channel.TIME, Column.named("t_h", "h"), Channel.CURRENT, Column.named("I_mA", "mA", true),
                        Channel.VOLTAGE, Column.named("U_V", "V"), Channel.CAPACITY, Column.named("Q_mAh", "mAh",
                                true)));
        MeasuredCycling c = (MeasuredCycling) new CsvImporter(mapping).read(write(dir, "cycling.csv", file));
        assertArrayEquals(new double[] {0, 1800, 3600}, c.time(), 1e-9);
        assertArrayEquals(new double[] {2e-3, 2e-3, -2e-3}, c.current(), 1e-15);
        assertArrayEquals(new double[] {0, 1e-3, 0}, c.capacity(), 1e-15);
        assertArrayEquals(new int[] {1, 1, 1}, c.cycle());
    }

    @Test
    void aFileWithoutHeaderIsReadByColumnNumbers() {
        ColumnMapping mapping = ColumnMapping.csv(Kind.SPECTRUM, Map.of(Channel.FREQUENCY, Column.at(1, "Hz", false),
                Channel.REAL, Column.at(3, "ohm", false), Channel.IMAGINARY, Column.at(2, "ohm", false)));
        MeasuredSpectrum s = (MeasuredSpectrum) new CsvImporter(mapping)
                .read(write(dir, "bare.csv", "1000,-3,10\n10,-20,50\n"));
        assertArrayEquals(new double[] {10, 50}, s.real(), 1e-12);
        assertArrayEquals(new double[] {-3, -20}, s.imaginary(), 1e-12);
    }

    @Test
    void aColumnThatIsNotThereIsNamedWithTheHeader() {
        Path file = write(dir, "eis.csv", SPECTRUM.replace("f;Re;-Im", "freq;ReZ;-Im"));
        assertFails(new CsvImporter(SPECTRUM_MAPPING), file, 2,
                "column 'f' not found; the header has: freq, ReZ, -Im");
    }

    @Test
    void headingsCannotBeFoundInAFileWithoutHeader() {
        assertFails(new CsvImporter(SPECTRUM_MAPPING), write(dir, "bare.csv", "1;2;3\n"), 1,
                "the file has no header row");
    }

    @Test
    void malformedRowsAreReportedOnTheirLine() {
        CsvImporter importer = new CsvImporter(SPECTRUM_MAPPING);
        assertFails(importer, write(dir, "text.csv", SPECTRUM.replace("45;30", "45;thirty")), 4,
                "column '-Im' holds 'thirty', not a number");
        assertFails(importer, write(dir, "point.csv", SPECTRUM.replace("12,5", "12.5")), 3,
                "column 'Re' holds '12.5', not a number");
        assertFails(importer, write(dir, "cut.csv", TestFiles.truncated(SPECTRUM, 5)), 5, "cut short");
        assertFails(importer, write(dir, "empty.csv", "# nothing\n\n"), 0, "the file holds no rows");
    }

    @Test
    void aDecimalCommaInACommaSeparatedFileIsExplained() {
        ColumnMapping mapping = ColumnMapping.csv(Kind.SPECTRUM, Map.of(Channel.FREQUENCY, Column.named("f", "Hz"),
                Channel.REAL, Column.named("Re", "ohm"), Channel.IMAGINARY, Column.named("Im", "ohm")));
        assertFails(new CsvImporter(mapping), write(dir, "mixed.csv", "f,Re,Im\n100,\"12,5\",-1\n"), 2,
                "decimal comma?");
    }

    @Test
    void theDialogIsToldWhatIsWrongWithAMapping() {
        ColumnMapping mapping = new ColumnMapping(Kind.SPECTRUM, Map.of(Channel.FREQUENCY, Column.named("f", "kA"),
                Channel.REAL, Column.named("Re", "ohm"), Channel.IMAGINARY, Column.named("re", "ohm"),
                Channel.TIME, Column.named("t", "s")), ',', ',');
        List<String> problems = mapping.problems();
        assertEquals(List.of(
                "the delimiter and the decimal separator are both ','; choose different ones",
                "the frequency column is in 'kA', a current (A), but frequency needs a frequency (Hz): "
                        + "µHz, mHz, Hz, kHz, MHz, GHz",
                "column 're' is chosen for both Re Z and Im Z; choose one column for each",
                "time is not part of an impedance spectrum; remove that column choice"), problems);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CsvImporter(mapping));
        assertTrue(e.getMessage().startsWith("the column mapping is incomplete: the delimiter"), e.getMessage());
    }

    @Test
    void aMappingWithoutARequiredColumnSaysWhichToChoose() {
        ColumnMapping mapping = ColumnMapping.csv(Kind.CYCLING, Map.of(Channel.TIME, Column.named("t", "min"),
                Channel.VOLTAGE, Column.named("U", "V"), Channel.CYCLE, Column.named("n", "")));
        assertEquals(List.of("choose the column that holds current"), mapping.problems());
    }
}
