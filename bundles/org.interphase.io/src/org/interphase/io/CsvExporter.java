package org.interphase.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.core.io.AtomicFiles;

/**
 * Writes measured data as comma-separated text with each column's unit in its heading, in SI units and Interphase's
 * sign conventions: a spectrum as "Frequency / Hz,Re Z / Ohm,Im Z / Ohm" (Im Z negative when capacitive), cycling
 * data in Battery Data Format columns, which {@link BdfCsvImporter} reads back. The file is written beside the target
 * and then moved over it, so no reader sees half a file.
 */
public final class CsvExporter {

    static final String SPECTRUM_HEADER = "Frequency / Hz,Re Z / Ohm,Im Z / Ohm";
    static final String CYCLING_HEADER = "Test Time / s,Current / A,Voltage / V,Cycle Count / 1,Net Capacity / Ah";

    private CsvExporter() {
    }

    public static void write(MeasuredData data, Path file) throws IOException {
        AtomicFiles.write(file, temporary -> {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                switch (data) {
                    case MeasuredSpectrum s -> rows(out, SPECTRUM_HEADER, s.frequency(), s.real(), s.imaginary());
                    case MeasuredCycling c -> rows(out, CYCLING_HEADER, c.time(), c.current(), c.voltage(),
                            asDoubles(c.cycle()), c.capacity());
                }
            }
        });
    }

    private static void rows(Writer out, String header, double[]... columns) throws IOException {
        out.write(header + "\n");
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < columns[0].length; i++) {
            row.setLength(0);
            for (int c = 0; c < columns.length; c++) {
                row.append(c == 0 ? "" : ",").append(number(columns[c][i]));
            }
            out.write(row.append('\n').toString());
        }
    }

    /** Shortest text that reads back to the same double; whole numbers (cycles) without a fraction. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static double[] asDoubles(int[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }
}
