package org.interphase.io;

/**
 * Builds a {@link MeasuredCycling} from the SI columns an importer read, filling in what the file does not have in one
 * explicit way for every format: time and net charge count from the file's first point; a missing capacity is the
 * trapezoidal integral of the current; a missing cycle number starts a new cycle whenever charging follows a
 * discharge (rests do not count); cycle numbers counted from 0 are shifted to count from 1. The table's values are
 * bounded ({@link Channel#MAX_MAGNITUDE}), so these sums and differences stay finite.
 */
final class CyclingAssembler {

    private static final double SECONDS_PER_HOUR = 3600;

    private CyclingAssembler() {
    }

    /**
     * @param table     the SI values read: TIME, CURRENT and VOLTAGE, and CAPACITY (C) and CYCLE if the file has them
     * @param capacity  net charge (C) the importer worked out itself, or null to take it from the table
     * @param zeroBased whether the file counts cycles from 0; null to decide from the data (a first cycle of 0)
     * @throws ImportException for a cycle 0 in a file that counts from 1
     */
    static MeasuredCycling assemble(NumericTable table, double[] capacity, Boolean zeroBased) {
        double[] time = table.get(Channel.TIME);
        double[] current = table.get(Channel.CURRENT);
        double[] charge = capacity != null ? capacity
                : table.has(Channel.CAPACITY) ? table.get(Channel.CAPACITY) : integrate(time, current);
        int[] cycle = table.has(Channel.CYCLE) ? oneBased(table, zeroBased) : cyclesFromCurrent(current);
        return new MeasuredCycling(table.file(), fromFirst(time, 1), current, table.get(Channel.VOLTAGE),
                fromFirst(charge, 1 / SECONDS_PER_HOUR), cycle);
    }

    /** Values relative to the first one, scaled (coulombs to A h). */
    private static double[] fromFirst(double[] values, double scale) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (values[i] - values[0]) * scale;
        }
        return result;
    }

    /** Charge passed since the first point, C. */
    private static double[] integrate(double[] time, double[] current) {
        double[] charge = new double[time.length];
        for (int i = 1; i < time.length; i++) {
            charge[i] = charge[i - 1] + 0.5 * (current[i] + current[i - 1]) * (time[i] - time[i - 1]);
        }
        return charge;
    }

    private static int[] oneBased(NumericTable table, Boolean zeroBased) {
        double[] cycles = table.get(Channel.CYCLE);
        boolean shift = zeroBased != null ? zeroBased : cycles.length > 0 && cycles[0] == 0;
        int[] result = new int[cycles.length];
        for (int i = 0; i < cycles.length; i++) {
            if (!shift && cycles[i] == 0) {
                throw table.error(i, "cycle 0 in a file whose cycles count from " + (int) cycles[0]
                        + " (on its first row); number the cycles from 0 or from 1 throughout");
            }
            // Channel.CYCLE keeps cycle numbers below Integer.MAX_VALUE, so the shift cannot overflow.
            result[i] = (int) cycles[i] + (shift ? 1 : 0);
        }
        return result;
    }

    private static int[] cyclesFromCurrent(double[] current) {
        int[] cycle = new int[current.length];
        int number = 1;
        boolean discharged = false;
        for (int i = 0; i < current.length; i++) {
            if (current[i] < 0) {
                discharged = true;
            } else if (current[i] > 0 && discharged) {
                number++;
                discharged = false;
            }
            cycle[i] = number;
        }
        return cycle;
    }
}
