package org.interphase.sim.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.interphase.sim.stack.StackFixtures.ROOM;
import static org.interphase.sim.stack.StackFixtures.si;

import org.interphase.sim.SimulationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** σ(T) = σ_ref·exp(−Ea/k_B·(1/T − 1/T_ref)) against closed forms. */
class ArrheniusTest {

    private static final double EA = si(0.3, "eV");
    private static final double SIXTY = si(60, "°C");

    @Test
    void pointThreeElectronVoltsRaiseTheConductivityThreePointFourFoldFrom25To60Celsius() {
        // Closed form with k_B in eV/K (facts §a9): exp(0.3/8.617333e-5 · (1/298.15 − 1/333.15)) = 3.4098.
        double expected = Math.exp(0.3 / 8.617333262e-5 * (1 / 298.15 - 1 / 333.15));
        assertEquals(expected, Arrhenius.factor(EA, SIXTY, ROOM), 1e-9 * expected);
        assertEquals(3.41, Arrhenius.factor(EA, SIXTY, ROOM), 0.005);
        Arrhenius sigma = Arrhenius.of("σ", 1e-2, ROOM, EA);
        assertEquals(1e-2 * expected, sigma.at(SIXTY), 1e-9 * 1e-2 * expected);
    }

    @ParameterizedTest
    @CsvSource({"0.3, 250, 400", "0.5, 333.15, 298.15", "0.05, 200, 210"})
    void movingThereAndBackIsTheIdentityAndLnFactorIsLinearInInverseTemperature(double eaEv, double t1, double t2) {
        double ea = si(eaEv, "eV");
        assertEquals(1, Arrhenius.factor(ea, t1, t2) * Arrhenius.factor(ea, t2, t1), 1e-12);
        // ln factor = −Ea/k_B·(1/T − 1/T_ref): the slope of ln σ against 1/T is −Ea/k_B.
        double slope = Math.log(Arrhenius.factor(ea, t1, t2)) / (1 / t1 - 1 / t2);
        assertEquals(-ea / Arrhenius.BOLTZMANN, slope, 1e-9 * ea / Arrhenius.BOLTZMANN);
    }

    @Test
    void zeroActivationEnergyMeansNoTemperatureDependence() {
        assertEquals(1.0, Arrhenius.factor(0, SIXTY, ROOM), 0);
    }

    @Test
    void withoutActivationEnergyTheValueIsUsableOnlyAtItsReferenceTemperature() {
        Arrhenius sigma = Arrhenius.atOneTemperature("ionic conductivity of LATP", 0.07, ROOM);
        assertEquals(0.07, sigma.at(ROOM), 0);
        SimulationException e = assertThrows(SimulationException.class, () -> sigma.at(SIXTY));
        assertTrue(e.getMessage().contains("ionic conductivity of LATP") && e.getMessage().contains("activation energy")
                && e.getMessage().contains("333.15 K"), e.getMessage());
    }

    @Test
    void negativeValuesAndTemperaturesAreRejected() {
        SimulationException negative = assertThrows(SimulationException.class,
                () -> Arrhenius.atOneTemperature("ionic conductivity of X", -1e-2, ROOM));
        assertTrue(negative.getMessage().contains("ionic conductivity of X must be a positive number"),
                negative.getMessage());
        assertThrows(SimulationException.class, () -> Arrhenius.of("σ", 1e-2, ROOM, -EA));
        assertThrows(SimulationException.class, () -> Arrhenius.of("σ", 1e-2, ROOM, EA).at(-5));
        assertThrows(SimulationException.class, () -> Arrhenius.of("σ", Double.NaN, ROOM, EA));
    }

    @Test
    void aFactorBeyondTheRangeOfADoubleIsAnErrorNotInfinity() {
        SimulationException e = assertThrows(SimulationException.class,
                () -> Arrhenius.factor(si(50, "eV"), 1000, 1));
        assertTrue(e.getMessage().contains("Arrhenius factor"), e.getMessage());
    }
}
