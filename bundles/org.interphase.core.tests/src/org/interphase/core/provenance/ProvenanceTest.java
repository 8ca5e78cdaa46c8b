package org.interphase.core.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.interphase.core.units.Dimension;
import org.interphase.core.units.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Citations attached to parameter values. */
class ProvenanceTest {

    private static final Source TOLGANBEK_REVIEW =
            Source.of("[001]", "Tolganbek et al., Mater. Adv. 2022, 3, 3055", "Table 1");

    @Test
    void printsKeyCitationAndLocator() {
        assertEquals("[001] Tolganbek et al., Mater. Adv. 2022, 3, 3055, Table 1", TOLGANBEK_REVIEW.toString());
        assertEquals("[external] general knowledge", Source.of("[external]", "general knowledge", null).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"001", "[]", "[ ]", "", "[001"})
    void requiresABracketedKey(String key) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Source.of(key, "x", ""));
        assertEquals("source key must be a bracketed tag like [000] or [external], got '" + key + "'", e.getMessage());
    }

    @Test
    void requiresACitation() {
        assertEquals("source [002] needs a citation, e.g. authors, journal, year",
                assertThrows(IllegalArgumentException.class, () -> Source.of("[002]", " ", "")).getMessage());
    }

    @Test
    void printsASourcedParameterWithItsNote() {
        // facts.md §a1: LATP Li1.3Al0.3Ti1.7(PO4)3, σ(RT) = 7 × 10⁻⁴ S cm⁻¹ ([001] Table 1).
        SourcedQuantity sigma = new SourcedQuantity("ionic conductivity of LATP",
                Units.parse("7 × 10⁻⁴ S cm⁻¹", Dimension.CONDUCTIVITY, "ionic conductivity"), TOLGANBEK_REVIEW, "RT");
        assertEquals("ionic conductivity of LATP = 7 × 10⁻⁴ S cm⁻¹ [001] Tolganbek et al., Mater. Adv. 2022, 3, 3055, "
                + "Table 1 (RT)", sigma.toString());
    }

    @Test
    void requiresANameAValueAndASource() {
        var value = Units.parse("2.5 nm");
        assertThrows(IllegalArgumentException.class, () -> new SourcedQuantity(" ", value, TOLGANBEK_REVIEW, ""));
        assertEquals("value of thickness",
                assertThrows(NullPointerException.class, () -> new SourcedQuantity("thickness", null, TOLGANBEK_REVIEW, ""))
                        .getMessage());
        assertEquals("source of thickness",
                assertThrows(NullPointerException.class, () -> new SourcedQuantity("thickness", value, null, ""))
                        .getMessage());
    }
}
