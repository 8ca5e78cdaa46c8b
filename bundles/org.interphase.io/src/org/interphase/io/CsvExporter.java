package org.interphase.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.core.io.AtomicFiles;

/**
 * Writes measured data as comma-separated text in the Battery Data Format's normative column keys, which name the
 * unit, in SI units and Interphase's sign conventions (which are BDF's): a spectrum as frequency, real and imaginary
 * impedance (negative when capacitive), cycling data as time, current (positive while charging), voltage, cycle count
 * and net capacity. {@link BdfCsvImporter} reads both back. The file is written beside the target
 * and then moved over it, so no reader sees half a file.
 */
public final class CsvExporter {

    static final String SPECTRUM_HEADER = "frequency_hertz,real_impedance_ohm,imaginary_impedance_ohm";
    static final String CYCLING_HEADER = "test_time_second,current_ampere,voltage_volt,cycle_count,net_capacity_ah";

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
