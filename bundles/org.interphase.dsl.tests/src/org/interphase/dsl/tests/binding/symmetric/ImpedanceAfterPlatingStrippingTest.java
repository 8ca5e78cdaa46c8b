package org.interphase.dsl.tests.binding.symmetric;

import static org.interphase.dsl.tests.binding.PaperStacks.LIBRARY;
import static org.interphase.dsl.tests.binding.PaperStacks.si;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.ENGINE;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.HOUR;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.PRESSURE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.dsl.binding.SymmetricBinding;
import org.interphase.dsl.tests.binding.PaperStacks;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.impedance.FrequencySweep;
import org.interphase.sim.stack.CellCondition;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.interphase.sim.stack.StackContribution;
import org.interphase.sim.stack.StackImpedance;
import org.interphase.sim.stack.StackLayer;
import org.interphase.sim.symmetric.SymmetricCellInput;
import org.interphase.sim.symmetric.SymmetricCellResult;
import org.junit.jupiter.api.Test;

/**
 * An impedance measured after a long plating/stripping run sees the cell the run left: on bare Li | LATP | Li the
 * mixed-conducting interphase has grown on both faces, so its arc is larger by t/(σA) of the thickness the engine
 * reports, and the pellet is thinner by what the interphases consumed.
 */
class ImpedanceAfterPlatingStrippingTest {

    private static final double[] FREQUENCIES = FrequencySweep.logarithmic(1e6, 0.1, 10);

    private static double resistance(StackImpedance impedance, String label) {
        return impedance.contributions().stream().filter(c -> c.label().equals(label))
                .mapToDouble(StackContribution::resistance).findFirst().orElseThrow(() -> new AssertionError(
                        "no contribution " + label + " in " + impedance.contributions().stream()
                                .map(StackContribution::label).toList()));
    }

    @Test
    void threeHundredHoursOfPlatingStrippingOnBareLatpEnlargeTheInterphaseArcByTheGrownThickness() {
        CellStack stack = PaperStacks.bareLatp();
        // 0.01 mA/cm², the current of the Al2O3 series, at which the bare cell lives through 300 h below 2 V.
        SymmetricCellResult run = ENGINE.run(new SymmetricCellInput(stack, si(0.01, "mA/cm2"), HOUR, 300 * HOUR, 4,
                PRESSURE, SymmetricBinding.sites(LIBRARY, stack)), RunMonitor.NONE);
        CellCondition end = run.endState();
        StackImpedance before = StackCircuitBuilder.simulate(stack, FREQUENCIES);
        StackImpedance after = StackCircuitBuilder.simulate(end.applyTo(stack), FREQUENCIES);
        StackLayer interphase = stack.layers().get(0);
        double sigma = interphase.material().conductivity().at(stack.temperature());
        double grown = end.thickness().get(interphase.label());

        assertAll(() -> assertEquals(300 * HOUR, run.lifetime(), 1e-6, "the cell lives through the run"),
                () -> assertTrue(grown > interphase.thickness(), grown + " m against " + interphase.thickness()),
                () -> assertEquals(grown / (sigma * stack.area()), resistance(after, interphase.label()),
                        1e-9 * resistance(after, interphase.label()), "R = t/(σA) of the grown interphase"),
                () -> assertEquals((grown - interphase.thickness()) / (sigma * stack.area()),
                        resistance(after, interphase.label()) - resistance(before, interphase.label()),
                        1e-9 * resistance(after, interphase.label()), "the arc grew by the grown thickness"),
                () -> assertEquals(run.resistance(interphase.label())[run.time().length - 1],
                        resistance(after, interphase.label()), 1e-9 * resistance(after, interphase.label()),
                        "the impedance and the plating/stripping engine agree on the interphase"),
                () -> assertTrue(after.spectrum().realParts()[FREQUENCIES.length - 1]
                        > before.spectrum().realParts()[FREQUENCIES.length - 1], "the low-frequency end moved right"));
    }

    @Test
    void aRunStartedFromTheEndOfAnotherContinuesItsInterphaseGrowth() {
        CellStack stack = PaperStacks.bareLatp();
        SymmetricCellInput tenHours = new SymmetricCellInput(stack, si(0.01, "mA/cm2"), HOUR, 10 * HOUR, 4, PRESSURE,
                SymmetricBinding.sites(LIBRARY, stack));
        SymmetricCellResult first = ENGINE.run(tenHours, RunMonitor.NONE);
        SymmetricCellResult second = ENGINE.run(tenHours, first.endState(), RunMonitor.NONE);
        SymmetricCellResult twenty = ENGINE.run(new SymmetricCellInput(stack, si(0.01, "mA/cm2"), HOUR, 20 * HOUR, 4,
                PRESSURE, SymmetricBinding.sites(LIBRARY, stack)), RunMonitor.NONE);
        String label = stack.layers().get(0).label();

        assertEquals(twenty.endState().thickness().get(label), second.endState().thickness().get(label),
                1e-9 * twenty.endState().thickness().get(label));
    }
}
