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
