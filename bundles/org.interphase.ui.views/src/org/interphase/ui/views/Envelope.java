package org.interphase.ui.views;

import java.util.Arrays;

/**
 * Min/max envelope decimation: a long series (a 600 h cell trace has millions of points) reduced to at most two
 * points per pixel column, the lowest and the highest of the column in the order they occur, so the drawn line
 * has every spike and the full band of the original instead of a solid block, at the cost of a few thousand
 * points.
 */
final class Envelope {

    private Envelope() {
    }

    /**
     * The points of ({@code x}, {@code y}) that are the minimum or maximum y of their column, the x range
     * [{@code from}, {@code to}] being split into {@code columns} equal columns; points outside the range are
     * dropped, except the nearest one on each side so the line runs on to the edge. Series of at most
     * 2 × columns points in the range come back unchanged (as copies). x must be ascending.
     *
     * @return {xs, ys}
     */
    static double[][] reduce(double[] x, double[] y, double from, double to, int columns) {
        int first = lowerBound(x, from);
        int last = upperBound(x, to);
        // one point beyond each edge keeps the line running to the plot's border
        int start = Math.max(0, first - 1);
        int end = Math.min(x.length, last + 1);
        if (end - start <= 2 * columns + 2 || !(to > from)) {
            return new double[][] {Arrays.copyOfRange(x, start, end), Arrays.copyOfRange(y, start, end)};
        }
        double[] xs = new double[2 * columns + 2];
        double[] ys = new double[xs.length];
        int k = 0;
        if (start < first) {
            xs[k] = x[start];
            ys[k++] = y[start];
        }
        double scale = columns / (to - from);
        int i = first;
        while (i < last) {
            int column = column(x[i], from, scale, columns);
            int min = i;
            int max = i;
            int j = i + 1;
            while (j < last && column(x[j], from, scale, columns) == column) {
                if (y[j] < y[min]) {
                    min = j;
                }
                if (y[j] > y[max]) {
                    max = j;
                }
                j++;
            }
            int a = Math.min(min, max);
            int b = Math.max(min, max);
            xs[k] = x[a];
            ys[k++] = y[a];
            if (b != a) {
                xs[k] = x[b];
                ys[k++] = y[b];
            }
            i = j;
        }
        if (end > last) {
            xs[k] = x[last];
            ys[k++] = y[last];
        }
        return new double[][] {Arrays.copyOf(xs, k), Arrays.copyOf(ys, k)};
    }

    private static int column(double x, double from, double scale, int columns) {
        return Math.min(columns - 1, (int) ((x - from) * scale));
    }

    /** The first index with x ≥ value. */
    private static int lowerBound(double[] x, double value) {
        int low = 0;
        int high = x.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (x[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The first index with x > value. */
    private static int upperBound(double[] x, double value) {
        int low = 0;
        int high = x.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (x[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
