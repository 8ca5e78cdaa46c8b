package org.interphase.dsl.tests.binding.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.interphase.core.units.Quantity;
import org.interphase.dsl.binding.StackBinding;
import org.interphase.dsl.library.Libraries;
import org.interphase.sim.SimulationException;
import org.interphase.sim.impedance.FrequencySweep;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.Electrode;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.junit.jupiter.api.Test;

/** What the stack binding refuses to build from the library, with a message that says what to change. */
class StackBindingTest {

    private static final StackBinding STACKS = new StackBinding(Libraries.builtIn());
    private static final double ONE_CM2 = 1e-4;
    private static final double[] PAPER_SWEEP = FrequencySweep.logarithmic(1e6, 1, 10);

    private static double si(double value, String unit) {
        return Quantity.of(value, unit).si();
    }

    private static void fails(Supplier<?> action, String... expected) {
        // A missing property is the library's MissingProperty, anything else the engine input's SimulationException.
        RuntimeException e = assertThrows(RuntimeException.class, action::get);
        for (String text : expected) {
            assertTrue(e.getMessage().contains(text), () -> "expected '" + text + "' in: " + e.getMessage());
        }
    }

    @Test
    void materialWithoutAConductivityNamesMaterialPropertyAndTheLineToAdd() {
        // facts §a2: no conductivity is given for LLZT.
        fails(() -> STACKS.material("LLZT"), "material LLZT has no ionicConductivity",
                "material LLZT { ionicConductivity = ");
        // facts §a1: LAGP has a conductivity but no permittivity.
        fails(() -> STACKS.layer("LAGP", 1e-3), "material LAGP has no relativePermittivity",
                "material LAGP { relativePermittivity = ");
    }

    @Test
    void libraryValueAtAnotherTemperatureNeedsAnActivationEnergy() {
        // facts §a1: no activation energy is given for LATP, so a 60 °C stack cannot be built from it.
        CellStack hot = STACKS.stack(STACKS.electrode("Li"), List.of(STACKS.pellet("PEL-LATP-molten-flux")),
                STACKS.electrode("Li"), ONE_CM2, si(60, "°C"));
        fails(() -> StackCircuitBuilder.simulate(hot, PAPER_SWEEP), "is known only at 298.15 K",
                "activation energy");
    }

    @Test
    void unknownMaterialsPelletsAndElectrodesAreNamed() {
        fails(() -> STACKS.material("LATPP"), "unknown material 'LATPP'");
        fails(() -> STACKS.pellet("PEL-nothing"), "unknown pellet 'PEL-nothing'", "PEL-LATP-molten-flux");
        fails(() -> STACKS.electrode("LFP"), "electrode LFP", "as the stack's 'cathode' at one end");
        assertEquals(Electrode.Kind.BLOCKING, STACKS.electrode("SS").kind());
        assertEquals(Electrode.Kind.NON_BLOCKING, STACKS.electrode("Li").kind());
    }

}
