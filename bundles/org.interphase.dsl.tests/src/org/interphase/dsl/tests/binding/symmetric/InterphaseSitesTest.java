package org.interphase.dsl.tests.binding.symmetric;

import static org.interphase.dsl.tests.binding.PaperStacks.LIBRARY;
import static org.interphase.dsl.tests.binding.PaperStacks.ROOM;
import static org.interphase.dsl.tests.binding.PaperStacks.STACKS;
import static org.interphase.dsl.tests.binding.symmetric.SymmetricFixtures.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.dsl.binding.SymmetricBinding;
import org.interphase.dsl.tests.binding.PaperStacks;
import org.interphase.library.MaterialProperty;
import org.interphase.sim.SimulationException;
import org.interphase.sim.electrochem.LinearGrowth;
import org.interphase.sim.stack.Arrhenius;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.Electrode;
import org.interphase.sim.stack.LayerMaterial;
import org.interphase.sim.stack.StackLayer;
import org.interphase.sim.symmetric.ElectrodeSide;
import org.interphase.sim.symmetric.InterphaseSite;
import org.junit.jupiter.api.Test;

/** Where interphases grow, how fast, and how much a coating lets through. */
class InterphaseSitesTest {

    private static final Electrode LI = STACKS.electrode("Li");
    private static final StackLayer LATP = STACKS.pellet("PEL-LATP-molten-flux");

    private static CellStack stack(List<StackLayer> layers) {
        return STACKS.stack(LI, layers, LI, 1e-4, ROOM);
    }

    @Test
    void bareLatpGrowsFromTheInterphaseItFormedOnContact() {
        List<InterphaseSite> sites = SymmetricBinding.sites(LIBRARY, PaperStacks.bareLatp());
        assertEquals(2, sites.size());
        InterphaseSite left = sites.get(0);
        assertEquals("Li|LATP interphase", left.label());
        assertEquals("LATP", left.reducedLayer());
        assertEquals(100e-9, left.initialThickness(), 1e-15);
        assertEquals(1.0, left.rateFactor());
        assertInstanceOf(LinearGrowth.class, left.law());
        assertEquals("LATP-MCI", left.material().id());
        assertEquals(ElectrodeSide.RIGHT, sites.get(1).side());
    }

    @Test
    void anInsulatingCoatingPassesExpOfMinusThicknessOverTunnellingLength() {
        // 1 nm of ALD Al2O3 (flagged electronically insulating, [001]) under Li on the left only.
        StackLayer alumina = STACKS.layer("Al2O3-ALD", 1e-9);
        List<InterphaseSite> sites = SymmetricBinding.sites(LIBRARY, stack(List.of(alumina, LATP)));
        double lambda = LIBRARY.material("Al2O3-ALD").orElseThrow().require(MaterialProperty.TUNNELLING_LENGTH).value().si();
        assertEquals(Math.exp(-1e-9 / lambda), sites.get(0).rateFactor(), 1e-15);
        assertEquals(0.0, sites.get(0).initialThickness());
        assertEquals("LATP interphase, left side", sites.get(0).label());
        assertEquals(1.0, sites.get(1).rateFactor());
    }

    @Test
    void aCoatingNotKnownToInsulateDoesNotProtect() {
        // Li3PO4 is not flagged insulating: LATP under 15 nm of it degrades like bare LATP ([001] R-012).
        LayerMaterial phosphate = new LayerMaterial("Li3PO4-ALD",
                Arrhenius.atOneTemperature("test conductivity", 1e-6, ROOM), 10);
        StackLayer coating = StackLayer.of("Li3PO4", phosphate, 15e-9);
        List<InterphaseSite> sites = SymmetricBinding.sites(LIBRARY, stack(List.of(coating, LATP)));
        assertEquals(1.0, sites.get(0).rateFactor());
    }

    @Test
    void noReducibleLayerMeansNoSites() {
        assertTrue(SymmetricBinding.sites(LIBRARY, PaperStacks.bareGarnet()).isEmpty());
    }

    @Test
    void aReducibleLayerWithoutInterfaceDataIsReportedWithTheLineToAdd() {
        // LAGP is reduced by Li ([001]) but the library has no Li|LAGP interface with a growth law.
        LayerMaterial lagp = new LayerMaterial("LAGP", Arrhenius.atOneTemperature("test conductivity", 0.04, ROOM),
                20);
        CellStack cell = stack(List.of(StackLayer.of("LAGP", lagp, 1e-3)));
        SimulationException e = assertThrows(SimulationException.class,
                () -> SymmetricBinding.sites(LIBRARY, cell));
        assertTrue(e.getMessage().contains("interface IF-Li-LAGP { between = Li  and = LAGP  interphase = "),
                e::getMessage);
    }

    @Test
    void aLayerOutsideTheLibraryIsReported() {
        LayerMaterial unknown = new LayerMaterial("unobtainium", Arrhenius.atOneTemperature("σ", 0.01, ROOM), 10);
        CellStack cell = stack(List.of(StackLayer.of("X", unknown, 1e-3)));
        SimulationException e = assertThrows(SimulationException.class,
                () -> SymmetricBinding.sites(LIBRARY, cell));
        assertTrue(e.getMessage().contains("unobtainium"), e::getMessage);
    }
}
