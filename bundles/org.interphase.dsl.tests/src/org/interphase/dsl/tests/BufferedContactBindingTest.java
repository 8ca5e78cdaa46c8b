package org.interphase.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.interphase.dsl.binding.CellBinding;
import org.interphase.dsl.binding.CellLayout;
import org.interphase.dsl.library.Libraries;
import org.interphase.library.InterfaceProperty;
import org.interphase.library.MissingProperty;
import org.interphase.sim.cycling.CellParameters;
import org.interphase.sim.cycling.Interphase;
import org.junit.jupiter.api.Test;

/**
 * A buffer between NCM523 and the LLTO film moderates the contact loss through its own thickness and shear modulus,
 * and the side reaction through its stability window and thickness: moving either moves the cell the way the
 * mechanics and the chemistry say.
 */
class BufferedContactBindingTest {

    private static final String ELECTROLYTE = "LLTO-film-annealed-300";

    private static CellParameters cell(String buffer, double thickness) {
        List<CellLayout.Layer> layers = buffer == null ? List.of(new CellLayout.Layer(ELECTROLYTE, 350e-9))
                : List.of(new CellLayout.Layer(buffer, thickness), new CellLayout.Layer(ELECTROLYTE, 350e-9));
        return new CellBinding(Libraries.builtIn()).parameters(new CellLayout("Cell", 0.459e-4, 298.15, "NCM523",
                "NCM523", OptionalDouble.of(1e-6), layers, "Li", 100e-6));
    }

    private static double loss(String buffer, double thickness) {
        return cell(buffer, thickness).cathodeInterface().contactLossPerStrain();
    }

    @Test
    void theBareContactTakesTheCalibratedLoss() {
        double bare = Libraries.builtIn().interfaceBetween("NCM523", ELECTROLYTE).orElseThrow()
                .require(InterfaceProperty.CONTACT_LOSS_PER_STRAIN).value().si();
        assertEquals(bare, loss(null, 0), 1e-15);
        assertTrue(loss("SiO2-sputtered", 1e-9) < bare && loss("SiO2-sputtered", 1e-9) > 0.9 * bare,
                "a 1 nm buffer barely helps");
    }

    @Test
    void aThickerBufferKeepsMoreOfTheCathodeInContact() {
        assertTrue(loss("SiO2-sputtered", 40e-9) < loss("SiO2-sputtered", 10e-9));
        assertTrue(BufferContactCalibration.retention(cell("SiO2-sputtered", 40e-9))
                > BufferContactCalibration.retention(cell("SiO2-sputtered", 10e-9)));
    }

    @Test
    void aSofterBufferKeepsMoreOfTheCathodeInContact() {
        // LiPON (G = 30.8 GPa) against the stiffer LLTO/NCM multilayer (80 GPa), both 40 nm.
        assertTrue(loss("LiPON-sputtered", 40e-9) < loss("LLTO-NCM-buffer", 40e-9));
    }

    @Test
    void aBufferWithoutShearModulusIsNamed() {
        MissingProperty e = assertThrows(MissingProperty.class, () -> cell("LiNbO3-ALD", 5e-9));
        assertTrue(e.getMessage().contains("LiNbO3-ALD has no shearModulus") && e.getMessage().contains(
                "IF-NCM523-LLTO"), e.getMessage());
    }

    private static Interphase interphase(String buffer, double thickness) {
        return cell(buffer, thickness).cathodeInterface().interphase().orElseThrow();
    }

    @Test
    void theChargedCathodeOxidisesTheLltoFilmAndANarrowWindowBuffer() {
        Interphase bare = interphase(null, 0);
        assertEquals(3.7, bare.oxidationLimit(), 1e-12);
        assertEquals(1, bare.exposure(), 0);
        // The (LLTO/NCM)x2 buffer has the LLTO film's window: it reacts in its place.
        assertEquals(1, interphase("LLTO-NCM-buffer", 40e-9).exposure(), 0);
    }

    @Test
    void aWideWindowBufferShieldsTheElectrolyteAsFarAsElectronsTunnel() {
        // SiO2 (window to 5 V) of thickness t passes exp(-t/0.1 nm) of the electrons to the LLTO film behind it.
        assertEquals(Math.exp(-1), interphase("SiO2-sputtered", 0.1e-9).exposure(), 1e-9);
        assertTrue(interphase("SiO2-sputtered", 20e-9).exposure() < 1e-50);
        assertTrue(interphase("LiPON-sputtered", 50e-9).exposure() < 1e-50);
    }

    @Test
    void aBufferWithoutAStabilityWindowIsNamed() {
        MissingProperty e = assertThrows(MissingProperty.class, () -> cell("NCM-LLTO-interlayer", 5e-9));
        assertTrue(e.getMessage().contains("NCM-LLTO-interlayer has no oxidationLimit"), e.getMessage());
    }
}
