package org.interphase.dsl.tests.binding.growth;

import static org.interphase.dsl.tests.binding.growth.GrowthFixtures.ENGINE;
import static org.interphase.dsl.tests.binding.growth.GrowthFixtures.GROWTH;
import static org.interphase.dsl.tests.binding.growth.GrowthFixtures.LIBRARY;
import static org.interphase.dsl.tests.binding.growth.GrowthFixtures.ald;
import static org.interphase.dsl.tests.binding.growth.GrowthFixtures.in;
import static org.interphase.dsl.tests.binding.growth.GrowthFixtures.si;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.library.SupercycleProcess;
import org.interphase.sim.SimulationException;
import org.interphase.sim.growth.GrowthResult;
import org.interphase.sim.growth.GrowthWarning.Code;
import org.interphase.sim.growth.StepKind;
import org.interphase.sim.growth.SupercycleInput.Subcycle;
import org.interphase.sim.growth.SupercycleInput;
import org.junit.jupiter.api.Test;

/** ALD supercycles: thickness, composition and non-additivity. */
class SupercycleGrowthTest {

    private static final double T250 = si(250, "°C");

    /** 3 × Al2O3 + 1 × Li2O per supercycle, from the library's binary chemistries. */
    private static SupercycleInput lithiumAluminate(int supercycles, OptionalDouble nonAdditivity) {
        return new SupercycleInput(GROWTH.film("LiAlO-ALD"), List.of(
                new Subcycle("Al2O3", Optional.of(GROWTH.chemistry(ald("ALD-Al2O3-TMA-H2O-250"))), 3),
                new Subcycle("Li2O", Optional.of(GROWTH.chemistry(ald("ALD-Li2O-LiOtBu-H2O-225"))), 1)),
                supercycles, T250, Optional.empty(), Optional.empty(), nonAdditivity, 0);
    }

    private static double gpc(String process) {
        return ald(process).gpc().get(0).gpc().value().si();
    }

    private static double property(String material, String name) {
        return LIBRARY.material(material).orElseThrow().require(name).value().si();
    }

    @Test
    void additiveSupercycleSumsSubcyclesAndSaysItAssumedSo() {
        GrowthResult film = ENGINE.grow(lithiumAluminate(20, OptionalDouble.empty()));
        double perSupercycle = 3 * gpc("ALD-Al2O3-TMA-H2O-250") + gpc("ALD-Li2O-LiOtBu-H2O-225");
        assertEquals(20 * perSupercycle, film.finalThickness(), 1e-20);
        assertEquals(perSupercycle, film.thicknessAfterStep()[0], 1e-20);
        assertEquals(StepKind.SUPERCYCLE, film.stepKind());
        assertTrue(film.hasWarning(Code.ADDITIVITY_ASSUMED), film.warnings()::toString);
        // The Li2O subcycle GPC is only known at 225 °C (facts §d10, derived), and this run is at 250 °C.
        assertTrue(film.hasWarning(Code.GPC_EXTRAPOLATED), film.warnings()::toString);
    }

    @Test
    void compositionFollowsFromSubcycleGpcDensityAndMolarMass() {
        GrowthResult film = ENGINE.grow(lithiumAluminate(20, OptionalDouble.empty()));
        double tAl = 3 * gpc("ALD-Al2O3-TMA-H2O-250");
        double tLi = gpc("ALD-Li2O-LiOtBu-H2O-225");
        double nAl = tAl * property("Al2O3-ALD", "density") / property("Al2O3-ALD", "molarMass");
        double nLi = tLi * property("Li2O-ALD", "density") / property("Li2O-ALD", "molarMass");
        assertEquals(nAl / (nAl + nLi), film.composition().get("Al2O3-ALD"), 1e-12);
        assertEquals(nLi / (nAl + nLi), film.composition().get("Li2O-ALD"), 1e-12);
        // Al2O3 has 2 Al in 5 atoms, Li2O 2 Li in 3 atoms.
        double atoms = 5 * nAl + 3 * nLi;
        assertEquals(2 * nAl / atoms, film.atomicFractions().get("Al"), 1e-12);
        assertEquals(2 * nLi / atoms, film.atomicFractions().get("Li"), 1e-12);
        assertEquals((3 * nAl + nLi) / atoms, film.atomicFractions().get("O"), 1e-12);
        double density = (tAl * property("Al2O3-ALD", "density") + tLi * property("Li2O-ALD", "density")) / (tAl + tLi);
        assertEquals(density, film.density().orElseThrow(), 1e-9);
    }

    @Test
    void nonAdditivityFactorScalesThicknessButNotComposition() {
        GrowthResult additive = ENGINE.grow(lithiumAluminate(20, OptionalDouble.empty()));
        GrowthResult enhanced = ENGINE.grow(lithiumAluminate(20, OptionalDouble.of(1.2)));
        assertEquals(1.2 * additive.finalThickness(), enhanced.finalThickness(), 1e-20);
        assertEquals(additive.composition().get("Li2O-ALD"), enhanced.composition().get("Li2O-ALD"), 1e-12);
        assertFalse(enhanced.hasWarning(Code.ADDITIVITY_ASSUMED));
    }

    @Test
    void lithiumTantalateUsesTheMeasuredSupercycleGpc() {
        SupercycleProcess tantalate = LIBRARY.process("SC-LiTaO3-225", SupercycleProcess.class).orElseThrow();
        GrowthResult film = ENGINE.grow(GROWTH.supercycle(tantalate, List.of(1, 6), 10, si(225, "°C"),
                Optional.empty()));
        // facts §b3 B-ALD-7: 5.2 Å per supercycle at 1 Li2O : 6 Ta2O5, 225 °C.
        assertEquals(52.0, in(film.finalThickness(), "Å"), 1e-9);
        assertFalse(film.hasWarning(Code.ADDITIVITY_ASSUMED));
        assertEquals("LiTaO3-ALD", film.film());
        // Composition from the subcycles (Li2O 1.6 Å, Ta2O5 6 × 0.57 Å), scaled alike: the Li2O:Ta2O5 mole ratio.
        double nLi = gpc("ALD-Li2O-LiOtBu-H2O-225") * property("Li2O-ALD", "density") / property("Li2O-ALD", "molarMass");
        double nTa = 6 * gpc("ALD-Ta2O5-TaOEt-H2O-225") * property("Ta2O5-ALD", "density")
                / property("Ta2O5-ALD", "molarMass");
        assertEquals(nLi / nTa, film.composition().get("Li2O-ALD") / film.composition().get("Ta2O5-ALD"), 1e-9);
    }

    @Test
    void lithiumNiobateIsKnownOnlyAtMeasuredRatios() {
        SupercycleProcess niobate = LIBRARY.process("SC-LiNbOx-235", SupercycleProcess.class).orElseThrow();
        GrowthResult film = ENGINE.grow(GROWTH.supercycle(niobate, List.of(1, 4), 100, si(235, "°C"),
                Optional.empty()));
        // facts §b3 B-ALD-10: 2.54 Å per supercycle at Li:Nb = 1:4.
        assertEquals(254.0, in(film.finalThickness(), "Å"), 1e-9);
        assertTrue(film.hasWarning(Code.COMPOSITION_UNKNOWN));
        SimulationException e = assertThrows(SimulationException.class, () -> ENGINE.grow(
                GROWTH.supercycle(niobate, List.of(1, 3), 100, si(235, "°C"), Optional.empty())));
        assertTrue(e.getMessage().contains("no measured GPC at this ratio"), e.getMessage());
    }

    @Test
    void lbcoIsFlatInsideItsWindowAndWarnsAbove() {
        SupercycleProcess lbco = LIBRARY.process("SC-LBCO", SupercycleProcess.class).orElseThrow();
        GrowthResult inside = ENGINE.grow(GROWTH.supercycle(lbco, List.of(1, 1), 100, si(230, "°C"),
                Optional.empty()));
        GrowthResult above = ENGINE.grow(GROWTH.supercycle(lbco, List.of(1, 1), 100, si(300, "°C"),
                Optional.empty()));
        // facts §d10: LBCO constant growth at 200–260 °C, 0.65 Å per supercycle.
        assertEquals(65.0, in(inside.finalThickness(), "Å"), 1e-9);
        assertFalse(inside.hasWarning(Code.ABOVE_PROCESS_WINDOW));
        assertTrue(above.hasWarning(Code.ABOVE_PROCESS_WINDOW));
    }

    @Test
    void supercycleFilmHasTheLibraryPropertiesOfItsMaterial() {
        GrowthResult film = ENGINE.grow(lithiumAluminate(5, OptionalDouble.empty()));
        assertEquals(GROWTH.film("LiAlO-ALD"), film.material());
    }
}
