package org.interphase.dsl.tests.binding.symmetric;

import static org.interphase.dsl.tests.binding.PaperStacks.LIBRARY;
import static org.interphase.dsl.tests.binding.PaperStacks.STACKS;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.MODEL;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Quantity;
import org.interphase.dsl.binding.SymmetricBinding;
import org.interphase.dsl.tests.binding.PaperStacks;
import org.interphase.library.MaterialProperty;
import org.interphase.sim.SimulationException;
import org.interphase.sim.electrochem.ElectrochemConstants;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.StackLayer;
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
    void theCriticalCurrentDensityIsWhereTheLiContactsOverpotentialReachesThePenetrationOverpotential() {
        // Li|LLCZN: 3500 Ω cm² (R-058 bare) is i0 = RT/(F·ASR); CCD = 2 i0 sinh(F η_c / 2RT) with LLCZN's η_c.
        CellStack garnet = PaperStacks.bareGarnet();
        SourcedQuantity ccd = SymmetricBinding.model(LIBRARY, garnet, Optional.empty()).criticalCurrentDensity()
                .orElseThrow();
        double thermal = ElectrochemConstants.thermalVoltage(garnet.temperature());
        double i0 = thermal / (3500 * 1e-4);
        double eta = LIBRARY.material("LLCZN").orElseThrow().require(MaterialProperty.PENETRATION_OVERPOTENTIAL)
                .value().si();
        assertAll(() -> assertEquals(2 * i0 * Math.sinh(eta / (2 * thermal)), ccd.value().si(), 1e-9 * ccd.value().si()),
                () -> assertEquals("critical current density of Li|LLCZN", ccd.name()),
                () -> assertEquals("[Estimate]", ccd.source().key()),
                () -> assertTrue(MODEL.criticalCurrentDensity().isEmpty(), "LATP states no penetration overpotential"));
    }

    @Test
    void aLessResistiveContactRaisesTheCriticalCurrentDensityInProportion() {
        // Sensitivity: Al2O3 on the garnet (150 Ω cm² against 3500, R-058) multiplies i0, and so the CCD, by 3500/150.
        CellStack bare = PaperStacks.bareGarnet();
        StackLayer alumina = STACKS.layer("Al2O3-ALD", 5e-9);
        CellStack coated = STACKS.stack(STACKS.electrode("Li"), List.of(alumina, bare.layers().get(0),
                StackLayer.of("Al2O3-ALD, right", alumina.material(), 5e-9)), STACKS.electrode("Li"), bare.area(),
                bare.temperature());
        double ratio = SymmetricBinding.criticalCurrentDensity(LIBRARY, coated).orElseThrow().value().si()
                / SymmetricBinding.criticalCurrentDensity(LIBRARY, bare).orElseThrow().value().si();
        assertEquals(3500 / 150.0, ratio, 1e-9);
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
