package org.interphase.dsl.tests.binding.growth;

import static org.interphase.dsl.tests.binding.growth.GrowthFixtures.ENGINE;
import static org.interphase.dsl.tests.binding.growth.GrowthFixtures.GROWTH;
import static org.interphase.dsl.tests.binding.growth.GrowthFixtures.LIBRARY;
import static org.interphase.dsl.tests.binding.growth.GrowthFixtures.in;
import static org.interphase.dsl.tests.binding.growth.GrowthFixtures.si;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.core.units.Quantity;
import org.interphase.core.units.Units;
import org.interphase.dsl.binding.GrowthBinding;
import org.interphase.library.LbLProcess;
import org.interphase.library.SputterProcess;
import org.interphase.sim.SimulationException;
import org.interphase.sim.growth.AnnealInput;
import org.interphase.sim.growth.GrowthResult;
import org.interphase.sim.growth.GrowthWarning.Code;
import org.interphase.sim.growth.LbLInput;
import org.interphase.sim.growth.SputterInput;
import org.interphase.sim.growth.StepKind;
import org.junit.jupiter.api.Test;

/** Layer-by-layer growth, sputtering and anneals. */
class LbLSputterAnnealTest {

    private static LbLProcess paaPeo() {
        return LIBRARY.process("LbL-PAA-PEO-on-PEI", LbLProcess.class).orElseThrow();
    }

    private static SputterProcess llto() {
        return LIBRARY.process("SP-LLTO-RF", SputterProcess.class).orElseThrow();
    }

    @Test
    void paaPeoThirtyBilayersOnPeiMatchesThePaper() {
        GrowthResult film = ENGINE.grow(GROWTH.lbl(paaPeo(), 30));
        // facts §d12 / §b1 B-LbL-3: 1.7 nm PEI + 2.5 nm per bilayer, linear; (PAA/PEO)30 measured 65–75 nm,
        // nominal 76.7 nm; accept 65–80 nm.
        double nm = in(film.finalThickness(), "nm");
        assertTrue(nm >= 65 && nm <= 80, nm + " nm");
        assertEquals(1.7 + 30 * 2.5, nm, 1e-9);
        assertEquals(1.7 + 2.5, in(film.thicknessAfterStep()[0], "nm"), 1e-9);
        assertEquals(StepKind.BILAYER, film.stepKind());
    }

    @Test
    void zeroBilayersLeaveThePrecursorLayer() {
        GrowthResult film = ENGINE.grow(GROWTH.lbl(paaPeo(), 0));
        assertEquals(1.7, in(film.finalThickness(), "nm"), 1e-9);
        assertEquals(0, film.thicknessAfterStep().length);
    }

    @Test
    void exponentialRegimeFollowsItsFormula() {
        double t0 = si(1.7, "nm");
        double amplitude = si(1, "nm");
        LbLInput input = new LbLInput(GROWTH.film("PAA-PEO-LbL"), t0, 20, new LbLInput.Exponential(amplitude, 0.1));
        GrowthResult film = ENGINE.grow(input);
        for (int n = 1; n <= 20; n++) {
            assertEquals(t0 + amplitude * (Math.exp(0.1 * n) - 1), film.thicknessAfterStep()[n - 1], 1e-20);
        }
        SimulationException e = assertThrows(SimulationException.class, () -> ENGINE.grow(
                new LbLInput(GROWTH.film("PAA-PEO-LbL"), t0, 1000, new LbLInput.Exponential(amplitude, 10))));
        assertTrue(e.getMessage().contains("exponential growth rate too large"), e.getMessage());
    }

    @Test
    void sputterThicknessIsRateTimesTimeAndRateScalesWithPower() {
        Quantity rate = Units.parse("5 nm/min");
        double atReference = GrowthBinding.sputterRate(llto(), Optional.of(rate), Optional.empty());
        double atDouble = GrowthBinding.sputterRate(llto(), Optional.of(rate), Optional.of(Units.parse("5.26 W/cm2")));
        assertEquals(2 * atReference, atDouble, 1e-20, "twice the library's 2.63 W/cm2");
        GrowthResult film = ENGINE.grow(new SputterInput(GROWTH.film(llto().material()), atReference, si(60, "min")));
        assertEquals(300.0, in(film.finalThickness(), "nm"), 1e-9);
        assertEquals(StepKind.RUN, film.stepKind());
        SputterInput toTarget = SputterInput.forThickness(GROWTH.film(llto().material()), atDouble, si(350, "nm"));
        assertEquals(35.0, in(toTarget.time(), "min"), 1e-9);
    }

    @Test
    void sputterRateMustComeFromSomewhere() {
        // [003] reports no deposition rate, so the built-in process has none.
        SimulationException none = assertThrows(SimulationException.class,
                () -> GrowthBinding.sputterRate(llto(), Optional.empty(), Optional.empty()));
        assertTrue(none.getMessage().contains("no deposition rate") && none.getMessage().contains("2.63 W/cm2"),
                none.getMessage());
        SimulationException kind = assertThrows(SimulationException.class, () -> GrowthBinding.sputterRate(llto(),
                Optional.of(Units.parse("5 nm/min")), Optional.of(Units.parse("100 W"))));
        assertTrue(kind.getMessage().contains("same kind"), kind.getMessage());
    }

    /** An anneal of the sputtered LLTO film at {@code celsius}, with the phase changes the library knows. */
    private static AnnealInput anneal(double celsius, double duration) {
        return GROWTH.anneal(llto().material(), si(celsius, "°C"), OptionalDouble.of(duration));
    }

    /** A property of the film's material (after an anneal, of its new phase), as the library gives it. */
    private static Quantity property(GrowthResult film, String key) {
        return LIBRARY.material(film.film()).orElseThrow().require(key).value();
    }

    private static GrowthResult sputteredLlto() {
        return ENGINE.grow(new SputterInput(GROWTH.film(llto().material()), si(5, "nm/min"), si(70, "min")));
    }

    @Test
    void annealAt400CCrystallisesSputteredLlto() {
        GrowthResult asDeposited = sputteredLlto();
        GrowthResult annealed = ENGINE.anneal(asDeposited, anneal(400, si(30, "min")));
        // facts §a3: 400 °C / 30 min crystallises the film; Ea 0.35 eV.
        assertEquals("LLTO-film-crystalline-400", annealed.film());
        assertEquals(0.35, property(annealed, "activationEnergy").in("eV"), 1e-12);
        assertEquals(asDeposited.finalThickness(), annealed.finalThickness(), 0);
        assertFalse(annealed.hasWarning(Code.ANNEAL_SHORTER_THAN_REPORTED));
    }

    @Test
    void annealAt300CGivesTheBestConductingAmorphousFilm() {
        GrowthResult annealed = ENGINE.anneal(sputteredLlto(), anneal(300, si(30, "min")));
        // facts §a3: 9.56 × 10⁻⁶ S cm⁻¹ at 25 °C after the 300 °C anneal, still amorphous.
        assertEquals("LLTO-film-annealed-300", annealed.film());
        assertEquals(9.56e-6, property(annealed, "ionicConductivity").in("S/cm"), 1e-15);
    }

    @Test
    void coolOrShortAnnealsWarn() {
        GrowthResult cool = ENGINE.anneal(sputteredLlto(), anneal(200, si(30, "min")));
        assertEquals("LLTO-film-as-deposited", cool.film());
        assertTrue(cool.hasWarning(Code.NO_PHASE_CHANGE), cool.warnings()::toString);
        GrowthResult brief = ENGINE.anneal(sputteredLlto(), anneal(400, si(5, "min")));
        assertEquals("LLTO-film-crystalline-400", brief.film());
        assertTrue(brief.hasWarning(Code.ANNEAL_SHORTER_THAN_REPORTED), brief.warnings()::toString);
    }

    @Test
    void bakingTheLbLFilmCrossLinksIt() {
        GrowthResult assembled = ENGINE.grow(GROWTH.lbl(paaPeo(), 30));
        GrowthResult baked = ENGINE.anneal(assembled, GROWTH.anneal(assembled.film(), si(130, "°C"),
                OptionalDouble.of(si(1, "h"))));
        // facts §d12: 130 °C cross-links the film, σ ≈ 2.3 × 10⁻⁴ S cm⁻¹.
        assertEquals("PAA-PEO-LbL-crosslinked", baked.film());
        assertEquals(2.3e-4, property(baked, "ionicConductivity").in("S/cm"), 1e-12);
    }
}
