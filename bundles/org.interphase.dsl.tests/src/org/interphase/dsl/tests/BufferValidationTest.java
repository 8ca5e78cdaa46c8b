package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * A buffer of the user's own between NCM523 and the LLTO film must state what the buffer mechanisms read (its
 * stability window, how far electrons tunnel through it, its shear modulus): each missing one is a validation error
 * naming buffer and property, which the quick fix completes until the experiment compiles.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class BufferValidationTest {

    /**
     * A buffer of the user's between NCM523 and the LLTO film, with its contact with the cathode; {@code %s} are more
     * lines of the buffer's material.
     */
    static final String USER_BUFFER = """
            source Made "values of this test"
            material Buffer-X "Li3BO3" {
              class ternary-oxide
              ionicConductivity = 1e-6 S/cm at 25 °C source Made "test"
              relativePermittivity = 10 source Made "test"
            %s}
            interface IF-NCM523-Buffer-X {
              between = NCM523
              and = Buffer-X
              exchangeCurrentDensity = 0.1 mA/cm2 at 25 °C source Made "test"
              doubleLayerCapacitance = 10 µF/cm2 source Made "test"
            }
            stack Cell {
              area 0.459 cm2
              temperature 25 °C
              cathode NCM523 1 µm
              coating Buffer-X 20 nm
              electrolyte LLTO-film-annealed-300 350 nm
              lithium Li 100 µm
            }
            """;

    private static final String CELL = USER_BUFFER.formatted("") + """
            experiment Cycles on Cell {
              cycling { repeat 2 { "Charge at C/10 until 4.2 V", "Discharge at C/10 until 3.2 V" } }
            }
            """;

    @Inject
    private ValidationIssues validation;

    @Test
    void eachMissingBufferPropertyIsNamedAndTheQuickFixCompletesIt() {
        ValidationIssues.Completion completion = validation.completeMissingProperties(CELL, 5);
        for (Issue issue : completion.fixed()) {
            assertEquals("Buffer-X", issue.getData()[0], issue.getMessage());
            assertTrue(issue.getMessage().startsWith("Cycles cannot be simulated: Buffer-X has no "), issue.getMessage());
        }
        assertTrue(completion.properties().containsAll(List.of("oxidationLimit", "shearModulus")),
                completion.properties()::toString);
        assertEquals(List.of(), validation.of(completion.text()).stream().filter(i -> i.getSeverity() == Severity.ERROR)
                .toList(), completion.text());
    }
}
