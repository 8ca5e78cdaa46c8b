package org.interphase.sim.cycling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * dU/dx of an open-circuit table, which with the cathode's capacity gives its intercalation capacitance (the
 * low-frequency tail of a full cell's impedance): the slope of the linear segment that holds x.
 */
class OpenCircuitSlopeTest {

    private final OpenCircuitCurve curve = CellFixtures.openCircuit();

    @Test
    void insideASegmentTheSlopeIsThatSegments() {
        assertEquals((3.8022 - 3.9745) / 0.25, curve.slope(0.3), 1e-12);
        assertEquals((2.8186 - 3.6105) / 0.0625, curve.slope(0.95), 1e-12);
    }

    @Test
    void atAPointOfTheTableTheSegmentBelowCountsAndTheEndsKeepTheirOwn() {
        assertEquals((3.8022 - 3.9745) / 0.25, curve.slope(0.5), 1e-12);
        assertEquals((3.9745 - 4.2664) / 0.25, curve.slope(0), 1e-12);
        assertEquals((3.9745 - 4.2664) / 0.25, curve.slope(-0.1), 1e-12);
        assertEquals((2.8186 - 3.6105) / 0.0625, curve.slope(1), 1e-12);
    }
}
