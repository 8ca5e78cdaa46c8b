package org.interphase.sim.symmetric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.interphase.core.provenance.Source;
import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Quantity;
import org.interphase.sim.SimulationException;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.stack.Arrhenius;
import org.interphase.sim.stack.CellCondition;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.Electrode;
import org.interphase.sim.stack.LayerMaterial;
import org.interphase.sim.stack.StackLayer;
import org.junit.jupiter.api.Test;

/**
 * CCD ramps on a Li | 1 mm electrolyte | Li cell with a CCD of 0.28 mA/cm² and voids above 0.2 mA/cm² at 3 MPa,
 * against the void model worked by hand.
 */
class CurrentRampTest {

    private static final double HOUR = 3600;
    private static final double MPA = 1e6;
    private static final Source TEST = Source.of("[test]", "values of this test", "");
    /** 1/(3860 mAh/g · 0.53 g/cm³): 4.89 µm of Li per mAh/cm². */
    private static final double LI_VOLUME_PER_CHARGE = 1 / (3860 * 3.6 * 1000 * 530);
    private static final SymmetricCellModel MODEL = new SymmetricCellModel(sourced("cut-off", 2, "V"),
            Optional.of(sourced("CCD", 0.28, "mA/cm2")), sourced("critical stripping current", 0.2, "mA/cm2"),
            sourced("pressure", 3, "MPa"), sourced("void roughness", 1, "µm"),
            sourced("Li volume per charge", LI_VOLUME_PER_CHARGE, "m3/C"), 1e-9, 0.9);

    private static SourcedQuantity sourced(String name, double value, String unit) {
        return new SourcedQuantity(name, Quantity.of(value, unit), TEST, "");
    }

    /** From 0.05 mA/cm² up by 0.05 mA/cm² every cycle of two 1 h half-cycles, for up to 40 h, at {@code mpa}. */
    private static CurrentRamp ramp(double mpa) {
        LayerMaterial electrolyte = new LayerMaterial("X", Arrhenius.atOneTemperature("σ of X", 0.07, 298.15), 60);
        CellStack stack = new CellStack(Electrode.nonBlocking("Li"), List.of(StackLayer.of("X", electrolyte, 1e-3)),
                Electrode.nonBlocking("Li"), 1e-4, 298.15);
        return new CurrentRamp(new SymmetricCellInput(stack, 0.5, HOUR, 40 * HOUR, 10, mpa * MPA, List.of()), 0.5,
                2 * HOUR);
    }

    private static double ccd(CurrentRamp ramp) {
        return ramp.run(MODEL, CellCondition.ASSEMBLED, RunMonitor.NONE).criticalCurrentDensity().orElseThrow();
    }

    @Test
    void voidsAboveTheCriticalStrippingCurrentShortTheCellBelowItsCcd() {
        // At 0.25 mA/cm² one hour of stripping opens v·(0.25 − 0.2 mA/cm²)·1 h = 0.24 µm of voids: 80 % contact,
        // so plating on that electrode runs at 0.31 mA/cm² locally, above the 0.28 mA/cm² CCD.
        CurrentRamp.Result result = ramp(3).run(MODEL, CellCondition.ASSEMBLED, RunMonitor.NONE);
        assertEquals(2.5, result.criticalCurrentDensity().orElseThrow(), 1e-12);
        assertArrayEquals(new double[] {0.5, 1, 1.5, 2, 2.5}, result.currentDensities(), 1e-12);
        SymmetricCellEvent shorted = result.curve().firstEvent(SymmetricCellEvent.Kind.SHORT_CIRCUIT).orElseThrow();
        assertEquals(9 * HOUR, shorted.time(), 1e-6, "at the start of the second half-cycle of the fifth step");
        assertEquals(9 * HOUR, result.curve().lifetime(), 1e-6);
    }

    @Test
    void higherStackPressureRaisesTheCcdToTheInterfacesOwn() {
        // At 10 MPa Li creep refills up to 0.67 mA/cm²: no voids, so the ramp shorts at the first step above 0.28.
        double low = ccd(ramp(3));
        double high = ccd(ramp(10));
        assertEquals(3, high, 1e-12);
        assertTrue(high > low);
    }

    @Test
    void aCellThatNeverShortsHasNoCcd() {
        SymmetricCellModel noCcd = new SymmetricCellModel(MODEL.cutoffVoltage(), Optional.empty(),
                MODEL.criticalStrippingCurrentDensity(), MODEL.referencePressure(), MODEL.voidRoughness(),
                MODEL.lithiumVolumePerCharge(), 1e-9, 0.9);
        CurrentRamp.Result result = ramp(10).run(noCcd, CellCondition.ASSEMBLED, RunMonitor.NONE);
        assertTrue(result.criticalCurrentDensity().isEmpty());
        assertEquals(20, result.currentDensities().length);
        assertEquals(40 * HOUR, result.curve().lifetime(), 1e-6);
    }

    @Test
    void aStepOfPartCyclesIsRefused() {
        SymmetricCellInput first = ramp(3).first();
        assertThrows(SimulationException.class, () -> new CurrentRamp(first, 0.5, 3 * HOUR));
    }
}
