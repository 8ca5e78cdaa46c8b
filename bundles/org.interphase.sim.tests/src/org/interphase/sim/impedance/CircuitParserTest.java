package org.interphase.sim.impedance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.sim.SimulationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Circuit strings in impedance.py syntax: structure, canonical form and error messages. */
class CircuitParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"R0", "R0-p(R1,CPE1)-Wo1", "R0-p(R1,C1)-p(R2-Wo2,CPE2)", "p(R1,C1,L1)", "L0-R0-p(R1,G1)-Ws2-W3",
            "p(p(R1,C1),R2)", "R-C", "CPE12"})
    void canonicalStringRoundTrips(String text) {
        assertEquals(text, CircuitParser.parse(text).toString());
    }

    @Test
    void spacesAreIgnored() {
        assertEquals("R0-p(R1,C1)", CircuitParser.parse(" R0 - p( R1 , C1 ) ").toString());
    }

    @Test
    void structureIsSeriesOfParts() {
        Series series = assertInstanceOf(Series.class, CircuitParser.parse("R0-p(R1,C1)-p(R2-Wo2,CPE2)"));
        assertEquals(3, series.parts().size());
        Parallel last = assertInstanceOf(Parallel.class, series.parts().get(2));
        assertInstanceOf(Series.class, last.branches().get(0));
        Element cpe = assertInstanceOf(Element.class, last.branches().get(1));
        assertEquals(ElementType.CPE, cpe.type());
        assertEquals("2", cpe.index());
        // R0, R1, C1, R2, Wo2_Z0, Wo2_tau, CPE2_Q, CPE2_alpha
        assertEquals(8, series.parameterCount());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            R0-p(R1,X3)  | unknown element 'X3' at column 9 in 'R0-p(R1,X3)'; known elements: R, C, L, CPE, W, Wo, Ws, G
            R0-p(R1,C1   | unbalanced parenthesis: '(' at column 4 is not closed
            R0-R1)       | unbalanced parenthesis: ')' without a matching '(' at column 6
            R0--R1       | unexpected '-' at column 4
            R0-          | unexpected end of string at column 4
            p(R1)        | parallel group with a single branch at column 5
            R0-p(R1,R0)  | duplicate element 'R0' at column 9
            R0 R1        | unexpected 'R' at column 4
            R0-p(R1;C1)  | unexpected ';' at column 8
            Wx1          | unknown element 'Wx1' at column 1
            p            | unknown element 'p' at column 1
            """)
    void malformedStringsNameTheColumn(String text, String expected) {
        SimulationException e = assertThrows(SimulationException.class, () -> CircuitParser.parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyStringIsRejected(String text) {
        SimulationException e = assertThrows(SimulationException.class, () -> CircuitParser.parse(text));
        assertTrue(e.getMessage().startsWith("empty circuit string"), e.getMessage());
    }
}
