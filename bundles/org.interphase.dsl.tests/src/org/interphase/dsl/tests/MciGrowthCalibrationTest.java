package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.tests.binding.PaperStacks;
import org.interphase.library.InterfaceProperty;
import org.interphase.library.MaterialLibrary;
import org.interphase.core.provenance.SourcedQuantity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The library's MCI growth velocity on LATP is what {@link MciGrowthCalibration} finds from R-003. */
class MciGrowthCalibrationTest {

    private static final MaterialLibrary LIBRARY = Libraries.builtIn();

    @Test
    @DisplayName("calibration (R-003): IF-Li-LATP's interphaseGrowthVelocity is the fitted one")
    void libraryHoldsTheFittedVelocity() {
        MciGrowthCalibration calibration = new MciGrowthCalibration(LIBRARY, PaperStacks.bareLatp());
        double fitted = calibration.fit();
        SourcedQuantity velocity = LIBRARY.interfaceBetween("Li", "LATP").orElseThrow()
                .require(InterfaceProperty.INTERPHASE_GROWTH_VELOCITY);
        assertAll(
                () -> assertEquals(fitted, velocity.value().si(), 0.01 * fitted,
                        "the routine finds " + fitted * 1e9 + " nm/s"),
                () -> assertTrue(velocity.note().contains("MciGrowthCalibration"), velocity::note),
                // the library's value gives back the 40 h it was fitted to
                () -> assertEquals(MciGrowthCalibration.LIFETIME, calibration.lifetime(velocity.value().si()),
                        0.02 * MciGrowthCalibration.LIFETIME));
    }

    @Test
    void aFasterReactionShortensTheLife() {
        // Sensitivity: the lifetime at 0.1 mA/cm² falls as the growth velocity rises.
        MciGrowthCalibration calibration = new MciGrowthCalibration(LIBRARY, PaperStacks.bareLatp());
        assertTrue(calibration.lifetime(4e-12) < calibration.lifetime(2e-12));
    }
}
