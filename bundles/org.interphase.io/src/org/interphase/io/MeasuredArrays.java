package org.interphase.io;

import java.nio.file.Path;

/** The invariants every measured record keeps, so that no view ever plots a NaN or mismatched series. */
final class MeasuredArrays {

    private MeasuredArrays() {
    }

    static void check(Path file, double[]... columns) {
        int n = columns[0].length;
        if (n == 0) {
            throw new ImportException(file, 0, "the file holds no data points");
        }
        for (double[] column : columns) {
            if (column.length != n) {
                throw new IllegalArgumentException("all columns of a measured record need one value per point");
            }
            for (double value : column) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("measured values must be finite numbers");
                }
            }
        }
    }
}
