package org.interphase.sim.growth;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hipparchus.analysis.interpolation.LinearInterpolator;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;
import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;

/**
 * Saturated growth per cycle against deposition temperature, as reported: one or more samples and,
 * where a source gives one, the ALD window. Between samples the GPC is interpolated linearly; outside
 * them it stays at the nearest sample (a reported value is the best available guess, and the growth
 * models warn when they use it there). A single sample therefore means a flat GPC.
 *
 * @param samples GPC samples, at distinct temperatures
 * @param window  temperature range of self-limited growth, if known
 */
public record GpcTable(List<Sample> samples, Optional<TemperatureWindow> window) {

    /**
     * Temperatures closer than this are the same temperature: sources round them to a degree.
     */
    static final double SAME_TEMPERATURE_K = 0.5;

    /**
     * One reported growth per cycle.
     *
     * @param temperature deposition temperature in K
     * @param gpc         saturated thickness per cycle in m
     */
    public record Sample(double temperature, double gpc) {

        public Sample {
            InputChecks.temperature(temperature, "GPC sample temperature");
            InputChecks.positive(gpc, "saturated GPC", "metres per cycle");
        }
    }

    /**
     * The temperature range of self-limited growth.
     *
     * @param min lower end in K
     * @param max upper end in K, not below {@code min}
     */
    public record TemperatureWindow(double min, double max) {

        public TemperatureWindow {
            InputChecks.temperature(min, "lower end of the ALD window");
            InputChecks.temperature(max, "upper end of the ALD window");
            if (min > max) {
                throw new SimulationException("ALD window " + Format.celsius(min) + " .. " + Format.celsius(max)
                        + " is reversed; give the lower end first");
            }
        }
    }

    public GpcTable {
        Objects.requireNonNull(samples, "GPC samples");
        Objects.requireNonNull(window, "ALD window (Optional.empty() when unknown)");
        if (samples.isEmpty()) {
            throw new SimulationException("a GPC table needs at least one saturated GPC at a temperature");
        }
        samples = samples.stream().sorted(Comparator.comparingDouble(Sample::temperature)).toList();
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i).temperature() - samples.get(i - 1).temperature() < SAME_TEMPERATURE_K) {
                throw new SimulationException("two GPC values are given at " + Format.celsius(samples.get(i).temperature())
                        + "; give one value per temperature");
            }
        }
    }

    /** A flat GPC known at one temperature, without a window. */
    public static GpcTable single(double temperature, double gpc) {
        return new GpcTable(List.of(new Sample(temperature, gpc)), Optional.empty());
    }

    /** The saturated GPC in m per cycle at a temperature in K, interpolated or held at the nearest sample. */
    public double at(double temperature) {
        Sample first = samples.get(0);
        Sample last = samples.get(samples.size() - 1);
        if (temperature <= first.temperature()) {
            return first.gpc();
        }
        if (temperature >= last.temperature()) {
            return last.gpc();
        }
        double[] t = samples.stream().mapToDouble(Sample::temperature).toArray();
        double[] g = samples.stream().mapToDouble(Sample::gpc).toArray();
        PolynomialSplineFunction line = new LinearInterpolator().interpolate(t, g);
        return line.value(temperature);
    }

    /** Whether a temperature lies within the reported samples (to the rounding of reported temperatures). */
    boolean sampledAt(double temperature) {
        return temperature >= samples.get(0).temperature() - SAME_TEMPERATURE_K
                && temperature <= samples.get(samples.size() - 1).temperature() + SAME_TEMPERATURE_K;
    }

    /** The sampled temperatures in words, e.g. "250 °C" or "200 °C .. 300 °C". */
    String sampledRange() {
        String low = Format.celsius(samples.get(0).temperature());
        return samples.size() == 1 ? low : low + " .. " + Format.celsius(samples.get(samples.size() - 1).temperature());
    }
}
