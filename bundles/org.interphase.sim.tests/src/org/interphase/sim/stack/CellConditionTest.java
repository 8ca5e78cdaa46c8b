package org.interphase.sim.stack;

import static org.interphase.sim.stack.StackFixtures.ONE_CM2;
import static org.interphase.sim.stack.StackFixtures.ROOM;
import static org.interphase.sim.stack.StackFixtures.between;
import static org.interphase.sim.stack.StackFixtures.contact;
import static org.interphase.sim.stack.StackFixtures.material;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/**
 * The stack an impedance sees after earlier measurements: layers at the thickness they reached, grown and lithiated
 * sublayers on the right side, and contacts with the area they kept; each resistance follows R = t/(σA) and
 * R_ct = RT/(F·i₀·f·A).
 */
class CellConditionTest {

    private static final LayerMaterial COATING = material("coat", 1e-6, 9);
    private static final LayerMaterial LITHIATED = material("coat, lithiated", 6e-6, 9);
    private static final LayerMaterial ELECTROLYTE = material("X", 1e-2, 10);
    private static final LayerMaterial MCI = material("mci", 1e-4, 10);

    private static CellStack stack() {
        return between(List.of(contact("Li|coat", 10), StackLayer.of("coat", COATING, 10e-9),
                StackLayer.of("X", ELECTROLYTE, 1e-3), contact("X|Li", 10)), ONE_CM2);
    }

    private static double resistance(StackImpedance impedance, String label) {
        return impedance.contributions().stream().filter(c -> c.label().equals(label))
                .mapToDouble(StackContribution::resistance).findFirst().orElseThrow();
    }

    @Test
    void theAssembledConditionLeavesTheStackAsItIs() {
        CellStack stack = stack();
        assertSame(stack, CellCondition.ASSEMBLED.applyTo(stack));
    }

    @Test
    void aChangedCellHasItsLayersAndContactsAsTheMeasurementLeftThem() {
        CellCondition condition = new CellCondition(Map.of("X", 0.9e-3),
                List.of(new CellCondition.GrownLayer(StackLayer.of("X interphase", MCI, 50e-9), "X", true)),
                // Written in the other order than the stack's "X|Li": a full cell's engine labels cathode first.
                Map.of("Li|X", 0.5), Map.of("coat", new CellCondition.Lithiation(4e-9, LITHIATED, true)),
                OptionalDouble.empty(), OptionalDouble.empty());
        CellStack before = stack();
        CellStack after = condition.applyTo(before);
        StackImpedance was = StackCircuitBuilder.simulate(before, new double[] {1});
        StackImpedance is = StackCircuitBuilder.simulate(after, new double[] {1});

        assertAll(() -> assertEquals(List.of("Li|coat", "coat, lithiated", "coat", "X interphase", "X", "X|Li"),
                after.parts().stream().map(StackPart::label).toList()),
                () -> assertEquals(4e-9 / (6e-6 * ONE_CM2), resistance(is, "coat, lithiated"), 1e-6),
                () -> assertEquals(6e-9 / (1e-6 * ONE_CM2), resistance(is, "coat"), 1e-6),
                () -> assertEquals(50e-9 / (1e-4 * ONE_CM2), resistance(is, "X interphase"), 1e-9),
                () -> assertEquals(0.9 * resistance(was, "X"), resistance(is, "X"), 1e-12),
                () -> assertEquals(2 * resistance(was, "X|Li charge transfer"), resistance(is, "X|Li charge transfer"),
                        1e-9),
                () -> assertEquals(resistance(was, "Li|coat charge transfer"), resistance(is, "Li|coat charge transfer")),
                () -> assertEquals(ROOM, after.temperature()));
    }

    @Test
    void aLayerWhollyConsumedIsNoLongerInTheStack() {
        CellCondition consumed = new CellCondition(Map.of("coat", 0.0), List.of(), Map.of(), Map.of(),
                OptionalDouble.empty(), OptionalDouble.empty());

        assertEquals(List.of("Li|coat", "X", "X|Li"),
                consumed.applyTo(stack()).parts().stream().map(StackPart::label).toList());
    }
}
