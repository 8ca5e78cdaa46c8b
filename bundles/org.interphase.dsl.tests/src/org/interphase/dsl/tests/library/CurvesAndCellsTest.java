package org.interphase.dsl.tests.library;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.dsl.library.Libraries;
import org.interphase.library.InterfaceProperty;
import org.interphase.library.LibraryException;
import org.interphase.library.Material;
import org.interphase.library.MaterialCurve;
import org.interphase.library.MaterialInterface;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.core.provenance.SourcedQuantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Open-circuit curves, cathode transport data and cathode interfaces that the cycling engine reads. */
class CurvesAndCellsTest {

    private final MaterialLibrary library = Libraries.builtIn();

    /** The tables reproduce the published fits they cite (checked at x = 0.5, where each is smooth). */
    @ParameterizedTest
    @CsvSource({
        // LFP, Afshar 2017 at s = 0.5: 3.4077 - 0.020269/2 + 0.5 e^-75 - 0.9 e^-15
        "OCV-LFP-Afshar2017, LFP, [Afshar2017], 3.39757",
        // NMC811, Chen 2020 at s = 0.2661 + 0.5 (0.9084 - 0.2661) = 0.58725
        "OCV-NCM811-Chen2020, NCM811, [Chen2020], 3.8411",
        // NMC532 fit of Mohtat 2020 at s = 0.05 + 0.5 * 0.95 = 0.525
        "OCV-NCM523-Mohtat2020, NCM523, [Mohtat2020], 3.8022",
        // LiCoO2, Dualfoil at s = 0.45 + 0.5 * 0.52 = 0.71
        "OCV-LCO-Dualfoil1998, LCO, [Dualfoil1998], 3.9345"})
    void openCircuitCurvesAreSourcedTablesOfPublishedFits(String id, String material, String source, double atHalf) {
        MaterialCurve curve = library.curvesOf(material, MaterialCurve.OPEN_CIRCUIT_POTENTIAL).get(0);
        double[] x = curve.xs();
        double[] u = curve.values();
        assertAll(
                () -> assertEquals(id, curve.id()),
                () -> assertEquals(0, x[0]),
                () -> assertEquals(1, x[x.length - 1]),
                () -> assertTrue(curve.points().stream().allMatch(p -> p.value().source().key().equals(source))),
                () -> assertEquals(atHalf, interpolate(x, u, 0.5), 0.003, "vs the published fit"));
        for (int i = 1; i < u.length; i++) {
            assertTrue(u[i] < u[i - 1], id + " must fall with lithiation at x = " + x[i]);
        }
    }

    private static double interpolate(double[] x, double[] u, double at) {
        for (int i = 1; i < x.length; i++) {
            if (x[i] >= at) {
                return u[i - 1] + (u[i] - u[i - 1]) * (at - x[i - 1]) / (x[i] - x[i - 1]);
            }
        }
        throw new AssertionError();
    }

    @ParameterizedTest
    @CsvSource({"LFP, 5.9e-18", "NCM523, 8e-15", "NCM811, 4e-15", "LCO, 1e-13"})
    void cathodesHaveDiffusivityDensityAndCapacity(String id, double diffusivity) {
        Material cathode = library.material(id).orElseThrow();
        assertEquals(diffusivity, cathode.require(MaterialProperty.LITHIUM_DIFFUSIVITY).value().si(), 1e-6 * diffusivity);
        assertEquals(25, cathode.measuringTemperature("lithiumDiffusivity").orElseThrow().in("°C"), 1e-9);
        assertTrue(cathode.require(MaterialProperty.DENSITY).value().in("g/cm3") > 3);
        assertTrue(cathode.require(MaterialProperty.SPECIFIC_CAPACITY).value().in("mAh/g") > 100);
    }

    @Test
    void onlyTheBareNcmLltoContactCarriesCalibratedContactConstants() {
        MaterialInterface bare = library.interfaceBetween("NCM523", "LLTO-film-annealed-300").orElseThrow();
        for (InterfaceProperty fitted : List.of(InterfaceProperty.CONTACT_LOSS_PER_STRAIN,
                InterfaceProperty.STRAIN_ACCOMMODATION_LENGTH)) {
            assertTrue(bare.require(fitted).note().contains("calibrated"), bare.require(fitted)::note);
        }
        // The buffered contacts take theirs from the bare one and the buffer's mechanics, not from a fit of their own.
        for (String buffer : List.of("LLTO-NCM-buffer", "SiO2-sputtered", "LiPON-sputtered")) {
            MaterialInterface contact = library.interfaceBetween("NCM523", buffer).orElseThrow();
            assertTrue(contact.property(InterfaceProperty.CONTACT_LOSS_PER_STRAIN).isEmpty(), contact.id());
            assertTrue(library.material(buffer).orElseThrow().property(MaterialProperty.SHEAR_MODULUS).isPresent(),
                    buffer);
        }
    }

    @Test
    void curveEntriesAreCheckedWhereTheyAreWritten() {
        LibraryException unsorted = assertThrows(LibraryException.class,
                () -> load(curve("point[x=0.5] = 3.4 V", "point[x=1.5] = 3.3 V")));
        assertTrue(unsorted.getMessage().contains("x must be a number from 0 to 1"), unsorted.getMessage());
        LibraryException single = assertThrows(LibraryException.class, () -> load(curve("point[x=0.5] = 3.4 V")));
        assertTrue(single.getMessage().contains("at least two"), single.getMessage());
    }

    /** An open-circuit curve of LFP with the given points, each cited. */
    private static String curve(String... points) {
        StringBuilder text = new StringBuilder("curve C1 {\n  material = LFP\n  of = \"openCircuitPotential\"\n"
                + "  x = lithiation\n");
        for (String point : points) {
            text.append("  ").append(point).append(" source Tolganbek2022Nanoscale \"t\"\n");
        }
        return text.append("}\n").toString();
    }

    private static MaterialLibrary load(String text) {
        return Libraries.read("user.iph", text);
    }
}
