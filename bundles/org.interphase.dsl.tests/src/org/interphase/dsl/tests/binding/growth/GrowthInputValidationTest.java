package org.interphase.dsl.tests.binding.growth;

import static org.interphase.dsl.tests.binding.growth.GrowthFixtures.ENGINE;
import static org.interphase.dsl.tests.binding.growth.GrowthFixtures.GROWTH;
import static org.interphase.dsl.tests.binding.growth.GrowthFixtures.LIBRARY;
import static org.interphase.dsl.tests.binding.growth.GrowthFixtures.ald;
import static org.interphase.dsl.tests.binding.growth.GrowthFixtures.si;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import org.interphase.library.AldProcess;
import org.interphase.library.GpcPoint;
import org.interphase.library.LbLProcess;
import org.interphase.library.SupercycleProcess;
import org.interphase.sim.SimulationException;
import org.interphase.sim.growth.AldChemistry;
import org.interphase.sim.growth.AldInput;
import org.interphase.sim.growth.AnnealInput;
import org.interphase.sim.growth.Dose;
import org.interphase.sim.growth.Dosing;
import org.interphase.sim.growth.GpcTable;
import org.interphase.sim.growth.GrowthResult;
import org.interphase.sim.growth.LbLInput;
import org.interphase.sim.growth.SputterInput;
import org.interphase.sim.growth.SupercycleInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input is one clear SimulationException; good input never yields NaN or infinity. */
class GrowthInputValidationTest {

    private static final AldChemistry ALUMINA = GROWTH.chemistry(ald("ALD-Al2O3-TMA-H2O-250"));

    static Stream<Arguments> badInputs() {
        double t = si(250, "°C");
        return Stream.of(
                Arguments.of("negative cycles", (Executable) () -> new AldInput(ALUMINA, t, -5, Optional.empty(), 0),
                        "number of ALD cycles must be 0 or more, got -5"),
                Arguments.of("absurd cycle count", (Executable) () -> new AldInput(ALUMINA, t, 50_000_000,
                        Optional.empty(), 0), "more than the 1000000"),
                Arguments.of("zero pulse", (Executable) () -> new Dose(100, 0, 1), "pulse time must be a positive"),
                Arguments.of("negative purge", (Executable) () -> new Dose(100, 1, -1), "purge time must be zero or"),
                Arguments.of("zero residence time", (Executable) () -> new Dosing(new Dose(100, 1, 1),
                        new Dose(100, 1, 1), 0), "residence time must be a positive"),
                Arguments.of("temperature in °C by mistake", (Executable) () -> new AldInput(ALUMINA, -20, 10,
                        Optional.empty(), 0), "absolute temperature above 0 K"),
                Arguments.of("NaN temperature", (Executable) () -> new AldInput(ALUMINA, Double.NaN, 10,
                        Optional.empty(), 0), "absolute temperature"),
                Arguments.of("negative nucleation delay", (Executable) () -> new AldInput(ALUMINA, t, 10,
                        Optional.empty(), -1), "nucleation delay must be 0 or more"),
                Arguments.of("zero Φ0", (Executable) () -> ALUMINA.withCharacteristicExposures(0, 1),
                        "characteristic exposure of TMA must be a positive"),
                Arguments.of("unknown material", (Executable) () -> GROWTH.film("Unobtainium"),
                        "unknown material 'Unobtainium'"),
                Arguments.of("one subcycle", (Executable) () -> new SupercycleInput(GROWTH.film("LiAlO-ALD"),
                        List.of(new SupercycleInput.Subcycle("Al2O3", Optional.of(ALUMINA), 1)), 10, t,
                        Optional.empty(), Optional.empty(), OptionalDouble.empty(), 0),
                        "at least two subcycles"),
                Arguments.of("zero subcycle count", (Executable) () -> new SupercycleInput.Subcycle("Li2O",
                        Optional.of(ALUMINA), 0), "must run at least once"),
                Arguments.of("wrong number of counts", (Executable) () -> GROWTH.supercycle(
                        LIBRARY.process("SC-LiTaO3-225", SupercycleProcess.class)
                                .orElseThrow(), List.of(1), 10, t, Optional.empty()), "give 2 counts"),
                Arguments.of("negative bilayers", (Executable) () -> new LbLInput(GROWTH.film("PAA-PEO-LbL"), 1e-9, -1,
                        new LbLInput.Linear(2.5e-9)), "number of bilayers must be 0 or more"),
                Arguments.of("zero bilayer thickness", (Executable) () -> new LbLInput.Linear(0),
                        "bilayer thickness must be a positive"),
                Arguments.of("negative sputter time", (Executable) () -> new SputterInput(GROWTH.film("Ag"), 1e-10, -1),
                        "sputter time must be zero or"),
                Arguments.of("zero target thickness", (Executable) () -> SputterInput.forThickness(GROWTH.film("Ag"),
                        1e-10, 0),
                        "target thickness must be a positive"),
                Arguments.of("duplicate GPC temperature", (Executable) () -> new GpcTable(List.of(
                        new GpcTable.Sample(t, 1e-10), new GpcTable.Sample(t + 0.1, 2e-10)), Optional.empty()),
                        "two GPC values are given at 250 °C"),
                Arguments.of("zero anneal time", (Executable) () -> new AnnealInput(t, OptionalDouble.of(0), List.of()),
                        "anneal duration must be a positive"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputThrowsSimulationExceptionSayingWhatIsWrong(String what, Executable input, String expected) {
        SimulationException e = assertThrows(SimulationException.class, input, what);
        assertTrue(e.getMessage().contains(expected), () -> what + ": " + e.getMessage());
    }

    /** Every built-in ALD/MLD process at each reported temperature and at the extremes of any use. */
    static Stream<Arguments> everyAldProcess() {
        return LIBRARY.processes(AldProcess.class).stream().map(p -> Arguments.of(p.id(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyAldProcess")
    void everyBuiltInAldProcessGrowsAFiniteFilm(String id, AldProcess process) {
        Dosing dosing = new Dosing(new Dose(1e-3, 1e-3, 0), new Dose(1e5, 1e3, 1e3), 1e-3);
        for (GpcPoint point : process.gpc()) {
            for (double t : new double[] {point.temperature().si(), 1, 5000}) {
                GrowthResult film = ENGINE.grow(GROWTH.ald(process, t, 1000, Optional.of(dosing), Optional.empty())
                        .withCharacteristicExposures(1e-2, 1e-6));
                for (double thickness : film.thicknessAfterStep()) {
                    assertTrue(Double.isFinite(thickness) && thickness >= 0, () -> id + ": " + thickness);
                }
                assertTrue(film.finalThickness() > 0, id);
            }
        }
    }

    @Test
    void everyBuiltInLbLProcessGrowsAFiniteFilm() {
        for (LbLProcess process : LIBRARY.processes(LbLProcess.class)) {
            GrowthResult film = ENGINE.grow(GROWTH.lbl(process, 1000));
            assertTrue(Double.isFinite(film.finalThickness()) && film.finalThickness() > 0, process.id());
        }
    }
}
