package org.interphase.io;

import java.nio.file.Path;

/**
 * A measured impedance spectrum in the convention of the simulated ones: frequencies in Hz, Re Z and Im Z in Ω, Im Z
 * negative for a capacitive arc (instruments that export −Im Z are converted by their importer).
 *
 * @param file      where it came from
 * @param frequency Hz, as measured (usually from high to low)
 * @param real      Re Z, Ω
 * @param imaginary Im Z, Ω (negative when capacitive)
 */
public record MeasuredSpectrum(Path file, double[] frequency, double[] real, double[] imaginary)
        implements MeasuredData {

    public MeasuredSpectrum {
        MeasuredArrays.check(file, frequency, real, imaginary);
        frequency = frequency.clone();
        real = real.clone();
        imaginary = imaginary.clone();
    }

    /** The spectrum of a table with FREQUENCY, REAL and IMAGINARY columns. */
    static MeasuredSpectrum of(NumericTable table) {
        return new MeasuredSpectrum(table.file(), table.get(Channel.FREQUENCY), table.get(Channel.REAL),
                table.get(Channel.IMAGINARY));
    }

    @Override
    public double[] frequency() {
        return frequency.clone();
    }

    @Override
    public double[] real() {
        return real.clone();
    }

    @Override
    public double[] imaginary() {
        return imaginary.clone();
    }

    @Override
    public int size() {
        return frequency.length;
    }
}
