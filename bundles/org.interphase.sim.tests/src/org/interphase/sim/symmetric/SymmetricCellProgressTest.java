package org.interphase.sim.symmetric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.interphase.core.provenance.Source;
import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Quantity;
import org.interphase.sim.electrochem.RecordingMonitor;
import org.interphase.sim.electrochem.RunCancelledException;
import org.interphase.sim.stack.Arrhenius;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.Electrode;
import org.interphase.sim.stack.LayerMaterial;
import org.interphase.sim.stack.StackLayer;
import org.junit.jupiter.api.Test;

/** Progress and cancellation of the engine, on a hand-made Li | 1 mm electrolyte | Li cell. */
class SymmetricCellProgressTest {

    private static final double HOUR = 3600;
    private static final Source TEST = Source.of("[test]", "values of this test", "");
    private static final SymmetricCellModel MODEL = new SymmetricCellModel(sourced("cut-off", 2, "V"),
            Optional.empty(), sourced("critical stripping current", 0.2, "mA/cm2"), sourced("pressure", 3, "MPa"),
            sourced("void roughness", 1, "µm"), sourced("Li volume per charge", 1.3e-11, "m3/C"),
            1e-9, 0.9);
    private static final SymmetricCellEngine ENGINE = new SymmetricCellEngine(MODEL);

    private static SourcedQuantity sourced(String name, double value, String unit) {
        return new SourcedQuantity(name, Quantity.of(value, unit), TEST, "");
    }

    /** 0.1 mA/cm² through 1 mm of a 0.07 S/m conductor on 1 cm², for {@code hours}. */
    private static SymmetricCellInput experiment(double hours, int pointsPerHalfCycle) {
        LayerMaterial electrolyte = new LayerMaterial("X", Arrhenius.atOneTemperature("σ of X", 0.07, 298.15), 60);
        CellStack stack = new CellStack(Electrode.nonBlocking("Li"), List.of(StackLayer.of("X", electrolyte, 1e-3)),
                Electrode.nonBlocking("Li"), 1e-4, 298.15);
        return new SymmetricCellInput(stack, 1, HOUR, hours * HOUR, pointsPerHalfCycle,
                MODEL.referencePressure().value().si(), List.of());
    }

    @Test
    void aMonitorThatCancelsStopsTheRunAtTheFirstCheck() {
        RecordingMonitor cancelAfterFirst = RecordingMonitor.cancellingAfter(1);
        assertThrows(RunCancelledException.class, () -> ENGINE.run(experiment(600, 20), cancelAfterFirst));
        List<String> messages = cancelAfterFirst.messages();
        assertEquals(1, messages.size(), () -> "progress calls before stopping: " + messages);
    }

    @Test
    void progressRisesFromZeroToOne() {
        RecordingMonitor recorder = RecordingMonitor.neverCancelling();
        ENGINE.run(experiment(10, 2), recorder);
        List<Double> fractions = recorder.fractions();
        assertEquals(0.0, fractions.get(0));
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        for (int k = 1; k < fractions.size(); k++) {
            assertTrue(fractions.get(k) >= fractions.get(k - 1), () -> "progress " + fractions);
        }
    }
}
