package org.interphase.dsl.tests.binding.symmetric;

import static org.interphase.dsl.tests.binding.PaperStacks.LIBRARY;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Quantity;
import org.interphase.dsl.binding.SymmetricBinding;
import org.interphase.dsl.tests.binding.PaperStacks;
import org.interphase.sim.SimulationException;
import org.junit.jupiter.api.Test;

/** The symmetric-cell model bound from a stack: every parameter carries its unit and source. */
class SymmetricCellModelTest {

    @Test
    void everyDefaultHasAUnitAndACitedSource() {
        for (SourcedQuantity parameter : MODEL.parameters()) {
            assertFalse(parameter.source().locator().isBlank(), parameter::toString);
            assertFalse(parameter.source().citation().isBlank(), parameter::toString);
            assertTrue(parameter.source().citation().matches("(?s).*((19|20)\\d\\d|not a publication).*"), parameter::toString);
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
        assertEquals("[Sun2025]", MODEL.cutoffVoltage().source().key());
    }

    @Test
    void theCriticalCurrentDensityComesFromTheStacksInterfacesOrIsAbsent() {
        SourcedQuantity garnet = SymmetricBinding.model(LIBRARY, PaperStacks.bareGarnet(), Optional.empty()).criticalCurrentDensity()
                .orElseThrow();
        assertEquals(0.28, garnet.value().in("mA/cm2"), 1e-12);
        assertEquals("critical current density of Li|LLCZN", garnet.name());
        assertEquals("[Flatscher2020]", garnet.source().key());
        assertTrue(MODEL.criticalCurrentDensity().isEmpty(), "no CCD is known for Li against LATP");
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
