package org.interphase.io;

import static org.interphase.io.TestFiles.assertFails;
import static org.interphase.io.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GamryDtaImporterTest {

    /** An EIS file with an open-circuit table first; ZCURVE is on line 10, its data on lines 13 to 15. */
    static final String EIS = """
            EXPLAIN
            TAG\tEISPOT
            TITLE\tLABEL\tPotentiostatic EIS\tTest &Identifier
            OCVCURVE\tTABLE\t2
            \tPt\tT\tVf\tVm\tAch
            \t#\ts\tV vs. Ref.\tV\tV
            \t0\t0.5\t3.1\t3.1\t0
            \t1\t1.0\t3.1\t3.1\t0
            EOC\tQUANT\t3.1\tOpen Circuit (V)
            ZCURVE\tTABLE\t3
            \tPt\tTime\tFreq\tZreal\tZimag\tZsig\tZmod\tZphz\tIdc\tVdc\tIERange
            \t#\ts\tHz\tohm\tohm\tV\tohm\t\u00b0\tA\tV\t#
            \t0\t3\t100000\t12.5\t-0.8\t1\t12.53\t-3.66\t1E-07\t3.1\t8
            \t1\t4\t1000\t45\t-30\t1\t54.08\t-33.69\t1E-07\t3.1\t8
            \t2\t35\t0.1\t210\t5\t1\t210.06\t1.36\t1E-07\t3.1\t8
            EXPERIMENTABORTED\tIQUANT\t0\tExperiment Aborted
            """;

    private final GamryDtaImporter importer = new GamryDtaImporter();

    @TempDir
    Path dir;

    @Test
    void theZCurveIsReadAsItIsAndOtherTablesAreSkipped() {
        MeasuredSpectrum s = (MeasuredSpectrum) importer.read(write(dir, "EIS.DTA", EIS, StandardCharsets.ISO_8859_1));
        assertArrayEquals(new double[] {1e5, 1e3, 0.1}, s.frequency(), 1e-9);
        assertArrayEquals(new double[] {12.5, 45, 210}, s.real(), 1e-12);
        assertArrayEquals(new double[] {-0.8, -30, 5}, s.imaginary(), 1e-12);
    }

    @Test
    void theUnitsRowIsHonoured() {
        String milliohm = EIS.replace("\tHz\tohm\tohm\t", "\tkHz\tmohm\tmohm\t");
        MeasuredSpectrum s = (MeasuredSpectrum) importer.read(write(dir, "EIS.DTA", milliohm));
        assertArrayEquals(new double[] {1e8, 1e6, 100}, s.frequency(), 1e-6);
        assertArrayEquals(new double[] {0.0125, 0.045, 0.21}, s.real(), 1e-15);
    }

    @Test
    void aTableWithFewerRowsThanAnnouncedIsTruncated() {
        String cut = EIS.substring(0, EIS.indexOf("\t2\t35"));
        assertFails(importer, write(dir, "cut.DTA", cut), 10, "announces 3 points but has 2");
    }

    @Test
    void aRowCutShortIsReportedOnItsLine() {
        String cut = EIS.substring(0, EIS.indexOf("\t0.1\t210"));
        assertFails(importer, write(dir, "cut.DTA", cut.replace("ZCURVE\tTABLE\t3", "ZCURVE\tTABLE")), 15,
                "cut short");
    }

    @Test
    void aNonNumericCellIsReportedOnItsLine() {
        assertFails(importer, write(dir, "bad.DTA", EIS.replace("\t-30\t", "\t-3O\t")), 14,
                "column 'Zimag/ohm' holds '-3O', not a number");
    }

    @Test
    void aWrongUnitIsReportedOnTheUnitsRow() {
        assertFails(importer, write(dir, "units.DTA", EIS.replace("\tHz\tohm\tohm\t", "\tHz\tohm\tV\t")), 12,
                "Im Z needs a resistance");
    }

    @Test
    void aMissingColumnIsListed() {
        assertFails(importer, write(dir, "cols.DTA", EIS.replace("\tZimag\t", "\tZim\t")), 12,
                "no Im Z column: expected one named Zimag");
    }

    @Test
    void aFileWithoutAnImpedanceTableSaysWhatItHas() {
        String ocvOnly = EIS.substring(0, EIS.indexOf("ZCURVE"));
        assertFails(importer, write(dir, "OCV.DTA", ocvOnly), 0, "no ZCURVE table, so no impedance spectrum "
                + "(the file has OCVCURVE)");
        assertFails(importer, write(dir, "empty.DTA", ""), 0, "no ZCURVE table");
    }
}
