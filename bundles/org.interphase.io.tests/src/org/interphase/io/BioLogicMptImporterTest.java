package org.interphase.io;

import static org.interphase.io.TestFiles.assertFails;
import static org.interphase.io.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BioLogicMptImporterTest {

    /** A PEIS export: 6 header lines, the 6th is the column header; data on lines 7 to 9. */
    static final String SPECTRUM = """
            EC-Lab ASCII FILE
            Nb header lines : 6

            Potentio Electrochemical Impedance Spectroscopy
            Electrode surface area : 1.130 cm\u00b2
            freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\t|Z|/Ohm\tPhase(Z)/deg\ttime/s\t<Ewe>/V\t<I>/mA\tCs/\u00b5F\tcycle number\t
            1.0000000E+005\t1.2500000E+001\t8.0000000E-001\t1.2525568E+001\t-3.6620000E+000\t1.0\t3.1\t0.0\t0.1\t0.0\t
            1.0000000E+003\t4.5000000E+001\t3.0000000E+001\t5.4083269E+001\t-3.3690000E+001\t2.0\t3.1\t0.0\t0.2\t0.0\t
            1.0000000E-001\t2.1000000E+002\t-5.0000000E+000\t2.1005952E+002\t1.3640000E+000\t30.0\t3.1\t0.0\t9.9\t0.0\t
            """;

    /** A GCPL export: line 5 is the column header, data on lines 6 to 9. */
    static final String CYCLING = """
            EC-Lab ASCII FILE
            Nb header lines : 5

            Galvanostatic Cycling with Potential Limitation
            mode\tox/red\terror\tcontrol changes\ttime/s\tcontrol/mA\tEwe/V\tI/mA\tdq/mA.h\t(Q-Qo)/mA.h\tcycle number\t
            1\t1\t0\t0\t100.0\t1.0\t3.500\t1.000\t0.0\t0.5\t0.000000000000000E+000\t
            1\t1\t0\t0\t136.0\t1.0\t3.600\t1.000\t0.01\t0.51\t0.000000000000000E+000\t
            1\t0\t0\t0\t172.0\t-1.0\t3.550\t-1.000\t-0.01\t0.5\t0.000000000000000E+000\t
            1\t1\t0\t0\t208.0\t1.0\t3.450\t1.000\t0.01\t0.51\t1.000000000000000E+000\t
            """;

    private final BioLogicMptImporter importer = new BioLogicMptImporter();

    @TempDir
    Path dir;

    @Test
    void aSpectrumIsReadWithImZNegatedToTheCapacitiveConvention() {
        MeasuredSpectrum s = assertInstanceOf(MeasuredSpectrum.class,
                importer.read(write(dir, "peis.mpt", SPECTRUM, StandardCharsets.ISO_8859_1)));
        assertArrayEquals(new double[] {1e5, 1e3, 0.1}, s.frequency(), 1e-9);
        assertArrayEquals(new double[] {12.5, 45, 210}, s.real(), 1e-12);
        assertArrayEquals(new double[] {-0.8, -30, 5}, s.imaginary(), 1e-12);
    }

    @Test
    void cyclingIsConvertedToAmpereAmpereHoursAndCyclesFromOne() {
        MeasuredCycling c = assertInstanceOf(MeasuredCycling.class, importer.read(write(dir, "gcpl.mpt", CYCLING)));
        assertArrayEquals(new double[] {0, 36, 72, 108}, c.time(), 1e-12);
        assertArrayEquals(new double[] {1e-3, 1e-3, -1e-3, 1e-3}, c.current(), 1e-15);
        assertArrayEquals(new double[] {3.5, 3.6, 3.55, 3.45}, c.voltage(), 1e-12);
        assertArrayEquals(new double[] {0, 1e-5, 0, 1e-5}, c.capacity(), 1e-15);
        assertArrayEquals(new int[] {1, 1, 1, 2}, c.cycle());
    }

    @Test
    void withoutQMinusQoTheChargeIsTheIntegralOfTheCurrent() {
        String noCharge = CYCLING.replace("\t(Q-Qo)/mA.h", "\tQ charge/mA.h");
        MeasuredCycling c = (MeasuredCycling) importer.read(write(dir, "gcpl.mpt", noCharge));
        // 1 mA for 36 s is 1e-5 A h; then back down to 0, then up again.
        assertArrayEquals(new double[] {0, 1e-5, 1e-5, 1e-5}, c.capacity(), 1e-15);
    }

    @Test
    void decimalCommasOfAFrenchLocaleAreRead() {
        String french = SPECTRUM.lines().map(l -> l.startsWith("1") ? l.replace('.', ',') : l)
                .reduce("", (a, b) -> a + b + "\n");
        MeasuredSpectrum s = (MeasuredSpectrum) importer.read(write(dir, "peis.mpt", french));
        assertArrayEquals(new double[] {12.5, 45, 210}, s.real(), 1e-12);
    }

    @Test
    void anExportWithoutTheHeaderBlockStartsWithTheColumns() {
        String bare = SPECTRUM.substring(SPECTRUM.indexOf("freq/Hz"));
        MeasuredSpectrum s = (MeasuredSpectrum) importer.read(write(dir, "peis.mpt", bare));
        assertArrayEquals(new double[] {-0.8, -30, 5}, s.imaginary(), 1e-12);
    }

    @Test
    void aTruncatedLastLineIsReportedOnItsLine() {
        assertFails(importer, write(dir, "cut.mpt", TestFiles.truncated(SPECTRUM, 75)), 9, "cut short");
    }

    @Test
    void aNonNumericCellNamesItsColumn() {
        Path file = write(dir, "bad.mpt", SPECTRUM.replace("4.5000000E+001", "abc"));
        assertFails(importer, file, 8, "column 'Re(Z)/Ohm' holds 'abc', not a number");
    }

    @Test
    void anEmptyRequiredCellIsRefused() {
        Path file = write(dir, "gap.mpt", CYCLING.replace("\t3.550\t", "\t\t"));
        assertFails(importer, file, 8, "column 'Ewe/V' is empty");
    }

    @Test
    void aWrongUnitIsReportedOnTheHeaderLine() {
        Path file = write(dir, "units.mpt", SPECTRUM.replace("Re(Z)/Ohm", "Re(Z)/kA"));
        assertFails(importer, file, 6, "column 'Re(Z)/kA'");
    }

    @Test
    void missingColumnsAreListed() {
        Path file = write(dir, "cols.mpt", CYCLING.replace("Ewe/V", "Temperature/\u00b0C"));
        assertFails(importer, file, 5, "no voltage column: expected one named Ewe or <Ewe> or Ecell or <Ecell>");
    }

    @Test
    void aFileThatEndsInsideItsHeaderIsTruncated() {
        assertFails(importer, write(dir, "short.mpt", "EC-Lab ASCII FILE\nNb header lines : 60\n\n"), 3,
                "announces 60 header lines");
    }

    @Test
    void anEmptyOrForeignFileIsRefused() {
        assertFails(importer, write(dir, "empty.mpt", ""), 0, "the file is empty");
        assertFails(importer, write(dir, "other.mpt", "hello world\n"), 1, "not an EC-Lab text export");
        assertFails(importer, write(dir, "nodata.mpt", SPECTRUM.substring(0, SPECTRUM.indexOf("1.0000000E+005"))),
                0, "no data points");
    }

    @Test
    void aFractionalCycleNumberIsRefused() {
        Path file = write(dir, "cycle.mpt", CYCLING.replace("1.000000000000000E+000", "1.5"));
        assertFails(importer, file, 9, "whole number");
    }
}
