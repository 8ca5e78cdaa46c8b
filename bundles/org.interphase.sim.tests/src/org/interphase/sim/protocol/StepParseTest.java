package org.interphase.sim.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.sim.SimulationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PyBaMM-style sentences read verbatim by {@link Step#parse}. */
class StepParseTest {

    /** A 30 µAh cell of 0.1 cm², the thin-film NCM cell of [003] (3 µA ≡ 0.1C, facts.md §d15). */
    private static final CellBasis THIN_FILM = new CellBasis(30e-6, 0.1e-4);

    @Test
    void dischargeAtCRateUntilVoltage() {
        Step.ConstantCurrent step = assertInstanceOf(Step.ConstantCurrent.class,
                Step.parse("Discharge at C/10 until 2.5 V"));
        assertEquals(Direction.DISCHARGE, step.direction());
        assertEquals(3e-6, step.current().amperes(THIN_FILM), 1e-18);
        assertEquals(2.5, step.termination(Termination.Voltage.class).orElseThrow().volts(), 0);
        assertEquals("Discharge at C/10 until 2.5 V", step.text());
    }

    @Test
    void chargeAtDecimalCRate() {
        Step.ConstantCurrent step = (Step.ConstantCurrent) Step.parse("Charge at 0.1C until 3.8 V");
        assertEquals(Direction.CHARGE, step.direction());
        assertEquals(3e-6, step.current().amperes(THIN_FILM), 1e-18);
        assertEquals(3.8, step.termination(Termination.Voltage.class).orElseThrow().volts(), 0);
    }

    @Test
    void restForOneHour() {
        Step.Rest rest = assertInstanceOf(Step.Rest.class, Step.parse("Rest for 1 hour"));
        assertEquals(3600, rest.termination(Termination.Duration.class).orElseThrow().seconds(), 0);
    }

    @Test
    void holdUntilCRateCurrent() {
        Step.ConstantVoltage hold = assertInstanceOf(Step.ConstantVoltage.class, Step.parse("Hold at 4.2 V until C/50"));
        assertEquals(4.2, hold.volts(), 0);
        Termination.Current limit = hold.termination(Termination.Current.class).orElseThrow();
        assertEquals(0.6e-6, limit.current().amperes(THIN_FILM), 1e-18);
    }

    @Test
    void absoluteCurrentForMinutes() {
        Step.ConstantCurrent step = (Step.ConstantCurrent) Step.parse("Discharge at 1 mA for 10 minutes");
        assertEquals(1e-3, step.current().amperes(THIN_FILM), 1e-15);
        assertEquals(600, step.termination(Termination.Duration.class).orElseThrow().seconds(), 1e-9);
    }

    @Test
    void currentDensityTimesArea() {
        Step.ConstantCurrent step = (Step.ConstantCurrent) Step.parse("Charge at 0.5 mA/cm2 until 4.2 V");
        // 0.5 mA/cm² = 5 A/m², times 1e-5 m².
        assertEquals(5e-5, step.current().amperes(THIN_FILM), 1e-15);
    }

    @Test
    void microampsWithMicroSign() {
        Step.ConstantCurrent step = (Step.ConstantCurrent) Step.parse("Discharge at 3 µA until 3.2 V");
        assertEquals(3e-6, step.current().amperes(THIN_FILM), 1e-18);
    }

    @Test
    void timeOrVoltageAsPyBaMMWritesIt() {
        Step step = Step.parse("Discharge at C/10 for 10 hours or until 3.3 V");
        assertEquals(36000, step.termination(Termination.Duration.class).orElseThrow().seconds(), 0);
        assertEquals(3.3, step.termination(Termination.Voltage.class).orElseThrow().volts(), 0);
        assertEquals("Discharge at C/10 for 10 hours or until 3.3 V", step.text());
    }

    @Test
    void capacityLimit() {
        Step step = Step.parse("Charge at 1 mA until 0.5 mAh");
        assertEquals(0.5e-3, step.termination(Termination.Capacity.class).orElseThrow().ampereHours(), 1e-15);
    }

    @Test
    void keywordsIgnoreCaseAndExtraSpaces() {
        Step step = Step.parse("  discharge   AT  C/10   UNTIL 2.5 V ");
        assertEquals("Discharge at C/10 until 2.5 V", step.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Discharge at C/10 until 2.5 V", "Charge at 0.1C until 3.8 V", "Rest for 1 hour",
        "Hold at 4.2 V until C/50", "Discharge at 1 mA for 10 minutes", "Charge at 0.5 mA/cm2 until 4.2 V",
        "Discharge at 3 µA until 3.2 V", "Hold at 4.1 V until 50 mA", "Discharge at 2C for 5 minutes or until 3 V"})
    void canonicalTextReadsBackToAnEqualStep(String sentence) {
        Step step = Step.parse(sentence);
        assertEquals(step, Step.parse(step.text()));
    }

    @Test
    void unknownInstructionNamesColumnAndShowsAValidSentence() {
        ProtocolException e = assertThrows(ProtocolException.class, () -> Step.parse("Dischrge at C/10 until 2.5 V"));
        assertEquals(0, e.column());
        assertTrue(e.getMessage().contains("unknown instruction 'Dischrge' at column 1"), e.getMessage());
        assertTrue(e.getMessage().contains("'Discharge at C/10 until 2.5 V'"), e.getMessage());
    }

    @Test
    void badUnitPointsAtTheValue() {
        ProtocolException e = assertThrows(ProtocolException.class, () -> Step.parse("Discharge at C/10 until 2.5 Vx"));
        assertEquals(28, e.column()); // the unit "Vx"
        assertTrue(e.getMessage().contains("column 29"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Discharge at C/10|never ends",
        "Discharge C/10 until 2.5 V|expected 'at'",
        "Discharge at 4.2 V until 3 V|not a voltage",
        "Discharge at C/10 until C/50|cannot end on a current",
        "Hold at 4.2 V until 4.1 V|cannot end on a voltage",
        "Hold at 4.2 V|never ends",
        "Rest until 3 V|lasts a given time",
        "Rest at 1 mA for 1 hour|has no setting",
        "Discharge at 1 W until 3 V|constant-power",
        "Discharge at C/10 for 2.5 V|'for' takes a time",
        "Discharge at C/10 until 2.5 V or until 2.4 V|same kind",
        "Discharge at C/10 until 2.5 V then rest|unknown unit 'then' at column 7 in '2.5 V then rest'",
        "Discharge at -1 mA until 2.5 V|must be positive",
        "Charge at C/0 until 4.2 V|positive finite rate"})
    void impossibleSentencesSayWhatToWrite(String sentence, String expected) {
        SimulationException e = assertThrows(SimulationException.class, () -> Step.parse(sentence));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("e.g.") || e.getMessage().contains("write"), e.getMessage());
    }

    @Test
    void emptySentence() {
        assertThrows(ProtocolException.class, () -> Step.parse("  "));
    }

    @Test
    void cRateResolvesAgainstNominalCapacity() {
        Step.ConstantCurrent step = (Step.ConstantCurrent) Step.parse("Discharge at 2C until 3 V");
        assertEquals(List.of(2.0 * 30e-6), List.of(step.current().amperes(THIN_FILM)));
    }
}
