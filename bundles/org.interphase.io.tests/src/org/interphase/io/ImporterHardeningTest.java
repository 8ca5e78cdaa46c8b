package org.interphase.io;

import static org.interphase.io.TestFiles.assertFails;
import static org.interphase.io.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.interphase.io.ColumnMapping.Column;
import org.interphase.io.ColumnMapping.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real-export problems of issue 11: each used to be imported as wrong data or failed without a location. */
class ImporterHardeningTest {

    private static final ColumnMapping BY_POSITION = ColumnMapping.csv(Kind.SPECTRUM, Map.of(Channel.FREQUENCY,
            Column.at(1, "Hz", false), Channel.REAL, Column.at(2, "ohm", false), Channel.IMAGINARY,
            Column.at(3, "ohm", false)));

    @TempDir
    Path dir;

    @Test
    void aGamryEisFileWithALongOpenCircuitTableBeforeZCurveIsRecognisedAndRead() {
        StringBuilder ocv = new StringBuilder(
                "OCVCURVE\tTABLE\t2000\n\tPt\tT\tVf\tVm\tAch\n\t#\ts\tV vs. Ref.\tV\tV\n");
        for (int i = 0; i < 2000; i++) {
            ocv.append('\t').append(i).append('\t').append(0.5 * i).append("\t3.1\t3.1\t0\n");
        }
        String eis = GamryDtaImporterTest.EIS.replace(
                GamryDtaImporterTest.EIS.substring(GamryDtaImporterTest.EIS.indexOf("OCVCURVE"),
                        GamryDtaImporterTest.EIS.indexOf("EOC")), ocv.toString());
        Path file = write(dir, "EIS.DTA", eis);
        assertTrue(eis.indexOf("ZCURVE") > 8192, "ZCURVE comes after the first 8 KB");

        MeasuredSpectrum s = (MeasuredSpectrum) DataImporters.read(file);
        assertArrayEquals(new double[] {1e5, 1e3, 0.1}, s.frequency(), 1e-9);
        assertArrayEquals(new double[] {-0.8, -30, 5}, s.imaginary(), 1e-12);
    }

    @Test
    void aBlankLineInsideAGamryTableDoesNotDropTheRowsAfterIt() {
        String withGap = GamryDtaImporterTest.EIS.replace("ZCURVE\tTABLE\t3", "ZCURVE\tTABLE")
                .replace("\t2\t35\t", "\n\t2\t35\t");
        MeasuredSpectrum s = (MeasuredSpectrum) new GamryDtaImporter().read(write(dir, "gap.DTA", withGap));
        assertEquals(3, s.size());
    }

    @Test
    void anEisExportWithoutItsFrequencyHeadingIsNotReadAsCycling() {
        String noFrequency = BioLogicMptImporterTest.SPECTRUM.replace("freq/Hz", "f");
        assertFails(new BioLogicMptImporter(), write(dir, "peis.mpt", noFrequency), 6,
                "no frequency column: expected one named freq");
    }

    @Test
    void frequenciesAtOrBelowZeroAreRefusedOnTheirLine() {
        String parstat = BioLogicMptImporterTest.SPECTRUM.replace("1.0000000E+003\t", "0.0000000E+000\t");
        assertFails(new BioLogicMptImporter(), write(dir, "zero.mpt", parstat), 8,
                "column 'freq/Hz' holds '0.0000000E+000', but a frequency must be above 0 Hz");
    }

    @Test
    void aCycleNumberBeyondIntIsRefusedRatherThanWrappedToANegativeOne() {
        String huge = BioLogicMptImporterTest.CYCLING.replace("1.000000000000000E+000", "2147483648");
        assertFails(new BioLogicMptImporter(), write(dir, "cycles.mpt", huge), 9,
                "a cycle number is a whole number from 0 up to 2147483646");
    }

    @Test
    void aValueThatOverflowsInItsUnitConversionIsALocatedImportError() {
        String file = "f,Re,Im\n1,10,-1\n1e308,20,-2\n";
        ColumnMapping kilohertz = ColumnMapping.csv(Kind.SPECTRUM, Map.of(Channel.FREQUENCY, Column.named("f", "kHz"),
                Channel.REAL, Column.named("Re", "ohm"), Channel.IMAGINARY, Column.named("Im", "ohm")));
        ImportException e = assertFails(new CsvImporter(kilohertz), write(dir, "huge.csv", file), 3,
                "column 'f' holds '1e308', too large to be a frequency");
        assertFalse(e.getMessage().contains("Infinity") || e.getMessage().contains("NaN"), e.getMessage());
    }

    @Test
    void hugeCurrentsAndTimesDoNotOverflowTheChargeIntegral() {
        String file = "Test Time / s,Current / A,Voltage / V\n0,1e200,3\n1e200,1e200,3\n";
        assertFails(new BdfCsvImporter(), write(dir, "huge.csv", file), 2, "too large to be a current");
    }

    @Test
    void aTypoInTheFirstRowOfAFileWithoutHeaderIsReportedNotTakenForAHeader() {
        assertFails(new CsvImporter(BY_POSITION), write(dir, "typo.csv", "1000,1O,-3\n10,20,-50\n"), 1,
                "column '2' holds '1O', not a number");
    }

    @Test
    void aColumnNumberBeyondTheRowsIsReportedOnTheFirstRow() {
        ColumnMapping fourth = ColumnMapping.csv(Kind.SPECTRUM, Map.of(Channel.FREQUENCY, Column.at(1, "Hz", false),
                Channel.REAL, Column.at(2, "ohm", false), Channel.IMAGINARY, Column.at(4, "ohm", false)));
        assertFails(new CsvImporter(fourth), write(dir, "three.csv", "1000,10,-3\n"), 1,
                "column 4 is chosen for Im Z, but the rows have 3 cells");
    }

    @Test
    void aCycleZeroInAFileThatCountsFromOneIsRefused() {
        String file = "Test Time / s,Current / A,Voltage / V,Cycle Count / 1\n0,0.001,3.5,1\n36,0.001,3.6,0\n";
        assertFails(new BdfCsvImporter(), write(dir, "cycles.csv", file), 3,
                "cycle 0 in a file whose cycles count from 1");
    }

    @Test
    void aRowWithACellTooManyIsRefusedRatherThanReadShifted() {
        String extra = BioLogicMptImporterTest.SPECTRUM.replace("1.0000000E+003\t", "1.0000000E+003\t7\t");
        assertFails(new BioLogicMptImporter(), write(dir, "extra.mpt", extra), 8,
                "the row has 11 cells but the header has 10: a cell too many");
    }

    @Test
    void aLastRowWithoutItsLineBreakIsACutFile() {
        // "3.55" cut to "3.5" is still a number: only the missing line break shows the cut.
        String cut = "Test Time / s,Current / A,Voltage / V\n0,0.001,3.5\n36,0.001,3.5";
        assertFails(new BdfCsvImporter(), write(dir, "cut.csv", cut), 3, "no line break at its end");
    }

    @Test
    void quotedCellsFollowRfc4180() {
        ColumnMapping named = ColumnMapping.csv(Kind.SPECTRUM, Map.of(Channel.FREQUENCY, Column.named("f", "Hz"),
                Channel.REAL, Column.named("Re \"Z\"", "ohm"), Channel.IMAGINARY, Column.named("Im, Z", "ohm")));
        String file = "f,\"Re \"\"Z\"\"\",\"Im, Z\"\n\"100\",12.5,\"-0.8\"\n";
        MeasuredSpectrum s = (MeasuredSpectrum) new CsvImporter(named).read(write(dir, "quoted.csv", file));
        assertArrayEquals(new double[] {12.5}, s.real());
        assertArrayEquals(new double[] {-0.8}, s.imaginary());
    }

    @Test
    void controlCharactersInACellAreEscapedInTheMessage() {
        ImportException e = assertFails(new CsvImporter(BY_POSITION),
                write(dir, "esc.csv", "1000,10,-3\n10,\u001b[31m2\u20280,-50\n"), 2, "holds '\\u001B[31m2\\u20280'");
        assertTrue(e.getMessage().chars().noneMatch(Character::isISOControl), e.getMessage());
    }

    @Test
    void aFolderOrABinaryFileIsRefusedWithAnImportException() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data.mpt"));
        ImportException e = assertThrows(ImportException.class, () -> DataImporters.read(folder));
        assertTrue(e.getMessage().startsWith("data.mpt: this is a folder"), e.getMessage());
        Path binary = Files.write(dir.resolve("blob.mpt"), new byte[] {0, 1, 2, (byte) 0xff, 0x1b, 'E', 'C'});
        assertThrows(ImportException.class, () -> DataImporters.read(binary));
    }
}
