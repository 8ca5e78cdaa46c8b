package org.interphase.dsl.tests.binding.symmetric;

import static org.interphase.dsl.tests.binding.PaperStacks.STACKS;
import static org.interphase.dsl.tests.binding.PaperStacks.bareLatp;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.HOUR;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.PRESSURE;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.TENTH_MA_PER_CM2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.interphase.dsl.tests.binding.PaperStacks;
import org.interphase.sim.SimulationException;
import org.interphase.sim.electrochem.LinearGrowth;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.StackInterface;
import org.interphase.sim.stack.StackPart;
import org.interphase.sim.symmetric.ElectrodeSide;
import org.interphase.sim.symmetric.InterphaseSite;
import org.interphase.sim.symmetric.SymmetricCellInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Impossible experiments fail with one exception type, before any computing, saying what to change. */
class SymmetricCellInputValidationTest {

    private static final CellStack STACK = bareLatp();

    private static void fails(Executable build, String... phrases) {
        SimulationException e = assertThrows(SimulationException.class, build);
        for (String phrase : phrases) {
            assertTrue(e.getMessage().contains(phrase), () -> "'" + phrase + "' not in: " + e.getMessage());
        }
    }

    private static SymmetricCellInput input(double currentDensity, double halfCycle, double total, int points) {
        return new SymmetricCellInput(STACK, currentDensity, halfCycle, total, points, PRESSURE, List.of());
    }

    @Test
    void zeroAreaIsRejectedWithTheStack() {
        List<StackPart> parts = STACK.parts();
        fails(() -> new CellStack(STACK.left(), parts, STACK.right(), 0, STACK.temperature()), "electrode area");
    }

    @Test
    void negativeOrZeroCurrentIsRejected() {
        fails(() -> input(-TENTH_MA_PER_CM2, HOUR, 10 * HOUR, 10), "current density", "alternates the sign");
        fails(() -> input(0, HOUR, 10 * HOUR, 10), "current density");
        fails(() -> input(Double.NaN, HOUR, 10 * HOUR, 10), "current density");
    }

    @Test
    void halfCycleLongerThanTheExperimentIsRejected() {
        fails(() -> input(TENTH_MA_PER_CM2, 2 * HOUR, HOUR, 10), "longer than the whole experiment");
    }

    @Test
    void zeroTimesAreRejected() {
        fails(() -> input(TENTH_MA_PER_CM2, HOUR, 0, 10), "total time");
        fails(() -> input(TENTH_MA_PER_CM2, 0, HOUR, 10), "half-cycle time");
        fails(() -> SymmetricCellInput.withTimeStep(STACK, TENTH_MA_PER_CM2, HOUR, HOUR, 0, PRESSURE, List.of()),
                "time step");
    }

    @Test
    void pointCountsOutsideTheLimitsAreRejected() {
        fails(() -> input(TENTH_MA_PER_CM2, HOUR, 10 * HOUR, 0), "points per half-cycle");
        fails(() -> input(TENTH_MA_PER_CM2, 1, 1e7, 100), "voltage points", "fewer points");
    }

    @Test
    void aTimeStepBecomesAWholeNumberOfPointsPerHalfCycle() {
        SymmetricCellInput input = SymmetricCellInput.withTimeStep(STACK, TENTH_MA_PER_CM2, HOUR, 10 * HOUR, 700,
                PRESSURE, List.of());
        assertEquals(6, input.pointsPerHalfCycle());
    }

    @Test
    void bothElectrodesMustBeLithium() {
        CellStack blocking = new CellStack(STACKS.electrode("SS"), List.of(StackInterface.blocking("SS|LATP", 0.1),
                STACKS.pellet("PEL-LATP-molten-flux")), STACKS.electrode("Li"), 1e-4, PaperStacks.ROOM);
        fails(() -> new SymmetricCellInput(blocking, TENTH_MA_PER_CM2, HOUR, 10 * HOUR, 10, PRESSURE, List.of()),
                "left electrode SS", "Li metal on both sides");
    }

    @Test
    void nonPositivePressureIsRejected() {
        fails(() -> new SymmetricCellInput(STACK, TENTH_MA_PER_CM2, HOUR, 10 * HOUR, 10, 0, List.of()),
                "stack pressure");
    }

    @Test
    void anInterphaseOfAnotherStackIsRejected() {
        InterphaseSite foreign = new InterphaseSite(ElectrodeSide.LEFT, "MCI", "LAGP", Optional.empty(),
                STACKS.material("LATP-MCI"), new LinearGrowth(1e-12), 0, 1);
        fails(() -> new SymmetricCellInput(STACK, TENTH_MA_PER_CM2, HOUR, 10 * HOUR, 10, PRESSURE,
                List.of(foreign)), "not in the stack");
    }

    @Test
    void interphaseRateFactorMustBeAFraction() {
        fails(() -> new InterphaseSite(ElectrodeSide.LEFT, "MCI", "LATP", Optional.empty(),
                STACKS.material("LATP-MCI"), new LinearGrowth(1e-12), 0, 1.5), "rate factor");
    }
}
