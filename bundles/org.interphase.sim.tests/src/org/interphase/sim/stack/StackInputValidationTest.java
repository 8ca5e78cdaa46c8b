package org.interphase.sim.stack;

import static org.interphase.sim.stack.StackFixtures.ONE_CM2;
import static org.interphase.sim.stack.StackFixtures.ROOM;
import static org.interphase.sim.stack.StackFixtures.between;
import static org.interphase.sim.stack.StackFixtures.contact;
import static org.interphase.sim.stack.StackFixtures.material;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.interphase.sim.SimulationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad stack inputs fail with one exception type and a message that says what to change. */
class StackInputValidationTest {

    private static final LayerMaterial X = material("X", 1e-2, 10);
    private static final StackLayer LAYER = StackLayer.of("X", X, 1e-3);

    private static void fails(Supplier<?> action, String... expected) {
        SimulationException e = assertThrows(SimulationException.class, action::get);
        for (String text : expected) {
            assertTrue(e.getMessage().contains(text), () -> "expected '" + text + "' in: " + e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1e-3, Double.NaN, Double.POSITIVE_INFINITY})
    void thicknessMustBePositiveAndFinite(double thickness) {
        fails(() -> StackLayer.of("LATP", X, thickness), "thickness of layer LATP must be a positive number of metres");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1e-4, Double.NaN})
    void areaMustBePositive(double area) {
        fails(() -> between(List.of(LAYER), area), "electrode area must be a positive number of m²");
    }

    @Test
    void negativeConductivityOrPermittivityIsRejected() {
        fails(() -> material("Y", -1e-4, 10), "ionic conductivity of Y must be a positive number");
        fails(() -> material("Y", 1e-4, 0.5), "relative permittivity of Y must be a finite number ≥ 1");
    }

    @Test
    void absoluteTemperatureMustBePositive() {
        fails(() -> new CellStack(Electrode.nonBlocking("Li"), List.of(LAYER), Electrode.nonBlocking("Li"), ONE_CM2,
                -10), "stack temperature must be an absolute temperature above 0 K");
    }

    @Test
    void emptySweepIsRejected() {
        fails(() -> StackCircuitBuilder.simulate(between(List.of(LAYER), ONE_CM2)), "frequency sweep is empty");
        fails(() -> StackCircuitBuilder.simulate(between(List.of(LAYER), ONE_CM2), (double[]) null),
                "frequency sweep is empty");
    }

    @Test
    void inputsFarOutsideAnyPhysicalRangeGiveAnErrorInsteadOfInfinity() {
        LayerMaterial insulator = material("insulator", Double.MIN_VALUE, 10);
        fails(() -> StackCircuitBuilder.circuit(between(List.of(StackLayer.of("insulator", insulator, 1e300)),
                ONE_CM2)), "resistance of insulator came out as Infinity", "outside any physical range");
    }

    @Test
    void stackStructureIsChecked() {
        StackInterface left = contact("Li|X", 1);
        fails(() -> between(List.of(left), ONE_CM2), "needs at least one layer");
        fails(() -> between(List.of(left, contact("again", 1), LAYER), ONE_CM2), "follow each other");
        fails(() -> between(List.of(LAYER, StackLayer.of("X", X, 2e-3)), ONE_CM2), "two parts of the stack are"
                + " labelled 'X'");
        fails(() -> between(List.of(StackInterface.blocking("Li|X", 0.1), LAYER), ONE_CM2),
                "interface Li|X has no exchange current density");
        fails(() -> new CellStack(Electrode.blocking("SS"), List.of(LAYER), Electrode.nonBlocking("Li"), ONE_CM2,
                ROOM), "blocking electrode SS needs an interface");
        fails(() -> new Electrode("LFP", Electrode.Kind.INTERCALATING, java.util.Optional.empty()),
                "needs its solid-state diffusion");
        fails(() -> LAYER.withCpeExponent(1.5), "CPE exponent of layer X must lie in (0, 1]");
    }
}
