package org.interphase.runs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.interphase.core.units.Dimension;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.dsl.compiler.CompiledRecipe;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.compiler.Provenance;
import org.interphase.model.Chemical;
import org.interphase.model.Cycle;
import org.interphase.model.DepositionCycle;
import org.interphase.model.HalfStep;
import org.interphase.model.Immersion;
import org.interphase.model.Layer;
import org.interphase.model.LayerByLayer;
import org.interphase.model.Pulse;
import org.interphase.model.Purge;
import org.interphase.model.Recipe;
import org.interphase.model.Stack;
import org.interphase.model.Step;
import org.interphase.model.Supercycle;
import org.interphase.model.run.GrowthResult;
import org.interphase.model.run.RunFactory;
import org.interphase.model.run.TimelineSegment;
import org.interphase.sim.SimulationException;
import org.interphase.sim.growth.GrowthEngine;
import org.interphase.sim.growth.GrowthInput;

/**
 * The growth of every recipe a stack's layers are made by: the growth engine's thickness after each step of the
 * recipe's film-making steps (one after the other), and the pulse/purge (or dip/rinse) timeline of the recipe's
 * first (super)cycle or bilayer, from the durations written in the file.
 */
final class GrowthResults {

    private final ModelCompiler compiler;
    private final GrowthEngine engine = new GrowthEngine();

    GrowthResults(ModelCompiler compiler) {
        this.compiler = compiler;
    }

    List<GrowthResult> of(Stack stack) {
        Set<Recipe> recipes = new LinkedHashSet<>();
        for (Layer layer : stack.getLayers()) {
            if (layer.getRecipe() != null && !layer.getRecipe().eIsProxy()) {
                recipes.add(layer.getRecipe());
            }
        }
        List<GrowthResult> results = new ArrayList<>();
        for (Recipe recipe : recipes) {
            grown(recipe).ifPresent(results::add);
        }
        return results;
    }

    private Optional<GrowthResult> grown(Recipe recipe) {
        CompiledRecipe compiled;
        List<org.interphase.sim.growth.GrowthResult> steps = new ArrayList<>();
        try {
            compiled = compiler.recipe(recipe);
            for (GrowthInput input : compiled.steps()) {
                steps.add(engine.grow(input));
            }
        } catch (CompileException | SimulationException notGrown) {
            // A recipe whose growth is unknown (a sputter time without a known rate, a film no process makes):
            // the stack then states the layer's thickness, which the run's layers carry.
            return Optional.empty();
        }
        GrowthResult result = RunFactory.eINSTANCE.createGrowthResult();
        result.setLabel("growth " + recipe.getName());
        result.setSource(Provenance.of(recipe).toString());
        result.setRecipe(recipe.getName());
        result.setFilm(steps.get(steps.size() - 1).film());
        result.setStepKind(steps.get(0).stepKind().name().toLowerCase(Locale.ROOT));
        double below = 0;
        for (org.interphase.sim.growth.GrowthResult step : steps) {
            for (double thickness : step.thicknessAfterStep()) {
                result.getThickness().add(below + thickness);
            }
            below += step.finalThickness();
        }
        result.setFinalThickness(below);
        result.getSummary().add(RunValues.computed("final thickness", below * 1e9, "nm"));
        recipe.getSteps().stream().map(GrowthResults::timeline).filter(list -> !list.isEmpty()).findFirst()
                .ifPresent(result.getTimeline()::addAll);
        return Optional.of(result);
    }

    /** One (super)cycle's or bilayer's segments, back to back from 0; empty for steps without one. */
    private static List<TimelineSegment> timeline(Step step) {
        List<TimelineSegment> segments = new ArrayList<>();
        switch (step) {
            case DepositionCycle cycle -> cycle.getHalfSteps().forEach(half -> segments.add(segment(half, segments)));
            case Supercycle supercycle -> addSubcycles(supercycle, segments);
            case LayerByLayer lbl -> lbl.getBilayer().forEach(dip -> segments.add(segment(dip, segments)));
            default -> {
                // Surface preparation, anneals and sputtering have no repeated cycle to draw.
            }
        }
        return segments;
    }

    private static void addSubcycles(Supercycle supercycle, List<TimelineSegment> segments) {
        for (Cycle sub : supercycle.getSubcycles()) {
            for (int repeat = 0; repeat < Math.max(1, sub.getRepeats()); repeat++) {
                switch (sub) {
                    case DepositionCycle cycle -> cycle.getHalfSteps()
                            .forEach(half -> segments.add(segment(half, segments)));
                    case Supercycle nested -> addSubcycles(nested, segments);
                    default -> throw new IllegalStateException("unknown cycle " + sub.eClass().getName());
                }
            }
        }
    }

    private static TimelineSegment segment(HalfStep half, List<TimelineSegment> before) {
        return switch (half) {
            case Pulse pulse -> segment(pulse.isPlasma() ? "plasma" : "pulse", pulse.getChemical(),
                    Written.si(half.getDuration(), Dimension.TIME), before);
            case Purge purge -> segment("purge", purge.getGas(), Written.si(half.getDuration(), Dimension.TIME),
                    before);
            default -> throw new IllegalStateException("unknown half-step " + half.eClass().getName());
        };
    }

    private static TimelineSegment segment(Immersion immersion, List<TimelineSegment> before) {
        return segment(immersion.getKind().getLiteral(), immersion.getSolution(),
                Written.si(immersion.getDuration(), Dimension.TIME), before);
    }

    private static TimelineSegment segment(String kind, Chemical chemical, double duration,
            List<TimelineSegment> before) {
        TimelineSegment segment = RunFactory.eINSTANCE.createTimelineSegment();
        segment.setKind(kind);
        segment.setChemical(chemical == null || chemical.eIsProxy() ? null : chemical.getName());
        segment.setStart(before.isEmpty() ? 0
                : before.get(before.size() - 1).getStart() + before.get(before.size() - 1).getDuration());
        segment.setDuration(duration);
        return segment;
    }
}
