package org.interphase.dsl.tests.library;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.interphase.dsl.library.Libraries;
import org.interphase.library.InterfaceProperty;
import org.interphase.library.LibraryException;
import org.interphase.library.Material;
import org.interphase.library.MaterialInterface;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.library.PelletProcess;
import org.interphase.core.provenance.SourcedQuantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Interface and pellet entries: the [000] cell data the stack impedance model is calibrated with. */
class InterfaceAndPelletTest {

    private static final String CALIBRATED = "calibrated to reproduce the EIS of Fig. 7a";

    private final MaterialLibrary library = Libraries.builtIn();

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
                () -> assertEquals("[Tolganbek2022Nanoscale]", i0Bare.source().key()),
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
                () -> assertEquals("[Tolganbek2022Nanoscale]", mci.source().key()),
                () -> assertEquals(5, latp.require(MaterialProperty.GRAIN_BOUNDARY_WIDTH).value().in("nm"), 1e-12));
    }

    @Test
    void latpPelletIsPressedInTheEightMillimetreDieOfFactsB1() {
        PelletProcess pellet = library.process("PEL-LATP-molten-flux", PelletProcess.class).orElseThrow();
        assertEquals("LATP", pellet.material());
        assertEquals(8, pellet.diameter().value().in("mm"), 1e-12);
        assertEquals("[Tolganbek2022Nanoscale]", pellet.diameter().source().key());
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
        assertEquals("interfaces.iph", e.file());
    }

    /** What is wrong, the user file, and a phrase the message must contain. */
    static Stream<Arguments> malformedEntries() {
        String src = " source Tolganbek2022Nanoscale \"x\"";
        return Stream.of(
                Arguments.of("interphase without thickness", entry("interface", "between = Li", "and = LATP",
                        "interphase = LATP-MCI", "doubleLayerCapacitance = 1 µF/cm2" + src), "go together"),
                Arguments.of("thickness without interphase", entry("interface", "between = Li", "and = LATP",
                        "interphaseThickness = 1 nm" + src), "go together"),
                Arguments.of("i0 and resistance", entry("interface", "between = Li", "and = Ag",
                        "exchangeCurrentDensity = 1 mA/cm2" + src, "chargeTransferResistance = 10 Ω cm2" + src),
                        "not both"),
                Arguments.of("same material twice", entry("interface", "between = Li", "and = Li"),
                        "two different materials"),
                Arguments.of("unknown material", entry("interface", "between = Li", "and = LATPP"),
                        "and=LATPP is not a material"),
                Arguments.of("second entry for a pair", entry("interface", "between = LATP", "and = Li"),
                        "already described by interface IF-Li-LATP"),
                Arguments.of("wrong kind of value", entry("interface", "between = Li", "and = Ag",
                        "doubleLayerCapacitance = 10 Ω cm2" + src), "must be an areal capacitance"),
                Arguments.of("pellet without thickness", entry("process", "material = LATP", "diameter = 8 mm" + src),
                        "needs 'thickness"));
    }

    /** An entry named I (an interface) or P (a pellet process) with the given lines. */
    private static String entry(String keyword, String... lines) {
        String header = keyword.equals("process") ? "process P pellet {" : "interface I {";
        return header + "\n  " + String.join("\n  ", lines) + "\n}\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedEntries")
    void malformedInterfaceOrPelletIsRejectedWithAHint(String what, String text, String expected) {
        LibraryException e = assertThrows(LibraryException.class,
                () -> Libraries.read("user.iph", text));
        assertTrue(e.getMessage().contains(expected), () -> what + ": " + e.getMessage());
    }

    @Test
    void userFileReplacesAnInterfaceByItsId() {
        MaterialLibrary user = Libraries.read("user.iph", """
                source Lab "our EIS of Li|LATP, run 3"
                interface IF-Li-LATP {
                  between = Li
                  and = LATP
                  chargeTransferResistance = 400 Ω cm2 at 25 °C source Lab "fit 3"
                }
                """);
        MaterialInterface replaced = library.withOverrides(user).interfaceBetween("Li", "LATP").orElseThrow();
        assertTrue(replaced.interphase().isEmpty());
        assertEquals(400, replaced.require(InterfaceProperty.CHARGE_TRANSFER_RESISTANCE).value().in("Ω cm2"), 1e-9);
        assertEquals(library.interfaces().size(), library.withOverrides(user).interfaces().size());
    }
}
