package org.interphase.sim.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.sim.SimulationException;
import org.junit.jupiter.api.Test;

/** The Arrhenius line of a stack's spectra at several temperatures against the activation energies put in. */
class TemperatureSeriesTest {

    private static final double EV = 1.602176634e-19;
    private static final double ROOM = 298.15;
    private static final double[] SERIES = {298.15, 313.15, 333.15, 353.15, 373.15};

    private static LayerMaterial material(String id, double sigma, double ea) {
        return new LayerMaterial(id, Arrhenius.of("σ of " + id, sigma, ROOM, ea * EV), 20);
    }

    private static CellStack blocking(StackLayer... layers) {
        List<StackPart> parts = new java.util.ArrayList<>();
        parts.add(StackInterface.blocking("Ag|left", 0.1));
        parts.addAll(List.of(layers));
        parts.add(StackInterface.blocking("Ag|right", 0.1));
        return new CellStack(Electrode.blocking("Ag"), parts, Electrode.blocking("Ag"), 1e-4, ROOM);
    }

    @Test
    void oneLayerBetweenBlockingElectrodesGivesItsOwnActivationEnergyBack() {
        CellStack stack = blocking(StackLayer.of("LLTO", material("LLTO", 9.56e-4, 0.33), 350e-9));
        TemperatureSeries series = TemperatureSeries.simulate(stack, SERIES, 1e6, 1);
        assertEquals(0.33, series.activationEnergy() / EV, 1e-9);
        assertEquals(5, series.conductivities().length);
        assertEquals(9.56e-4, series.conductivities()[0], 1e-12, "σ at 25 °C is the stated one");
        assertTrue(series.conductivities()[4] > 10 * series.conductivities()[0], "0.33 eV: over tenfold by 100 °C");
    }

    @Test
    void twoLayersInSeriesGiveAnApparentEnergyBetweenTheirs() {
        CellStack stack = blocking(StackLayer.of("A", material("A", 1e-3, 0.2), 1e-6),
                StackLayer.of("B", material("B", 1e-4, 0.5), 1e-6));
        double ea = TemperatureSeries.simulate(stack, SERIES, 1e6, 1).activationEnergy() / EV;
        assertTrue(ea > 0.2 && ea < 0.5, "apparent Ea " + ea);
    }

    @Test
    void oneTemperatureMakesNoArrheniusLine() {
        CellStack stack = blocking(StackLayer.of("LLTO", material("LLTO", 1e-3, 0.3), 1e-6));
        assertThrows(SimulationException.class,
                () -> TemperatureSeries.simulate(stack, new double[] {ROOM, ROOM}, 1e6, 1));
    }
}
