package org.interphase.sim.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.core.units.CRate;
import org.interphase.sim.SimulationException;
import org.junit.jupiter.api.Test;

/** Whole experiments: repeats, groups, blocks and rate-capability series. */
class ExperimentTest {

    @Test
    void linesBlocksAndRepeats() {
        Experiment experiment = Experiment.parse("""
                # formation
                Charge at C/10 until 4.2 V
                Rest for 1 hour × 2
                (Discharge at C/10 until 3.2 V, Charge at C/10 until 4.2 V) × 100
                Cycle × 5:
                    Charge at 0.5 mA/cm2 until 4.2 V

                    Hold at 4.2 V until C/50
                    Discharge at 1 mA for 10 minutes or until 3.2 V
                Repeat 3 times:
                    Rest for 10 minutes
                """);
        assertEquals(5, experiment.groups().size());
        assertEquals(1 + 2 + 100 + 5 + 3, experiment.cycleCount());
        assertEquals(2, experiment.groups().get(2).steps().size());
        assertEquals(3, experiment.groups().get(3).steps().size());
        assertEquals(experiment, Experiment.parse(experiment.text()));
    }

    @Test
    void pyBaMMQuotedTupleIsAccepted() {
        Experiment experiment = Experiment.parse(
                "(\"Discharge at 1C until 3.3 V\", \"Rest for 1 hour\", \"Charge at 1 A until 4.1 V\") * 3");
        assertEquals(3, experiment.cycleCount());
        assertEquals("Charge at 1 A until 4.1 V", experiment.groups().get(0).steps().get(2).text());
    }

    @Test
    void errorInABlockGivesItsLineAndColumn() {
        ProtocolException e = assertThrows(ProtocolException.class, () -> Experiment.parse("""
                Charge at C/10 until 4.2 V
                Cycle × 2:
                    Discharge at C/10 untill 3.2 V
                """));
        assertEquals(2, e.line());
        assertEquals(22, e.column()); // the "u" of "untill", read as part of the C-rate
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void errorInATupleCountsColumnsFromTheLineStart() {
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> Experiment.parse("(Charge at C/10 until 4.2 V, Dance at C/10 until 3 V) × 2"));
        assertEquals(29, e.column());
    }

    @Test
    void malformedStructure() {
        assertThrows(ProtocolException.class, () -> Experiment.parse("   Rest for 1 hour"));
        assertThrows(ProtocolException.class, () -> Experiment.parse("Cycle × 2:\nRest for 1 hour"));
        assertThrows(ProtocolException.class, () -> Experiment.parse("Loop × 2:\n  Rest for 1 hour"));
        assertThrows(ProtocolException.class, () -> Experiment.parse("Rest for 1 hour × 0"));
        assertThrows(ProtocolException.class, () -> Experiment.parse("(Rest for 1 hour × 2"));
        assertThrows(ProtocolException.class, () -> Experiment.parse("# only a comment"));
    }

    @Test
    void rateCapabilitySeriesOfThePaper() {
        List<CRate> rates = List.of(new CRate(0.1), new CRate(1), new CRate(5), new CRate(10), new CRate(20),
                new CRate(30));
        Experiment series = Experiment.rateCapability(new CRate(0.1), 4.2, 3.2, rates, 5);
        assertEquals(30, series.cycleCount());
        assertEquals("Discharge at 30C until 3.2 V", series.groups().get(5).steps().get(1).text());
        assertEquals("Charge at C/10 until 4.2 V", series.groups().get(5).steps().get(0).text());
        assertThrows(SimulationException.class, () -> Experiment.rateCapability(new CRate(1), 3, 4, rates, 1));
        assertThrows(SimulationException.class, () -> Experiment.rateCapability(new CRate(1), 4, 3, List.of(), 1));
    }

    @Test
    void followedByAppendsCycles() {
        Experiment a = Experiment.cycles(50, "Charge at C/10 until 4.2 V", "Discharge at C/10 until 3.2 V");
        Experiment both = a.followedBy(Experiment.parse("Rest for 1 hour"));
        assertEquals(51, both.cycleCount());
        assertEquals(3, both.distinctSteps().size());
    }
}
