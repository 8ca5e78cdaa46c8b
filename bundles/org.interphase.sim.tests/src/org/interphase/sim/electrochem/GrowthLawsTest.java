package org.interphase.sim.electrochem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.interphase.sim.SimulationException;
import org.junit.jupiter.api.Test;

/** Growth laws are looked up by id among the contributions, the built-in ones included. */
class GrowthLawsTest {

    @Test
    void theBuiltInLawsAreContributedAndCreateTheirModels() {
        assertTrue(GrowthLaws.installed().all().stream().map(GrowthLawContribution::id).toList()
                .containsAll(java.util.List.of("parabolic", "linear")));
        InterphaseGrowthLaw parabolic = GrowthLaws.installed().create("parabolic", Map.of("k", 1e-18));
        assertEquals(new ParabolicGrowth(1e-18).advance(1e-9, 3600, 1), parabolic.advance(1e-9, 3600, 1), 0);
    }

    @Test
    void anUnknownLawOrAMissingConstantSaysWhatIsInstalledOrNeeded() {
        SimulationException unknown = assertThrows(SimulationException.class,
                () -> GrowthLaws.installed().create("cubic", Map.of()));
        assertTrue(unknown.getMessage().contains("parabolic"), unknown.getMessage());
        SimulationException missing = assertThrows(SimulationException.class,
                () -> GrowthLaws.installed().create("linear", Map.of()));
        assertTrue(missing.getMessage().contains("v in m/s"), missing.getMessage());
    }
}
