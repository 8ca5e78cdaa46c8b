package org.interphase.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.sim.stack.Arrhenius;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.Electrode;
import org.interphase.sim.stack.LayerMaterial;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.interphase.sim.stack.StackFitResult.FittedConductivity;
import org.interphase.sim.stack.StackImpedance;
import org.interphase.sim.stack.StackLayer;
import org.junit.jupiter.api.Test;

/**
 * A stack fitted with a circuit the user typed: its resistors R1, R2 are the stack's arcs, so a layer's fitted arc
 * gives that layer's conductivity, as the fit of the stack's own circuit does.
 */
class StackFitOutcomeTest {

    private static final double ROOM = 298.15;
    /** 1 MHz to 0.1 Hz, 10 points per decade. */
    private static final double[] SWEEP = java.util.stream.IntStream.rangeClosed(0, 70)
            .mapToDouble(i -> Math.pow(10, 6 - i / 10.0)).toArray();

    /** Li | pellet 1 mm | film 1 µm | Li on 1 cm²: the pellet's arc near 30 kHz, the film's near 20 Hz. */
    private static StackImpedance stack(double filmConductivity) {
        LayerMaterial pellet = new LayerMaterial("Pellet", Arrhenius.atOneTemperature("σ of Pellet", 1e-4, ROOM), 60);
        LayerMaterial film = new LayerMaterial("Film", Arrhenius.atOneTemperature("σ of Film", filmConductivity,
                ROOM), 10);
        return StackCircuitBuilder.simulate(new CellStack(Electrode.nonBlocking("Li"), List.of(
                StackLayer.of("pellet", pellet, 1e-3), StackLayer.of("film", film, 1e-6)), Electrode.nonBlocking("Li"),
                1e-4, ROOM), SWEEP);
    }

    private static double sigma(StackFitOutcome outcome, String material) {
        return outcome.result().conductivities().stream().filter(c -> c.material().equals(material))
                .mapToDouble(FittedConductivity::value).findFirst().orElseThrow();
    }

    @Test
    void aTypedCircuitsResistorsGiveTheLayersConductivities() throws Exception {
        StackImpedance model = stack(1e-8);
        assertEquals("p(R1,C1)-p(R2,C2)", StackFitOutcome.ownCircuit(model));
        assertEquals(List.of("R1 = pellet", "R2 = film"), StackFitOutcome.arcNames(model));
        // The film conducts half as well as the model says: its arc is twice as wide.
        StackFitOutcome outcome = StackFitOutcome.fit(model, stack(0.5e-8).spectrum(), "measured",
                "p(R1,CPE1)-p(R2,CPE2)");
        assertEquals("p(R1,CPE1)-p(R2,CPE2)", outcome.result().fit().circuit().toString(), "the typed circuit is fitted");
        assertEquals(0.5e-8, sigma(outcome, "Film"), 0.01 * 0.5e-8);
        assertEquals(1e-4, sigma(outcome, "Pellet"), 0.01 * 1e-4);
        assertEquals(2, outcome.layerParts().size());
    }

    @Test
    void theStacksOwnCircuitInBoukampNotationIsTheStackFit() throws Exception {
        StackImpedance model = stack(1e-8);
        StackFitOutcome typed = StackFitOutcome.fit(model, stack(2e-8).spectrum(), "measured", "(RC)(RC)");
        StackFitOutcome own = StackFitOutcome.fit(model, stack(2e-8).spectrum(), "measured");
        assertEquals(own.result().parts(), typed.result().parts());
        assertEquals(2e-8, sigma(typed, "Film"), 0.01 * 2e-8);
    }

    @Test
    void aMalformedCircuitNamesItsColumn() {
        AnalysisException problem = assertThrows(AnalysisException.class,
                () -> StackFitOutcome.fit(stack(1e-8), stack(1e-8).spectrum(), "measured", "p(R1,C1-R2"));
        assertTrue(problem.getMessage().contains("column"), problem.getMessage());
    }
}
