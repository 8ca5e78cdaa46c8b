package org.interphase.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The wording every engine uses for bad input, and the boundaries each check lets through. */
class InputChecksTest {

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of((Executable) () -> InputChecks.positive(0, "pulse time", "s"),
                        "pulse time must be a positive number of s, got 0.0"),
                Arguments.of((Executable) () -> InputChecks.positive(Double.NaN, "non-additivity factor", ""),
                        "non-additivity factor must be a positive number, got NaN"),
                Arguments.of((Executable) () -> InputChecks.nonNegative(-1, "purge time", "s"),
                        "purge time must be zero or a positive number of s, got -1.0"),
                Arguments.of((Executable) () -> InputChecks.nonNegative(Double.POSITIVE_INFINITY, "volume change", ""),
                        "volume change must be zero or a positive number, got Infinity"),
                Arguments.of((Executable) () -> InputChecks.temperature(-25, "stack temperature"),
                        "stack temperature must be an absolute temperature above 0 K, got -25.0 K"
                                + " (convert °C by adding 273.15)"),
                Arguments.of((Executable) () -> InputChecks.positiveUpToOne(1.2, "CPE exponent of layer LATP",
                        "1 is an ideal capacitor"), "CPE exponent of layer LATP must lie in (0, 1], got 1.2;"
                                + " 1 is an ideal capacitor"),
                Arguments.of((Executable) () -> InputChecks.steps(-1, "number of ALD cycles"),
                        "number of ALD cycles must be 0 or more, got -1"),
                Arguments.of((Executable) () -> InputChecks.steps(InputChecks.MAX_STEPS + 1, "number of bilayers"),
                        "number of bilayers = 1000001 is more than the 1000000 a run may have; check for a typo"),
                Arguments.of((Executable) () -> InputChecks.named(" ", "layer label"),
                        "layer label must be given (a non-blank name, e.g. the library id it stands for such as"
                                + " Al2O3-ALD)"),
                Arguments.of((Executable) () -> InputChecks.finite(Double.NaN, "final thickness"),
                        "final thickness came out as NaN; the inputs are outside any physical range (check them for"
                                + " a wrong unit or a mistyped exponent)"),
                Arguments.of((Executable) () -> InputChecks.finitePositive(0, "capacitance of LATP"),
                        "capacitance of LATP came out as 0.0; the inputs are outside any physical range (check them"
                                + " for a wrong unit or a mistyped exponent)"));
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void badInputIsRejectedWithAMessageNamingTheQuantityValueAndUnit(Executable check, String message) {
        assertEquals(message, assertThrows(SimulationException.class, check).getMessage());
    }

    @Test
    void valuesOnTheBoundariesPass() {
        assertEquals(1e-300, InputChecks.positive(1e-300, "thickness", "m"));
        assertEquals(0.0, InputChecks.nonNegative(0, "purge time", "s"));
        assertEquals(1.0, InputChecks.positiveUpToOne(1, "transfer coefficient", "use 0.5"));
        assertEquals(0, InputChecks.steps(0, "number of ALD cycles"));
        assertEquals(InputChecks.MAX_STEPS, InputChecks.steps(InputChecks.MAX_STEPS, "number of ALD cycles"));
        assertEquals(-1.0, InputChecks.finite(-1, "overpotential"));
        assertEquals("LATP", InputChecks.named("LATP", "layer label"));
    }
}
