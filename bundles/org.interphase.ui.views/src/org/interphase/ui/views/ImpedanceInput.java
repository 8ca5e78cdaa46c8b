package org.interphase.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.interphase.model.run.ImpedanceContribution;
import org.interphase.model.run.ImpedanceResult;
import org.interphase.sim.impedance.Spectrum;
import org.interphase.sim.stack.StackContribution;
import org.interphase.sim.stack.StackImpedance;

/**
 * What the impedance view plots: the cell's spectrum and one spectrum per labelled contribution (layer bulk,
 * grain boundary, charge transfer, ...). Points with a non-finite frequency or impedance are left out when the
 * input is made and counted in {@link #droppedPoints()}, so no NaN reaches a chart.
 *
 * @param title         e.g. "PaaPeoLifetime 1-impedance (PaaPeoSymmetric)"
 * @param total         the cell's spectrum
 * @param contributions the contributions in stack order
 * @param droppedPoints how many points were left out as non-finite
 */
public record ImpedanceInput(String title, Curve total, List<Curve> contributions, int droppedPoints) {

    /** Label of the cell's spectrum in the legend and the CSV. */
    public static final String TOTAL = "Total";

    /**
     * One spectrum, from the highest to the lowest frequency as swept.
     *
     * @param label     legend label
     * @param frequency f, Hz
     * @param real      Z', Ω
     * @param imaginary Z'', Ω (negative for capacitive arcs)
     */
    public record Curve(String label, double[] frequency, double[] real, double[] imaginary) {
        public Curve {
            Objects.requireNonNull(label, "label");
            if (frequency.length != real.length || real.length != imaginary.length) {
                throw new IllegalArgumentException("curve " + label + " has arrays of different lengths");
            }
            frequency = frequency.clone();
            real = real.clone();
            imaginary = imaginary.clone();
        }

        public int size() {
            return frequency.length;
        }

        /** −Z'', Ω, as a Nyquist plot shows it. */
        public double[] negativeImaginary() {
            double[] result = new double[imaginary.length];
            for (int i = 0; i < result.length; i++) {
                result[i] = -imaginary[i];
            }
            return result;
        }

        /** |Z|, Ω. */
        public double[] modulus() {
            double[] result = new double[real.length];
            for (int i = 0; i < result.length; i++) {
                result[i] = Math.hypot(real[i], imaginary[i]);
            }
            return result;
        }

        /** The phase of Z, degrees. */
        public double[] phaseDegrees() {
            double[] result = new double[real.length];
            for (int i = 0; i < result.length; i++) {
                result[i] = Math.toDegrees(Math.atan2(imaginary[i], real[i]));
            }
            return result;
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
    }

    public ImpedanceInput {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(total, "total");
        contributions = List.copyOf(contributions);
    }

    /** All curves, the total first. */
    public List<Curve> curves() {
        List<Curve> all = new ArrayList<>();
        all.add(total);
        all.addAll(contributions);
        return all;
    }

    /**
     * How far right each contribution is moved on the Nyquist plot so that the arcs sit side by side along the
     * cell's spectrum, as they add up in series: the contributions ordered by the frequency of their arc's top
     * (highest first; ties in stack order), each shifted by the summed resistance (the low-frequency Z') of those
     * before it.
     *
     * @return one shift in Ω per contribution, in the order of {@link #contributions()}
     */
    public double[] nyquistShifts() {
        int n = contributions.size();
        Integer[] order = new Integer[n];
        double[] peak = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            peak[i] = peakFrequency(contributions.get(i));
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(peak[b], peak[a]));
        double[] shifts = new double[n];
        double sum = 0;
        for (int index : order) {
            shifts[index] = sum;
            sum += lowFrequencyResistance(contributions.get(index));
        }
        return shifts;
    }

    /** The frequency where −Z'' is largest (0 if the curve never rises above the axis). */
    static double peakFrequency(Curve curve) {
        double best = 0;
        double frequency = 0;
        for (int i = 0; i < curve.size(); i++) {
            if (-curve.imaginary[i] > best) {
                best = -curve.imaginary[i];
                frequency = curve.frequency[i];
            }
        }
        // A pure capacitance or a diffusion tail rises towards low frequency: it goes last.
        int lowest = lowestFrequencyIndex(curve);
        return lowest >= 0 && curve.frequency[lowest] == frequency && curve.real[lowest] < best ? 0 : frequency;
    }

    /** Z' at the lowest frequency of the sweep, Ω: the resistance of an arc. */
    static double lowFrequencyResistance(Curve curve) {
        int lowest = lowestFrequencyIndex(curve);
        return lowest < 0 ? 0 : Math.max(0, curve.real[lowest]);
    }

    private static int lowestFrequencyIndex(Curve curve) {
        int lowest = -1;
        for (int i = 0; i < curve.size(); i++) {
            if (lowest < 0 || curve.frequency[i] < curve.frequency[lowest]) {
                lowest = i;
            }
        }
        return lowest;
    }

    /** From an engine result, keeping only finite points. */
    public static ImpedanceInput of(String title, StackImpedance impedance) {
        int[] dropped = {0};
        Curve total = finite(TOTAL, impedance.spectrum(), dropped);
        List<Curve> parts = new ArrayList<>();
        for (StackContribution contribution : impedance.contributions()) {
            parts.add(finite(contribution.label(), contribution.spectrum(), dropped));
        }
        return new ImpedanceInput(title, total, parts, dropped[0]);
    }

    /** From a saved run's impedance result, keeping only finite points; contributions share its frequencies. */
    public static ImpedanceInput of(String title, ImpedanceResult result) {
        int[] dropped = {0};
        double[] f = array(result.getFrequency());
        Curve total = finite(TOTAL, f, array(result.getReal()), array(result.getImaginary()), dropped);
        List<Curve> parts = new ArrayList<>();
        for (ImpedanceContribution contribution : result.getContributions()) {
            parts.add(finite(contribution.getLabel(), f, array(contribution.getReal()),
                    array(contribution.getImaginary()), dropped));
        }
        return new ImpedanceInput(title, total, parts, dropped[0]);
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A curve of the finite points of the given arrays; {@code dropped[0]} counts the others. */
    public static Curve finite(String label, double[] f, double[] re, double[] im, int[] dropped) {
        int n = Math.min(f.length, Math.min(re.length, im.length));
        double[] ff = new double[n];
        double[] rr = new double[n];
        double[] ii = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(f[i]) && f[i] > 0 && Double.isFinite(re[i]) && Double.isFinite(im[i])) {
                ff[k] = f[i];
                rr[k] = re[i];
                ii[k] = im[i];
                k++;
            }
        }
        dropped[0] += Math.max(f.length, Math.max(re.length, im.length)) - k;
        return new Curve(label, java.util.Arrays.copyOf(ff, k), java.util.Arrays.copyOf(rr, k),
                java.util.Arrays.copyOf(ii, k));
    }

    private static Curve finite(String label, Spectrum spectrum, int[] dropped) {
        return finite(label, spectrum.frequencies(), spectrum.realParts(), spectrum.imaginaryParts(), dropped);
    }
}
