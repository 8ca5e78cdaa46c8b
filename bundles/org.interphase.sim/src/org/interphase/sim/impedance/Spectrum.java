package org.interphase.sim.impedance;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.hipparchus.complex.Complex;
import org.hipparchus.util.FastMath;
import org.interphase.sim.SimulationException;

/**
 * An impedance spectrum: frequencies in Hz and the complex impedance Z = Z' + jZ'' in Ω at each. The points
 * may come in any order (measurements usually run from high to low frequency) but must be distinct, finite
 * and, for frequencies, positive. Immutable: arrays are copied in and out.
 *
 * @param frequencies frequencies in Hz
 * @param impedances  Z in Ω, one per frequency
 */
public record Spectrum(double[] frequencies, Complex[] impedances) {

    /** @throws SimulationException if the spectrum is empty, lengths differ or any value is invalid */
    public Spectrum {
        checkFrequencies(frequencies);
        impedances = Objects.requireNonNull(impedances, "impedances").clone();
        frequencies = frequencies.clone();
        if (impedances.length != frequencies.length) {
            throw new SimulationException("spectrum has " + frequencies.length + " frequencies but "
                    + impedances.length + " impedance values; give one impedance per frequency");
        }
        for (int i = 0; i < impedances.length; i++) {
            if (impedances[i] == null || !Circuit.isFinite(impedances[i])) {
                throw new SimulationException("impedance at " + frequencies[i] + " Hz (point " + i
                        + ") is not a finite complex number: " + impedances[i] + "; remove or repair that point");
            }
        }
    }

    /**
     * @param frequencies frequencies in Hz
     * @param real        Z' in Ω
     * @param imaginary   Z'' in Ω (negative for capacitive behaviour)
     */
    public static Spectrum of(double[] frequencies, double[] real, double[] imaginary) {
        if (real.length != imaginary.length) {
            throw new SimulationException("spectrum has " + real.length + " real and " + imaginary.length
                    + " imaginary parts; give both parts for every point");
        }
        Complex[] z = new Complex[real.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = new Complex(real[i], imaginary[i]);
        }
        return new Spectrum(frequencies, z);
    }

    /**
     * Checks that frequencies form a valid sweep: non-empty, finite, positive and without repeats.
     *
     * @throws SimulationException naming the first offending point
     */
    static void checkFrequencies(double[] frequencies) {
        if (frequencies == null || frequencies.length == 0) {
            throw new SimulationException("spectrum is empty; give at least one frequency");
        }
        Map<Double, Integer> seen = new HashMap<>();
        for (int i = 0; i < frequencies.length; i++) {
            double f = frequencies[i];
            if (!(f > 0) || Double.isInfinite(f)) {
                throw new SimulationException("frequency " + f + " Hz at point " + i
                        + " is invalid; frequencies must be finite and > 0 Hz");
            }
            Integer earlier = seen.putIfAbsent(f, i);
            if (earlier != null) {
                throw new SimulationException("frequency " + f + " Hz appears twice (points " + earlier + " and "
                        + i + "); average or drop the repeated measurement");
            }
        }
    }

    /** @return a copy of the frequencies in Hz */
    @Override
    public double[] frequencies() {
        return frequencies.clone();
    }

    /** @return a copy of the impedances in Ω */
    @Override
    public Complex[] impedances() {
        return impedances.clone();
    }

    /** @return the number of points */
    public int size() {
        return frequencies.length;
    }

    /** @return the frequency of point {@code i} in Hz */
    public double frequency(int i) {
        return frequencies[i];
    }

    /** @return the impedance of point {@code i} in Ω */
    public Complex impedance(int i) {
        return impedances[i];
    }

    /** @return ω = 2πf in rad/s for each point */
    public double[] angularFrequencies() {
        return Arrays.stream(frequencies).map(f -> 2 * FastMath.PI * f).toArray();
    }

    /** @return Z' in Ω (Nyquist abscissa) */
    public double[] realParts() {
        return Arrays.stream(impedances).mapToDouble(Complex::getReal).toArray();
    }

    /** @return Z'' in Ω, negative for capacitive behaviour */
    public double[] imaginaryParts() {
        return Arrays.stream(impedances).mapToDouble(Complex::getImaginary).toArray();
    }

    /** @return −Z'' in Ω (Nyquist ordinate, so that capacitive arcs plot upwards) */
    public double[] negativeImaginaryParts() {
        return Arrays.stream(impedances).mapToDouble(z -> -z.getImaginary()).toArray();
    }

    /** @return |Z| in Ω (Bode magnitude) */
    public double[] moduli() {
        return Arrays.stream(impedances).mapToDouble(Complex::norm).toArray();
    }

    /** @return the phase of Z in degrees, in (−180, 180]; negative for capacitive behaviour (Bode phase) */
    public double[] phasesDegrees() {
        return Arrays.stream(impedances).mapToDouble(z -> FastMath.toDegrees(z.getArgument())).toArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Spectrum that && Arrays.equals(frequencies, that.frequencies)
                && Arrays.equals(impedances, that.impedances);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(frequencies) + Arrays.hashCode(impedances);
    }

    @Override
    public String toString() {
        return "Spectrum[" + frequencies.length + " points, " + Arrays.stream(frequencies).max().getAsDouble()
                + " Hz .. " + Arrays.stream(frequencies).min().getAsDouble() + " Hz]";
    }
}
