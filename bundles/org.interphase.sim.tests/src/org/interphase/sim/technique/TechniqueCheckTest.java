package org.interphase.sim.technique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

import org.interphase.core.units.Quantity;
import org.interphase.sim.SimulationException;
import org.interphase.sim.growth.Film;
import org.interphase.sim.growth.GrowthEngine;
import org.interphase.sim.growth.GrowthResult;
import org.interphase.sim.growth.StepKind;
import org.interphase.sim.growth.TechniqueGrowth;
import org.interphase.sim.growth.TechniqueInput;
import org.junit.jupiter.api.Test;

/** A contributed technique's parameters are checked as declared and its growth model runs in the growth engine. */
class TechniqueCheckTest {

    /** A film known by name and formula only, as a technique that deposits it needs no more. */
    private static final Film ALUMINA = new Film("Al2O3-ALD", "Al2O3", OptionalDouble.empty(), OptionalDouble.empty());

    /** Spin coating as a plug-in might declare it: thickness = rate × time, rate rejected above a limit. */
    private static final DepositionTechnique SPIN = new DepositionTechnique() {
        @Override
        public String id() {
            return "spin";
        }

        @Override
        public String label() {
            return "spin coating";
        }

        @Override
        public List<TechniqueParameter> parameters() {
            return List.of(TechniqueParameter.required("speed", "Hz", "rotation speed").between(1, 200),
                    TechniqueParameter.required("time", "s", "spinning time"),
                    TechniqueParameter.optional("rate", "nm/s", 0.5, "thinning rate"));
        }

        @Override
        public List<TechniqueProblem> validate(TechniqueParameters values) {
            return values.si("rate") > 1e-6 ? List.of(TechniqueProblem.invalid("rate", "rate too high")) : List.of();
        }

        @Override
        public TechniqueGrowth grow(TechniqueParameters values, Film film) {
            return TechniqueGrowth.run(values.si("rate") * values.si("time"), List.of());
        }
    };

    @Test
    void correctParametersHaveNoProblemAndDefaultsAreFilledIn() {
        Map<String, Quantity> written = Map.of("speed", Quantity.of(50, "Hz"), "time", Quantity.of(60, "s"));
        assertEquals(List.of(), TechniqueCheck.problems(SPIN, written));
        assertEquals(0.5e-9, TechniqueCheck.values(SPIN, written).si("rate"), 1e-21);
    }

    @Test
    void eachDeclaredRuleGivesItsKindOfProblem() {
        List<TechniqueProblem> problems = TechniqueCheck.problems(SPIN, Map.of("speed", Quantity.of(500, "Hz"),
                "rate", Quantity.of(2, "nm"), "colour", Quantity.of(1, "")));
        assertEquals(Set.of(TechniqueProblem.Kind.OUT_OF_RANGE, TechniqueProblem.Kind.WRONG_DIMENSION,
                TechniqueProblem.Kind.UNKNOWN_PARAMETER, TechniqueProblem.Kind.MISSING_PARAMETER),
                problems.stream().map(TechniqueProblem::kind).collect(Collectors.toSet()));
        TechniqueProblem range = problems.stream().filter(p -> p.kind() == TechniqueProblem.Kind.OUT_OF_RANGE)
                .findFirst().orElseThrow();
        assertTrue(range.message().contains("1 to 200 Hz"), range.message());
        TechniqueProblem missing = problems.stream().filter(p -> p.kind() == TechniqueProblem.Kind.MISSING_PARAMETER)
                .findFirst().orElseThrow();
        assertEquals("time", missing.parameter());
        assertTrue(missing.message().contains("time = 1 s"), missing.message());
    }

    @Test
    void theTechniquesOwnValidationRunsOnceTheDeclaredChecksPass() {
        List<TechniqueProblem> problems = TechniqueCheck.problems(SPIN, Map.of("speed", Quantity.of(50, "Hz"),
                "time", Quantity.of(60, "s"), "rate", Quantity.of(5, "µm/s")));
        assertEquals(List.of(TechniqueProblem.invalid("rate", "rate too high")), problems);
        SimulationException e = assertThrows(SimulationException.class, () -> TechniqueCheck.values(SPIN,
                Map.of("speed", Quantity.of(50, "Hz"), "time", Quantity.of(60, "s"), "rate", Quantity.of(5, "µm/s"))));
        assertEquals("rate too high", e.getMessage());
    }

    @Test
    void theGrowthEngineGrowsTheFilmWithTheTechniquesModel() {
        TechniqueParameters values = TechniqueCheck.values(SPIN, Map.of("speed", Quantity.of(50, "Hz"),
                "time", Quantity.of(60, "s")));
        GrowthResult result = new GrowthEngine().grow(new TechniqueInput(ALUMINA, SPIN, values));
        assertEquals(30e-9, result.finalThickness(), 1e-15);
        assertEquals(StepKind.RUN, result.stepKind());
        assertEquals("Al2O3-ALD", result.film());
    }

    @Test
    void aFailingGrowthModelIsASimulationErrorNamingTheTechnique() {
        DepositionTechnique broken = new DepositionTechnique() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public String label() {
                return "broken";
            }

            @Override
            public List<TechniqueParameter> parameters() {
                return List.of();
            }

            @Override
            public TechniqueGrowth grow(TechniqueParameters values, Film film) {
                throw new IllegalStateException("bug");
            }
        };
        SimulationException e = assertThrows(SimulationException.class, () -> new GrowthEngine()
                .grow(new TechniqueInput(ALUMINA, broken,
                        TechniqueCheck.values(broken, Map.of()))));
        assertTrue(e.getMessage().contains("technique broken"), e.getMessage());
    }
}
