package org.interphase.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class MeasuredRecordsTest {

    private static final Path FILE = Path.of("cell.mpt");

    @Test
    void anEmptyFileIsReportedWithItsName() {
        ImportException e = assertThrows(ImportException.class,
                () -> new MeasuredSpectrum(FILE, new double[0], new double[0], new double[0]));
        assertEquals("cell.mpt: the file holds no data points", e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void aNotANumberNeverReachesAPlot() {
        assertThrows(IllegalArgumentException.class,
                () -> new MeasuredSpectrum(FILE, new double[] {1e3}, new double[] {Double.NaN}, new double[] {-1}));
    }

    @Test
    void columnsOfDifferentLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MeasuredCycling(FILE, new double[] {0, 1},
                new double[] {1, 1}, new double[] {3.4, 3.5}, new double[] {0, 1e-6}, new int[] {1}));
    }
}
