package org.interphase.dsl.tests.library;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.dsl.library.Libraries;
import org.interphase.library.InterfaceProperty;
import org.interphase.library.Material;
import org.interphase.library.MaterialFlag;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.library.SourcedFlag;
import org.interphase.core.provenance.SourcedQuantity;
import org.junit.jupiter.api.Test;

/** The library values the symmetric plating/stripping engine relies on. */
class SymmetricCellDataTest {

    private final MaterialLibrary library = Libraries.builtIn();

    @Test
    void mciOnLatpGrowsLinearlyAtTheVelocityCalibratedToR003() {
        SourcedQuantity v = library.interfaceBetween("Li", "LATP").orElseThrow()
                .require(InterfaceProperty.INTERPHASE_GROWTH_VELOCITY);
        assertAll(
                () -> assertTrue(library.interfaceBetween("Li", "LATP").orElseThrow()
                        .property(InterfaceProperty.INTERPHASE_GROWTH_CONSTANT).isEmpty(), "one growth law"),
                () -> assertEquals("[Tolganbek2022Nanoscale]", v.source().key()),
                () -> assertTrue(v.note().contains("fails after ~40 h at 0.1 mA/cm2"), v::note));
    }

    @Test
    void crossLinkedLbLFilmIsElectronicallyInsulating() {
        // Inferred from facts §c1: coated LATP neither darkens on Li nor forms an MCI.
        SourcedFlag flag = library.material("PAA-PEO-LbL-crosslinked").orElseThrow()
                .flag(MaterialFlag.ELECTRONICALLY_INSULATING).orElseThrow();
        assertTrue(flag.value());
        assertEquals("[Tolganbek2022Nanoscale]", flag.source().key());
    }

    @Test
    void garnetInterfacesCarryTheAreaSpecificResistancesOfR058() {
        // facts §c5 R-058 (Han et al., [004] Table 2): 3500 Ω cm2 uncoated, 150 Ω cm2 with ALD Al2O3.
        SourcedQuantity bare = library.interfaceBetween("Li", "LLCZN").orElseThrow()
                .require(InterfaceProperty.CHARGE_TRANSFER_RESISTANCE);
        SourcedQuantity coated = library.interfaceBetween("Li", "Al2O3-ALD").orElseThrow()
                .require(InterfaceProperty.CHARGE_TRANSFER_RESISTANCE);
        assertAll(
                () -> assertEquals(3500, bare.value().in("Ω cm2"), 1e-9),
                () -> assertEquals(150, coated.value().in("Ω cm2"), 1e-9),
                () -> assertEquals("[Sun2025]", bare.source().key()),
                () -> assertEquals("[Sun2025]", coated.source().key()));
    }

    @Test
    void estimatedGarnetAndAluminaTransportValuesAreMarkedAsEstimates() {
        for (String id : List.of("LLCZN", "Al2O3-ALD")) {
            Material material = library.material(id).orElseThrow();
            for (MaterialProperty property : List.of(MaterialProperty.IONIC_CONDUCTIVITY,
                    MaterialProperty.RELATIVE_PERMITTIVITY)) {
                SourcedQuantity value = material.require(property);
                assertEquals("[Estimate]", value.source().key(), value::toString);
            }
        }
    }

    @Test
    void externalSourcesOfTheSymmetricCellModelAreDeclared() {
        for (String key : List.of("[Flatscher2020]", "[Kasemchainan2019]",
                "[tunnelling]")) {
            String citation = library.citations().get(key);
            assertTrue(citation != null && citation.matches("(?s).*((19|20)\\d\\d|not a publication).*"), key);
        }
    }
}
