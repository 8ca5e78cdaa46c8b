package org.interphase.library;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.stream.Stream;

import org.interphase.core.provenance.SourcedQuantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Interface and pellet entries: the [000] cell data the stack impedance model is calibrated with. */
class InterfaceAndPelletTest {

    private static final String CALIBRATED = "calibrated to reproduce R-001/R-002 of facts.md §c1";

    private final MaterialLibrary library = MaterialLibrary.builtIn();

    @Test
    void lithiumOnLatpFormsTheMciAndHasHalfTheExchangeCurrentOfTheCoatedContact() {
        MaterialInterface bare = library.interfaceBetween("LATP", "Li").orElseThrow();
        MaterialInterface coated = library.interfaceBetween("Li", "PAA-PEO-LbL-crosslinked").orElseThrow();
        SourcedQuantity i0Bare = bare.require(InterfaceProperty.EXCHANGE_CURRENT_DENSITY);
        SourcedQuantity i0Coated = coated.require(InterfaceProperty.EXCHANGE_CURRENT_DENSITY);
        assertAll(
                () -> assertEquals("Li", bare.between()),
                () -> assertEquals("LATP-MCI", bare.interphase().orElseThrow()),
                () -> assertEquals(100, bare.require(InterfaceProperty.INTERPHASE_THICKNESS).value().in("nm"), 1e-9),
                // facts §c1 R-002: the coating halves the charge-transfer resistance, so i0 doubles.
                () -> assertEquals(2.0, i0Coated.value().si() / i0Bare.value().si(), 1e-12),
                () -> assertEquals("[000]", i0Bare.source().key()),
                () -> assertTrue(i0Bare.note().contains(CALIBRATED), i0Bare::note),
                () -> assertEquals(25.0, bare.measuringTemperature(InterfaceProperty.EXCHANGE_CURRENT_DENSITY)
                        .orElseThrow().in("°C"), 1e-9),
                () -> assertEquals(10, coated.require(InterfaceProperty.DOUBLE_LAYER_CAPACITANCE).value()
                        .in("µF/cm2"), 1e-9));
    }

    @Test
    void calibratedLatpAndMciConductivitiesCiteTheirReportedNumbers() {
        Material latp = library.material("LATP").orElseThrow();
        SourcedQuantity gb = latp.require(MaterialProperty.GRAIN_BOUNDARY_CONDUCTIVITY);
        SourcedQuantity mci = library.material("LATP-MCI").orElseThrow().require(MaterialProperty.IONIC_CONDUCTIVITY);
        assertAll(
                () -> assertEquals(2.07e-4, gb.value().in("S/cm"), 1e-12),
                () -> assertTrue(gb.note().contains(CALIBRATED) && gb.note().contains("1.6e-4"), gb::note),
                () -> assertEquals(4.06e-9, mci.value().in("S/cm"), 1e-15),
                () -> assertTrue(mci.note().contains(CALIBRATED) && mci.note().contains("1.8e-5"), mci::note),
                () -> assertEquals("[000]", mci.source().key()),
                () -> assertEquals(5, latp.require(MaterialProperty.GRAIN_BOUNDARY_WIDTH).value().in("nm"), 1e-12));
    }

    @Test
    void latpPelletIsPressedInTheEightMillimetreDieOfFactsB1() {
        PelletProcess pellet = library.process("PEL-LATP-molten-flux", PelletProcess.class).orElseThrow();
        assertEquals("LATP", pellet.material());
        assertEquals(8, pellet.diameter().value().in("mm"), 1e-12);
        assertEquals("[000]", pellet.diameter().source().key());
        // π (4 mm)² = 50.27 mm²
        assertEquals(Math.PI * 16e-6, pellet.faceArea(), 1e-15);
    }

    @Test
    void missingInterfacePropertyNamesTheInterfaceAndHowToAddIt() {
        MaterialInterface coated = library.interfaceBetween("Li", "PAA-PEO-LbL-crosslinked").orElseThrow();
        LibraryException e = assertThrows(LibraryException.class,
                () -> coated.require(InterfaceProperty.ACTIVATION_ENERGY));
        assertTrue(e.getMessage().contains("IF-Li-PAA-PEO") && e.getMessage().contains("activationEnergy = "),
                e.getMessage());
        assertEquals("interfaces.lib", e.file());
    }

    /** What is wrong, the user file, and a phrase the message must contain. */
    static Stream<Arguments> malformedEntries() {
        String header = "interface I between=Li and=Ag\n";
        return Stream.of(
                Arguments.of("interphase without thickness", "interface I between=Li and=LATP interphase=LATP-MCI\n"
                        + "  doubleLayerCapacitance = 1 µF/cm2 source=[000] \"x\"", "go together"),
                Arguments.of("thickness without interphase", "interface I between=Li and=LATP\n"
                        + "  interphaseThickness = 1 nm source=[000] \"x\"", "go together"),
                Arguments.of("i0 and resistance", header + "  exchangeCurrentDensity = 1 mA/cm2 source=[000] \"x\"\n"
                        + "  chargeTransferResistance = 10 Ω cm2 source=[000] \"x\"", "not both"),
                Arguments.of("same material twice", "interface I between=Li and=Li", "two different materials"),
                Arguments.of("unknown material", "interface I between=Li and=LATPP", "and=LATPP is not a material"),
                Arguments.of("second entry for a pair", "interface I between=LATP and=Li",
                        "already described by interface IF-Li-LATP"),
                Arguments.of("wrong kind of value", header + "  doubleLayerCapacitance = 10 Ω cm2 source=[000] \"x\"",
                        "must be an areal capacitance"),
                Arguments.of("pellet without thickness", "pellet P material=LATP\n  diameter = 8 mm source=[000] \"x\"",
                        "needs 'thickness"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedEntries")
    void malformedInterfaceOrPelletIsRejectedWithAHint(String what, String text, String expected) {
        LibraryException e = assertThrows(LibraryException.class,
                () -> MaterialLibrary.load(new StringReader(text), "user.lib"));
        assertTrue(e.getMessage().contains(expected), () -> what + ": " + e.getMessage());
    }

    @Test
    void userFileReplacesAnInterfaceByItsId() throws IOException {
        MaterialLibrary user = MaterialLibrary.load(new StringReader("""
                source [lab] "our EIS of Li|LATP, run 3"
                interface IF-Li-LATP between=Li and=LATP
                  chargeTransferResistance = 400 Ω cm2 @ 25 °C source=[lab] "fit 3"
                """), "user.lib");
        MaterialInterface replaced = library.withOverrides(user).interfaceBetween("Li", "LATP").orElseThrow();
        assertTrue(replaced.interphase().isEmpty());
        assertEquals(400, replaced.require(InterfaceProperty.CHARGE_TRANSFER_RESISTANCE).value().in("Ω cm2"), 1e-9);
        assertEquals(library.interfaces().size(), library.withOverrides(user).interfaces().size());
    }
}
