package org.interphase.sim.symmetric;

import static org.interphase.sim.symmetric.SymmetricFixtures.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Quantity;
import org.interphase.sim.SimulationException;
import org.junit.jupiter.api.Test;

/** The default physics parameters carry their units and sources. */
class SymmetricCellModelTest {

    @Test
    void everyDefaultHasAUnitAndACitedSource() {
        for (SourcedQuantity parameter : MODEL.parameters()) {
            assertFalse(parameter.source().locator().isBlank(), parameter::toString);
            assertFalse(parameter.source().citation().isBlank(), parameter::toString);
            if (parameter.source().key().startsWith("[external")) {
                assertTrue(parameter.source().citation().contains("NOT from the five source papers"),
                        parameter::toString);
            }
        }
    }

    @Test
    void lithiumVolumePerChargeIs4Point89MicronsPerMilliampHourPerSquareCentimetre() {
        // facts §d16 item 8 [derived]: 1 mAh/cm2 of Li is 4.89 µm thick (3860 mAh/g, 0.53 g/cm3).
        double metresPerCoulomb = MODEL.lithiumVolumePerCharge().value().si();
        double charge = Quantity.of(1, "mAh").si() / Quantity.of(1, "cm2").si();
        assertEquals(4.89e-6, metresPerCoulomb * charge, 0.01e-6);
    }

    @Test
    void cutOffIsTheTwoVoltLifetimeMarkOfR063() {
        assertEquals(2.0, MODEL.cutoffVoltage().value().in("V"));
        assertEquals("[004]", MODEL.cutoffVoltage().source().key());
    }

    @Test
    void aParameterOfTheWrongKindIsRejected() {
        SourcedQuantity wrong = new SourcedQuantity("critical current density", Quantity.of(1, "V"),
                MODEL.cutoffVoltage().source(), "");
        SimulationException e = assertThrows(SimulationException.class,
                () -> MODEL.withCriticalCurrentDensity(wrong));
        assertTrue(e.getMessage().contains("mA/cm2"), e::getMessage);
    }
}
