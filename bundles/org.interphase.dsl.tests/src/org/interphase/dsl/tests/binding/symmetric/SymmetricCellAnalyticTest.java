package org.interphase.dsl.tests.binding.symmetric;

import static org.interphase.dsl.tests.binding.PaperStacks.LIBRARY;
import static org.interphase.dsl.tests.binding.PaperStacks.bareLatp;
import static org.interphase.dsl.tests.binding.PaperStacks.coatedLatp;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.ENGINE;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.HOUR;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.TENTH_MA_PER_CM2;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.experiment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.dsl.binding.SymmetricBinding;
import org.interphase.dsl.tests.binding.PaperStacks;
import org.interphase.library.InterfaceProperty;
import org.interphase.library.MaterialInterface;
import org.interphase.sim.electrochem.ButlerVolmer;
import org.interphase.sim.electrochem.ParabolicGrowth;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.interphase.sim.stack.StackContribution;
import org.interphase.sim.stack.StackInterface;
import org.interphase.sim.stack.StackPart;
import org.interphase.sim.symmetric.InterphaseSite;
import org.interphase.sim.symmetric.SymmetricCellInput;
import org.interphase.sim.symmetric.SymmetricCellResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Conservation and closed-form checks of the symmetric-cell engine. */
class SymmetricCellAnalyticTest {

    @Test
    void withoutGrowthOrVoidsTheVoltageIsOhmicDropPlusButlerVolmerExactly() {
        // Coated LATP at 0.1 mA/cm2: nothing grows and no voids open, so every point must equal
        // I·ΣR (the stack model's own resistances) + η_BV(stripped contact) + |η_BV(plated contact)|.
        CellStack stack = coatedLatp();
        SymmetricCellResult result = ENGINE.run(experiment(stack, 6, 7), RunMonitor.NONE);
        List<StackPart> parts = stack.parts();
        StackInterface left = (StackInterface) parts.get(0);
        StackInterface right = (StackInterface) parts.get(parts.size() - 1);
        double ohmic = StackCircuitBuilder.simulate(stack, 1.0).contributions().stream()
                .filter(c -> !c.label().equals(left.label() + " charge transfer")
                        && !c.label().equals(right.label() + " charge transfer"))
                .mapToDouble(StackContribution::resistance).sum();
        double t = stack.temperature();
        ButlerVolmer leftKinetics = ButlerVolmer.symmetric(left.exchangeCurrentDensity().orElseThrow().at(t));
        ButlerVolmer rightKinetics = ButlerVolmer.symmetric(right.exchangeCurrentDensity().orElseThrow().at(t));
        double i = TENTH_MA_PER_CM2;
        double leftStripped = i * stack.area() * ohmic + leftKinetics.overpotential(i, t)
                - rightKinetics.overpotential(-i, t);
        double rightStripped = i * stack.area() * ohmic + rightKinetics.overpotential(i, t)
                - leftKinetics.overpotential(-i, t);
        double[] v = result.voltage();
        double[] current = result.current();
        for (int k = 0; k < v.length; k++) {
            double expected = current[k] > 0 ? leftStripped : -rightStripped;
            assertEquals(expected, v[k], Math.abs(expected) * 1e-12, "point " + k);
        }
    }

    @Test
    void eachHalfCyclePassesTheChargeOfCurrentTimesDuration() {
        // Q = i·A·t_half per half-cycle, with alternating sign; the last half-cycle is cut at 5.5 h.
        CellStack stack = coatedLatp();
        SymmetricCellInput input = new SymmetricCellInput(stack, TENTH_MA_PER_CM2, HOUR, 5.5 * HOUR, 9,
                SymmetricFixtures.PRESSURE, List.of());
        SymmetricCellResult result = ENGINE.run(input, RunMonitor.NONE);
        double[] time = result.time();
        double[] current = result.current();
        double full = TENTH_MA_PER_CM2 * stack.area() * HOUR;
        double[] expected = {full, -full, full, -full, full, -full / 2};
        double[] charge = new double[expected.length];
        for (int k = 0; k + 1 < time.length; k++) {
            if (Math.signum(current[k]) == Math.signum(current[k + 1])) {
                int halfCycle = (int) Math.floor(time[k] / HOUR + 1e-9);
                charge[halfCycle] += (time[k + 1] - time[k]) * (current[k] + current[k + 1]) / 2;
            }
        }
        for (int h = 0; h < expected.length; h++) {
            assertEquals(expected[h], charge[h], Math.abs(expected[h]) * 1e-12, "half-cycle " + (h + 1));
        }
    }

    @Test
    void interphaseThicknessFollowsTheLinearLaw() {
        // L(t) = L0 + vt with v and L0 from the library's Li|LATP interface; L from R = L/(σ_MCI·A).
        CellStack stack = bareLatp();
        SymmetricCellResult result = ENGINE.run(experiment(stack, 30, 5), RunMonitor.NONE);
        MaterialInterface contact = LIBRARY.interfaceBetween("Li", "LATP").orElseThrow();
        double v = contact.require(InterfaceProperty.INTERPHASE_GROWTH_VELOCITY).value().si();
        double l0 = contact.require(InterfaceProperty.INTERPHASE_THICKNESS).value().si();
        double sigma = PaperStacks.STACKS.material(contact.interphase().orElseThrow()).conductivity()
                .at(stack.temperature());
        double[] time = result.time();
        double[] resistance = result.resistance("LATP|Li interphase");
        for (int p = 0; p < time.length; p++) {
            double expected = l0 + v * time[p];
            assertEquals(expected, resistance[p] * sigma * stack.area(), expected * 1e-9, "t = " + time[p] + " s");
        }
    }

    @Test
    void aPluggedInGrowthLawReplacesTheLibraryOne() {
        // A plug-in swaps the linear law for a parabolic one: L = √(L0² + 2kt) on each side.
        CellStack stack = bareLatp();
        double k = 4e-19;
        List<InterphaseSite> parabolic = SymmetricBinding.sites(LIBRARY, stack).stream()
                .map(site -> site.withLaw(new ParabolicGrowth(k))).toList();
        SymmetricCellInput input = new SymmetricCellInput(stack, TENTH_MA_PER_CM2, HOUR, 10 * HOUR, 4,
                SymmetricFixtures.PRESSURE, parabolic);
        SymmetricCellResult result = ENGINE.run(input, RunMonitor.NONE);
        double sigma = parabolic.get(0).material().conductivity().at(stack.temperature());
        double l0 = parabolic.get(0).initialThickness();
        double[] time = result.time();
        double[] resistance = result.resistance("Li|LATP interphase");
        for (int p = 0; p < time.length; p++) {
            double expected = Math.sqrt(l0 * l0 + 2 * k * time[p]);
            assertEquals(expected, resistance[p] * sigma * stack.area(), expected * 1e-9, "t = " + time[p] + " s");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void refiningTheTimeStepChangesTheFailureTimeByLessThanTwoPercent(int coarse) {
        double fine = ENGINE.run(experiment(bareLatp(), 200, 600), RunMonitor.NONE).lifetime();
        double rough = ENGINE.run(experiment(bareLatp(), 200, coarse), RunMonitor.NONE).lifetime();
        assertTrue(Math.abs(rough - fine) < 0.02 * fine, () -> rough / HOUR + " h vs " + fine / HOUR + " h");
    }

    @Test
    void theVoltageAlternatesWithTheCurrentEveryHalfCycle() {
        SymmetricCellResult result = ENGINE.run(experiment(bareLatp(), 4, 3), RunMonitor.NONE);
        double[] time = result.time();
        double[] current = result.current();
        double[] v = result.voltage();
        for (int k = 0; k + 1 < time.length; k++) {
            if (time[k + 1] > time[k]) {
                // Both ends of a sampling interval belong to the half-cycle that contains its middle.
                double expectedSign = Math.floor((time[k] + time[k + 1]) / 2 / HOUR) % 2 == 0 ? 1 : -1;
                assertEquals(expectedSign, Math.signum(current[k]), "current at " + time[k] + " s");
                assertEquals(expectedSign, Math.signum(current[k + 1]), "current at " + time[k + 1] + " s");
            }
        }
        for (int k = 0; k < time.length; k++) {
            assertEquals(Math.signum(current[k]), Math.signum(v[k]), "voltage at " + time[k] + " s");
        }
    }
}
