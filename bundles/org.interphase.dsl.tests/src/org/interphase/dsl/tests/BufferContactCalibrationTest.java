package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.interphase.dsl.library.Libraries;
import org.interphase.library.InterfaceProperty;
import org.interphase.library.MaterialInterface;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The library's constants of the NCM523|LLTO-film contact are what {@link BufferContactCalibration} finds. */
@ExtendWith(InjectionExtension.class)
@InjectWith(InterphaseInjectorProvider.class)
class BufferContactCalibrationTest {

    @Inject
    private TestModels models;

    @Test
    @DisplayName("calibration (R-052, R-053): IF-NCM523-LLTO's contact loss and accommodation length are the fitted ones")
    void libraryHoldsTheFittedContactConstants() {
        var examples = ExampleFiles.loadAll(models);
        BufferContactCalibration.Constants fitted = new BufferContactCalibration(
                ExampleCycling.run(examples, "SampleACycling"), ExampleCycling.run(examples, "SampleBCycling")).fit();
        MaterialInterface contact = Libraries.builtIn().interfaceBetween("NCM523", "LLTO-film-annealed-300")
                .orElseThrow();
        double chi = contact.require(InterfaceProperty.CONTACT_LOSS_PER_STRAIN).value().si();
        double length = contact.require(InterfaceProperty.STRAIN_ACCOMMODATION_LENGTH).value().si();
        String found = "the routine finds contactLossPerStrain = " + fitted.bareLossPerStrain()
                + ", strainAccommodationLength = " + fitted.accommodationLength() * 1e9 + " nm";
        assertEquals(fitted.bareLossPerStrain(), chi, 0.005 * chi, found);
        assertEquals(fitted.accommodationLength(), length, 0.005 * length, found);
        for (InterfaceProperty fittedProperty : new InterfaceProperty[] {InterfaceProperty.CONTACT_LOSS_PER_STRAIN,
                InterfaceProperty.STRAIN_ACCOMMODATION_LENGTH}) {
            String note = contact.require(fittedProperty).note();
            assertTrue(note.contains("samples A and B") && note.contains("BufferContactCalibration"), note);
        }
    }
}
