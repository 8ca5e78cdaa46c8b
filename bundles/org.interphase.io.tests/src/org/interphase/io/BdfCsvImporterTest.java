package org.interphase.io;

import static org.interphase.io.TestFiles.assertFails;
import static org.interphase.io.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BdfCsvImporterTest {

    /**
     * The columns of org.interphase.sim's CyclingCsv.writeBdf rows, in their order: time, current, voltage, net
     * capacity, cycle, step (this bundle must not depend on sim, so the file is written here by hand).
     */
    private static final String SIMULATED_HEADER =
            "Test Time / s,Current / A,Voltage / V,Net Capacity / Ah,Cycle Count / 1,Step Index / 1\n";

    private final BdfCsvImporter importer = new BdfCsvImporter();

    @TempDir
    Path dir;

    /** A row as CyclingCsv writes it: "%.9g" numbers in the root locale, whole cycle and step. */
    private static String simulatedRow(double time, double current, double voltage, double capacity, int cycle,
            int step) {
        return number(time) + "," + number(current) + "," + number(voltage) + "," + number(capacity) + "," + cycle
                + "," + step + "\n";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.9g", value);
    }

    private static String simulated() {
        return SIMULATED_HEADER + simulatedRow(0, 1e-3, 3.5, 0, 1, 1) + simulatedRow(3600, 1e-3, 4.2, 1e-3, 1, 1)
                + simulatedRow(7200, -1e-3, 3.0, 0, 1, 2) + simulatedRow(10800, 1e-3, 4.2, 1e-3, 2, 1);
    }

    @Test
    void whatTheSimulatorWritesIsReadBack() {
        MeasuredCycling c = (MeasuredCycling) importer.read(write(dir, "run-bdf.csv", simulated()));
        assertArrayEquals(new double[] {0, 3600, 7200, 10800}, c.time(), 1e-9);
        assertArrayEquals(new double[] {1e-3, 1e-3, -1e-3, 1e-3}, c.current(), 1e-15);
        assertArrayEquals(new double[] {3.5, 4.2, 3.0, 4.2}, c.voltage(), 1e-12);
        assertArrayEquals(new double[] {0, 1e-3, 0, 1e-3}, c.capacity(), 1e-15);
        assertArrayEquals(new int[] {1, 1, 1, 2}, c.cycle());
    }

    @Test
    void aHeaderThatDoesNotMatchItsRowsIsRefusedRatherThanMisread() {
        // Capacity written under "Cycle Index": the first non-zero capacity is not a whole cycle number.
        String mislabelled = simulated().replace(SIMULATED_HEADER,
                "Test Time / s,Current / A,Voltage / V,Cycle Index,Step Index,Net Capacity / Ah\n");
        assertFails(importer, write(dir, "mislabelled.csv", mislabelled), 3,
                "column 'Cycle Index' holds '0.00100000000', but a cycle number is a whole number from 0 up");
    }

    @Test
    void unitsInTheLabelsAreConvertedAndZeroBasedCyclesShifted() {
        String file = """
                Test Time / h,Voltage / V,Current / mA,Cycle Count / 1
                0,3.5,2,0
                0.5,4.1,2,0
                1.0,3.2,-2,1
                """;
        MeasuredCycling c = (MeasuredCycling) importer.read(write(dir, "cell.csv", file));
        assertArrayEquals(new double[] {0, 1800, 3600}, c.time(), 1e-9);
        assertArrayEquals(new double[] {2e-3, 2e-3, -2e-3}, c.current(), 1e-15);
        assertArrayEquals(new int[] {1, 1, 2}, c.cycle());
        // No capacity column: the integral of the current, 2 mA for half an hour is 1 mA h.
        assertArrayEquals(new double[] {0, 1e-3, 1e-3}, c.capacity(), 1e-15);
    }

    @Test
    void theNetChargeIsChargedMinusDischargedThroughput() {
        String file = """
                Test Time / s,Current / A,Voltage / V,Charging Capacity / Ah,Discharging Capacity / Ah
                0,0.001,3.5,0,0
                3600,0.001,4.2,0.001,0
                7200,-0.001,3.0,0.001,0.0008
                """;
        MeasuredCycling c = (MeasuredCycling) importer.read(write(dir, "cell.csv", file));
        assertArrayEquals(new double[] {0, 1e-3, 2e-4}, c.capacity(), 1e-15);
        // Without a cycle column a new cycle begins where charging follows a discharge: here there is none.
        assertArrayEquals(new int[] {1, 1, 1}, c.cycle());
    }

    @Test
    void aTruncatedLastRowIsReportedOnItsLine() {
        String cut = TestFiles.truncated(simulated(), 30);
        assertFails(importer, write(dir, "cut.csv", cut), 5, "cut short");
    }

    @Test
    void aMissingRequiredColumnListsTheHeader() {
        String file = simulated().replace("Voltage / V", "Potential / V");
        assertFails(importer, write(dir, "cols.csv", file), 1, "no voltage column: expected one named Voltage / V or "
                + "voltage_volt; "
                + "the header has: Test Time / s, Current / A, Potential / V, Net Capacity / Ah, Cycle Count / 1, "
                + "Step Index / 1");
    }

    @Test
    void aWrongUnitIsRefused() {
        assertFails(importer, write(dir, "units.csv", simulated().replace("Current / A", "Current / Ah")), 1,
                "column 'Current / Ah': the current column is in 'Ah', a charge (C), but current needs a current");
    }

    @Test
    void nonNumericAndEmptyCellsAreRefused() {
        String[] lines = simulated().split("\n");
        String nan = simulated().replace(lines[3], lines[3].replaceFirst("^[^,]*", "NaN"));
        assertFails(importer, write(dir, "nan.csv", nan), 4, "column 'Test Time / s' holds 'NaN', not a number");
        String empty = simulated().replace(lines[2], lines[2].replaceFirst(",[^,]*,", ",,"));
        assertFails(importer, write(dir, "empty-cell.csv", empty), 3, "column 'Current / A' is empty");
    }

    @Test
    void anEmptyFileOrAHeaderWithoutRowsIsRefused() {
        assertFails(importer, write(dir, "empty.csv", "\n"), 0, "the file is empty");
        assertFails(importer, write(dir, "header.csv", SIMULATED_HEADER), 0, "no data points");
    }
}
