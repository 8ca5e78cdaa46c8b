package org.interphase.sim.stack;

import static org.interphase.sim.stack.StackFixtures.ONE_CM2;
import static org.interphase.sim.stack.StackFixtures.between;
import static org.interphase.sim.stack.StackFixtures.contact;
import static org.interphase.sim.stack.StackFixtures.material;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.sim.SimulationException;
import org.interphase.sim.impedance.CircuitFitter;
import org.interphase.sim.impedance.FrequencySweep;
import org.interphase.sim.impedance.Spectrum;
import org.interphase.sim.impedance.SyntheticSpectra;
import org.junit.jupiter.api.Test;

/**
 * A "measured" spectrum made from a stack whose layers conduct differently than the model says, with 1 % noise:
 * the fit must find the true conductivities of both layers, with errors, and keep each arc tied to its layer.
 */
class StackFitTest {

    private static final double[] SWEEP = FrequencySweep.logarithmic(1e6, 0.01, 10);
    private static final double COATING_T = 100e-9;
    private static final double PELLET_T = 1e-3;

    private static CellStack stack(double coatingSigma, double pelletSigma) {
        // Apexes at ~40 Hz (coating), ~20 kHz (pellet) and ~0.06 Hz (charge transfer): three separable arcs.
        return between(List.of(contact("Li|coating", 1e-3),
                StackLayer.of("coating", material("ALD-Al2O3", coatingSigma, 5), COATING_T),
                StackLayer.of("pellet", material("LATP", pelletSigma, 10), PELLET_T)), ONE_CM2);
    }

    @Test
    void findsTheTrueLayerConductivitiesWithinTheirErrorsFromTheModelsStart() {
        StackImpedance model = StackCircuitBuilder.simulate(stack(1e-8, 1e-5), SWEEP);
        Spectrum exact = StackCircuitBuilder.simulate(stack(0.5e-8, 1.4e-5), SWEEP).spectrum();
        Spectrum measured = SyntheticSpectra.withNoise(exact, 0.01, 7);

        StackFitResult result = new StackFit(new CircuitFitter()).fit(model, measured);

        List<StackFitResult.FittedConductivity> sigmas = result.conductivities();
        assertEquals(List.of("coating", "pellet"), sigmas.stream().map(StackFitResult.FittedConductivity::layer)
                .toList());
        assertEquals(List.of("ALD-Al2O3", "LATP"), sigmas.stream().map(StackFitResult.FittedConductivity::material)
                .toList());
        double[] truth = {0.5e-8, 1.4e-5};
        for (int i = 0; i < 2; i++) {
            StackFitResult.FittedConductivity sigma = sigmas.get(i);
            assertEquals(truth[i], sigma.value(), 0.03 * truth[i], sigma::toString);
            assertTrue(sigma.error().isPresent() && sigma.error().getAsDouble() < 0.05 * sigma.value(),
                    sigma::toString);
            assertFalse(sigma.grainBoundary());
        }
        StackFitResult.FittedPart chargeTransfer = result.parts().get(0);
        assertEquals("Li|coating charge transfer", chargeTransfer.label());
        assertTrue(chargeTransfer.conductivity().isEmpty(), "an interface has no layer conductivity");
        assertEquals(chargeTransfer.predictedResistance(), chargeTransfer.resistance(),
                0.05 * chargeTransfer.predictedResistance(), "its true value is the model's");
        assertTrue(result.fit().residualRms() < 0.03, () -> "rms " + result.fit().residualRms());
    }

    @Test
    void theMirroredFacesOfASymmetricCellAreFittedAsOnePartAndShareTheirValue() {
        // Li | i0 | pellet | i0 | Li: two identical charge-transfer arcs in series that no spectrum can tell apart.
        java.util.function.DoubleFunction<CellStack> cell = i0 -> between(List.of(contact("Li|LATP", i0),
                StackLayer.of("pellet", material("LATP", 1e-5, 10), PELLET_T), contact("LATP|Li", i0)), ONE_CM2);
        StackImpedance model = StackCircuitBuilder.simulate(cell.apply(1e-3), SWEEP);
        StackImpedance truth = StackCircuitBuilder.simulate(cell.apply(2e-3), SWEEP);
        Spectrum measured = SyntheticSpectra.withNoise(truth.spectrum(), 0.01, 11);

        StackFitResult result = new StackFit(new CircuitFitter()).fit(model, measured);

        double expected = truth.contributions().get(0).resistance();
        for (int face : new int[] {0, 2}) {
            StackFitResult.FittedPart part = result.parts().get(face);
            assertEquals(expected, part.resistance(), 0.03 * expected, part::toString);
            assertTrue(part.resistanceError().isPresent(), "a determined fit has errors: " + part);
        }
        assertEquals(result.parts().get(0).resistance(), result.parts().get(2).resistance());
    }

    @Test
    void aSpectrumWithFewerPointsThanTheCircuitHasParametersIsRefusedWithAReason() {
        StackImpedance model = StackCircuitBuilder.simulate(stack(1e-8, 1e-5), SWEEP);
        Spectrum three = Spectrum.of(new double[] {1e3, 1e2, 1e1}, new double[] {1, 2, 3}, new double[] {-1, -1, -1});
        SimulationException e = assertThrows(SimulationException.class,
                () -> new StackFit(new CircuitFitter()).fit(model, three));
        assertTrue(e.getMessage().contains("at least as many points as parameters"), e::getMessage);
    }
}
