package org.interphase.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {

    @TempDir
    Path dir;

    @Test
    void aSpectrumIsWrittenWithUnitsAndReadBackUnchanged() throws IOException {
        MeasuredSpectrum spectrum = new MeasuredSpectrum(dir.resolve("x.mpt"), new double[] {1e5, 0.1},
                new double[] {12.5, 210.25}, new double[] {-0.8, 1 / 3.0});
        Path file = dir.resolve("spectrum.csv");
        CsvExporter.write(spectrum, file);
        assertEquals("frequency_hertz,real_impedance_ohm,imaginary_impedance_ohm", Files.readAllLines(file).get(0));
        MeasuredSpectrum back = (MeasuredSpectrum) DataImporters.read(file);
        assertArrayEquals(spectrum.frequency(), back.frequency());
        assertArrayEquals(spectrum.real(), back.real());
        assertArrayEquals(spectrum.imaginary(), back.imaginary());
    }

    @Test
    void cyclingIsWrittenAsBatteryDataFormat() throws IOException {
        MeasuredCycling cycling = new MeasuredCycling(dir.resolve("x.mpt"), new double[] {0, 36.5, 73},
                new double[] {1e-3, -1e-3, 1e-3}, new double[] {3.5, 3.45, 3.6}, new double[] {0, 1.0e-5, 0},
                new int[] {1, 1, 2});
        Path file = dir.resolve("cycling.csv");
        CsvExporter.write(cycling, file);
        assertEquals("test_time_second,current_ampere,voltage_volt,cycle_count,net_capacity_ah",
                Files.readAllLines(file).get(0));
        MeasuredCycling back = (MeasuredCycling) DataImporters.read(file);
        assertArrayEquals(cycling.time(), back.time());
        assertArrayEquals(cycling.current(), back.current());
        assertArrayEquals(cycling.voltage(), back.voltage());
        assertArrayEquals(cycling.capacity(), back.capacity());
        assertArrayEquals(cycling.cycle(), back.cycle());
        assertEquals(1, Files.list(dir).count(), "no temporary file is left behind");
    }
}
