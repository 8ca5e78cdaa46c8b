package org.interphase.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Measured cycling and plating/stripping compared with a simulation: capacity per cycle, voltage against capacity per
 * cycle and voltage against time, on curves whose differences are known.
 */
class CyclingComparisonsTest {

    /**
     * Cycles at 1 A: each charges for 1 h and discharges its own capacity, with V = top − 0.5·q while discharging
     * (q the capacity discharged, A h) and 3.5 V + 0.5·q while charging, sampled every 0.1 h from
     * a first point at rest charge.
     */
    private static GalvanostaticSeries cell(double top, double... discharged) {
        List<double[]> rows = new ArrayList<>();
        rows.add(new double[] {0, 1, 3.5, 0, 1});
        double t = 0;
        double q = 0;
        for (int c = 0; c < discharged.length; c++) {
            for (int k = 1; k <= 10; k++) {
                t += 360;
                q += 0.1;
                rows.add(new double[] {t, 1, 3.5 + 0.05 * k, q, c + 1});
            }
            int steps = (int) Math.round(discharged[c] * 10);
            for (int k = 1; k <= steps; k++) {
                t += 360;
                q -= 0.1;
                rows.add(new double[] {t, -1, top - 0.05 * k, q, c + 1});
            }
        }
        int n = rows.size();
        double[][] columns = new double[5][n];
        int[] cycle = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                columns[j][i] = rows.get(i)[j];
            }
            cycle[i] = (int) rows.get(i)[4];
        }
        return new GalvanostaticSeries(columns[0], columns[1], columns[2], columns[3], cycle);
    }

    @Test
    void eachCycleHasTheCapacityItChargedAndDischarged() {
        List<CycleCapacity> cycles = CyclingCurves.perCycle(cell(4.2, 1.0, 0.8));
        assertEquals(2, cycles.size());
        assertEquals(1.0, cycles.get(0).chargeAh(), 1e-9);
        assertEquals(1.0, cycles.get(0).dischargeAh(), 1e-9);
        assertEquals(0.8, cycles.get(1).dischargeAh(), 1e-9);
        assertEquals(0.8, cycles.get(1).efficiency(), 1e-9);

        List<HalfCycle> second = CyclingCurves.halfCycles(cell(4.2, 1.0, 0.8), List.of(2));
        assertEquals(2, second.size(), "the second cycle's charge and discharge");
        assertTrue(second.get(0).charge());
        assertEquals(0.8, second.get(1).capacity()[second.get(1).capacity().length - 1], 1e-9,
                "each half-cycle counts its capacity from zero");
    }

    @Test
    void theCapacityDeviationIsTheDifferenceOfTheDischargesPerCycle() {
        // simulated 1.0, 0.9, 0.8 A h; measured 0.9, 0.8, 0.8: the simulation is 0.1 A h high on two of three cycles
        CyclingComparison comparison = CyclingComparisons.cycling("2-cycling", "data/cell.csv",
                cell(4.2, 1.0, 0.9, 0.8), cell(4.2, 0.9, 0.8, 0.8));
        Deviation capacity = comparison.dischargeCapacity();
        assertEquals(3, capacity.points());
        assertEquals(Math.sqrt(2 * 0.01 / 3), capacity.rms(), 1e-9);
        assertEquals(0.1, capacity.maxAbs(), 1e-9);
        assertEquals(0.2 / 3, capacity.bias(), 1e-9);
        assertEquals(capacity.rms() / (2.5 / 3), capacity.relativeRms(), 1e-9);
        assertTrue(comparison.summary().startsWith("discharge capacity vs cycle: RMS 81.6 mAh (9.8 %), max 100 mAh"),
                comparison.summary());
    }

    @Test
    void theVoltageDeviationFollowsAShiftOfTheDischargeCurve() {
        // the same capacities; the measured discharge runs 30 mV below the simulated one at every capacity
        CyclingComparison comparison = CyclingComparisons.cycling("2-cycling", "data/cell.csv", cell(4.2, 1.0, 0.9),
                cell(4.17, 1.0, 0.9));
        Deviation voltage = comparison.dischargeVoltage();
        assertEquals(10 + 9, voltage.points(), "every measured discharge point within the simulated curves");
        assertEquals(0.03, voltage.rms(), 1e-9);
        assertEquals(0.03, voltage.bias(), 1e-9);
        assertEquals(0, comparison.dischargeCapacity().rms(), 1e-12);

        CyclingComparison twice = CyclingComparisons.cycling("2-cycling", "data/cell.csv", cell(4.2, 1.0, 0.9),
                cell(4.14, 1.0, 0.9));
        assertEquals(2 * voltage.rms(), twice.dischargeVoltage().rms(), 1e-9, "twice the shift, twice the deviation");
    }

    @Test
    void cyclesOnlyOneSideHasAreNotCompared() {
        // the measurement ran five cycles, the simulation two: only cycles 1 and 2 count
        CyclingComparison comparison = CyclingComparisons.cycling("2-cycling", "data/cell.csv", cell(4.2, 1.0, 0.9),
                cell(4.2, 1.0, 0.9, 0.5, 0.5, 0.5));
        assertEquals(2, comparison.dischargeCapacity().points());
        assertEquals(0, comparison.dischargeCapacity().maxAbs(), 1e-12);
        assertEquals(5, comparison.measuredCycles().size());

        CyclingComparison none = CyclingComparisons.cycling("2-cycling", "data/cell.csv", cell(4.2, 1.0),
                new GalvanostaticSeries(new double[] {0, 1}, new double[] {0, 0}, new double[] {3, 3},
                        new double[] {0, 0}, new int[] {1, 1}));
        assertEquals(0, none.dischargeCapacity().points());
        assertTrue(none.summary().contains("no cycles in common"), none.summary());
    }

    @Test
    void aSymmetricCellIsComparedAtTheMeasuredTimesWithinTheSimulatedRun() {
        // simulated: ±50 mV square wave, 1 h half-cycles, 4 h; measured: ±60 mV, every 0.25 h for 6 h
        double[] time = {0, 3600, 3600, 7200, 7200, 10800, 10800, 14400};
        double[] voltage = {0.05, 0.05, -0.05, -0.05, 0.05, 0.05, -0.05, -0.05};
        int n = 24;
        double[] measuredTime = new double[n];
        double[] measuredVoltage = new double[n];
        for (int i = 0; i < n; i++) {
            measuredTime[i] = 900 * i + 450;
            measuredVoltage[i] = (i / 4) % 2 == 0 ? 0.06 : -0.06;
        }
        GalvanostaticSeries measured = new GalvanostaticSeries(measuredTime, new double[n], measuredVoltage,
                new double[n], new int[n]);
        SymmetricComparison comparison = CyclingComparisons.symmetric("1-plating-stripping", "data/li-li.csv", time,
                voltage, measured);
        assertEquals(16, comparison.voltage().points(), "the 4 h the simulation covers");
        assertEquals(0.01, comparison.voltage().rms(), 1e-9);
        assertEquals(0, comparison.voltage().bias(), 1e-9, "too small on both polarities: no mean offset");
        assertTrue(comparison.summary().startsWith("voltage vs time: RMS 10.0 mV (16.7 %)"), comparison.summary());
    }

    @Test
    void interpolationStaysWithinTheCurve() {
        double[] x = {0, 1, 2};
        double[] y = {0, 10, 40};
        assertEquals(25, CyclingCurves.interpolate(x, y, 1.5), 1e-12);
        assertTrue(Double.isNaN(CyclingCurves.interpolate(x, y, 2.5)));
        assertArrayEquals(new double[] {0, 40}, new double[] {CyclingCurves.interpolate(x, y, 0),
            CyclingCurves.interpolate(x, y, 2)}, 1e-12);
    }
}
