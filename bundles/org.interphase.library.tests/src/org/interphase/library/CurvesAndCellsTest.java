package org.interphase.library;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.interphase.core.provenance.SourcedQuantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Open-circuit curves, cathode transport data and the published full cells that the cycling engine reads. */
class CurvesAndCellsTest {

    private final MaterialLibrary library = MaterialLibrary.builtIn();

    /** The tables reproduce the published fits they cite (checked at x = 0.5, where each is smooth). */
    @ParameterizedTest
    @CsvSource({
        // LFP, Afshar 2017 at s = 0.5: 3.4077 - 0.020269/2 + 0.5 e^-75 - 0.9 e^-15
        "OCV-LFP-Afshar2017, LFP, [external:Afshar2017], 3.39757",
        // NMC811, Chen 2020 at s = 0.2661 + 0.5 (0.9084 - 0.2661) = 0.58725
        "OCV-NCM811-Chen2020, NCM811, [external:Chen2020], 3.8411",
        // NMC532 fit of Mohtat 2020 at s = 0.05 + 0.5 * 0.95 = 0.525
        "OCV-NCM523-Mohtat2020, NCM523, [external:Mohtat2020], 3.8022",
        // LiCoO2, Dualfoil at s = 0.45 + 0.5 * 0.52 = 0.71
        "OCV-LCO-Dualfoil1998, LCO, [external:Dualfoil1998], 3.9345"})
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
    void publishedCellsReferToLibraryMaterialsWithSourcedDimensions() {
        CellDesign lfp = library.cell("CELL-R-008").orElseThrow();
        assertAll(
                () -> assertEquals("LFP", lfp.cathode()),
                () -> assertEquals(List.of("PAA-PEO-LbL-crosslinked", "LATP", "PAA-PEO-LbL-crosslinked"), lfp.layers()),
                () -> assertEquals("Li", lfp.anode()),
                () -> assertTrue(!lfp.thinFilm()),
                // facts.md §d12: 1.7 nm PEI + 30 bilayers of 2.5 nm.
                () -> assertEquals(76.7, lfp.layerThicknesses().get(0).value().in("nm"), 1e-9),
                () -> assertTrue(lfp.require(CellProperty.UTILIZATION).note()
                        .contains("calibrated to reproduce R-008 of facts.md §c1")));
        for (String id : List.of("CELL-R-052", "CELL-R-053", "CELL-R-054", "CELL-R-055")) {
            CellDesign cell = library.cell(id).orElseThrow();
            assertTrue(cell.thinFilm(), id);
            assertEquals("LLTO-film-annealed-300", cell.layers().get(cell.layers().size() - 1), id);
            // facts.md §a3: the LLTO film is 300-400 nm thick.
            assertEquals(350, cell.layerThicknesses().get(cell.layers().size() - 1).value().in("nm"), 1e-9);
            MaterialInterface contact = library.interfaceBetween("NCM523", cell.layers().get(0)).orElseThrow();
            SourcedQuantity loss = contact.require(InterfaceProperty.CONTACT_LOSS_PER_STRAIN);
            assertTrue(loss.note().contains("calibrated to reproduce R-05" + id.charAt(id.length() - 1)
                    + " of facts.md §c4"), loss::note);
        }
    }

    @Test
    void curveAndCellEntriesAreCheckedWhereTheyAreWritten() {
        LibraryException unsorted = assertThrows(LibraryException.class, () -> load("""
                curve C1 material=LFP of=openCircuitPotential x=lithiation
                  point x=0.5 = 3.4 V source=[000] "t"
                  point x=1.5 = 3.3 V source=[000] "t"
                """));
        assertTrue(unsorted.getMessage().contains("x must be a number from 0 to 1"), unsorted.getMessage());
        LibraryException single = assertThrows(LibraryException.class, () -> load("""
                curve C1 material=LFP of=openCircuitPotential x=lithiation
                  point x=0.5 = 3.4 V source=[000] "t"
                """));
        assertTrue(single.getMessage().contains("at least two"), single.getMessage());
        LibraryException missingLayer = assertThrows(LibraryException.class, () -> load("""
                cell X cathode=LFP layers=LATP,LLTO anode=Li electrode=thin-film
                  area = 1 cm2 source=[000] "t"
                  cathodeThickness = 1 µm source=[000] "t"
                  layerThickness layer=1 = 1 mm source=[000] "t"
                """));
        assertTrue(missingLayer.getMessage().contains("layerThickness layer=2"), missingLayer.getMessage());
        LibraryException unknownMaterial = assertThrows(LibraryException.class, () -> load("""
                cell X cathode=LFPX layers=LATP anode=Li electrode=composite
                  area = 1 cm2 source=[000] "t"
                  cathodeLoading = 1 mg/cm2 source=[000] "t"
                  layerThickness layer=1 = 1 mm source=[000] "t"
                """));
        assertTrue(unknownMaterial.getMessage().contains("cathode=LFPX is not a material"), unknownMaterial.getMessage());
    }

    private static MaterialLibrary load(String text) throws IOException {
        return MaterialLibrary.load(new StringReader(text), "user.lib");
    }
}
