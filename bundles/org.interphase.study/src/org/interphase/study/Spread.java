package org.interphase.study;

import java.util.Arrays;

/**
 * The distribution of one output over Monte Carlo samples: how many ran, mean, standard deviation (n − 1), the 5 %
 * and 95 % percentiles (linear between order statistics), least and greatest value, and its histogram. Missing values
 * (NaN: a sample that failed or did not report the output) are left out; with none left every statistic is NaN.
 */
public record Spread(int count, double mean, double deviation, double p5, double p95, double min, double max) {

    /** The spread of the values that are numbers. */
    public static Spread of(double[] samples) {
        double[] sorted = Arrays.stream(samples).filter(Double::isFinite).sorted().toArray();
        int n = sorted.length;
        if (n == 0) {
            return new Spread(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Arrays.stream(sorted).average().orElseThrow();
        double squares = Arrays.stream(sorted).map(x -> (x - mean) * (x - mean)).sum();
        double deviation = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
        return new Spread(n, mean, deviation, percentile(sorted, 0.05), percentile(sorted, 0.95), sorted[0],
                sorted[n - 1]);
    }

    /** The {@code p}-quantile of sorted values, interpolated between the two nearest ranks. */
    static double percentile(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    /**
     * How many of the values fall in each of {@code bins} equal bins from {@link #min} to {@link #max}, the last bin
     * closed; values outside (or NaN) are not counted. All in the first bin when every value is the same.
     */
    public int[] histogram(double[] samples, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin, got " + bins);
        }
        int[] counts = new int[bins];
        double width = (max - min) / bins;
        for (double x : samples) {
            if (x >= min && x <= max) {
                counts[width > 0 ? Math.min(bins - 1, (int) ((x - min) / width)) : 0]++;
            }
        }
        return counts;
    }

    /** Bins for {@code count} samples by Sturges' rule (1 + log₂ n), at least 1. */
    public static int bins(int count) {
        return count < 2 ? 1 : 1 + (int) Math.ceil(Math.log(count) / Math.log(2));
    }
}
