package org.interphase.dsl.tests.binding.cycling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.dsl.library.Libraries;
import org.interphase.library.MaterialCurve;
import org.interphase.sim.SimulationException;
import org.interphase.sim.cycling.LogarithmicGrowth;
import org.interphase.sim.cycling.OpenCircuitCurve;
import org.interphase.sim.cycling.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Open-circuit curves and the tunnelling-limited growth law. */
class ComponentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"LFP", "NCM523", "NCM811", "LCO"})
    void everyCathodeHasAFallingOpenCircuitCurveInTheLibrary(String cathode) {
        MaterialCurve table = Libraries.builtIn().curvesOf(cathode, MaterialCurve.OPEN_CIRCUIT_POTENTIAL).get(0);
        OpenCircuitCurve curve = new OpenCircuitCurve(table.id(), table.xs(), table.values());
        assertTrue(curve.maxPotential() > 3.8 && curve.maxPotential() < 4.4, cathode + " " + curve.maxPotential());
        assertTrue(curve.minPotential() > 2.4 && curve.minPotential() < 3.6, cathode + " " + curve.minPotential());
        assertTrue(curve.potential(0.3) > curve.potential(0.7));
        // Linear interpolation between the table's points, held at the ends.
        MaterialCurve.Point a = table.points().get(3);
        MaterialCurve.Point b = table.points().get(4);
        double middle = (a.value().value().si() + b.value().value().si()) / 2;
        assertEquals(middle, curve.potential((a.x() + b.x()) / 2), 1e-12);
        assertEquals(curve.maxPotential(), curve.potential(-0.1), 0);
        assertEquals(curve.minPotential(), curve.potential(1.1), 0);
    }

    @Test
    void logarithmicGrowthIsExactOverAnyStepAndSlowsDown() {
        LogarithmicGrowth law = new LogarithmicGrowth(1e-11, 1e-9);
        double once = law.advance(0, 7200, 1);
        double twice = law.advance(law.advance(0, 3600, 1), 3600, 1);
        assertEquals(once, twice, 1e-15 * once);
        assertEquals(1e-9 * Math.log1p(1e-11 * 7200 / 1e-9), once, 1e-21);
        double first = law.advance(0, 3600, 1);
        double second = law.advance(first, 3600, 1) - first;
        assertTrue(second < first / 3, "a passivating film grows much less in its second hour");
        assertThrows(SimulationException.class, () -> new LogarithmicGrowth(0, 1e-9));
        assertThrows(SimulationException.class, () -> new LogarithmicGrowth(1e-11, Double.NaN));
    }

    @Test
    void solverSettingsRefuseNonsense() {
        assertThrows(SimulationException.class, () -> new SolverSettings(2, 0.8, 0.02, 0.9, 1e6));
        assertThrows(SimulationException.class, () -> new SolverSettings(10, 0, 0.02, 0.9, 1e6));
        assertThrows(SimulationException.class, () -> new SolverSettings(10, 0.8, 0.5, 0.9, 1e6));
        assertThrows(SimulationException.class, () -> new SolverSettings(10, 0.8, 0.02, 1, 1e6));
    }
}
