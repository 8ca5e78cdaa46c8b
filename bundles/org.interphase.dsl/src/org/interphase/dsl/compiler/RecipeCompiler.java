package org.interphase.dsl.compiler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.OptionalDouble;

import org.interphase.core.units.Dimension;
import org.interphase.dsl.binding.GrowthBinding;
import org.interphase.dsl.technique.TechniqueSteps;
import org.interphase.library.AldProcess;
import org.interphase.library.AldTechnique;
import org.interphase.library.GpcPoint;
import org.interphase.library.LbLProcess;
import org.interphase.library.MaterialLibrary;
import org.interphase.model.AnnealStep;
import org.interphase.model.CycleKind;
import org.interphase.model.DepositionCycle;
import org.interphase.model.LayerByLayer;
import org.interphase.model.Recipe;
import org.interphase.model.SputterStep;
import org.interphase.model.Step;
import org.interphase.model.Supercycle;
import org.interphase.model.TechniqueStep;
import org.interphase.sim.SimulationException;
import org.interphase.sim.growth.AldInput;
import org.interphase.sim.growth.GrowthEngine;
import org.interphase.sim.growth.GrowthInput;
import org.interphase.sim.growth.GrowthResult;
import org.interphase.sim.growth.LbLInput;
import org.interphase.sim.growth.TechniqueInput;
import org.interphase.sim.technique.DepositionTechnique;
import org.interphase.sim.technique.TechniqueCheck;
import org.interphase.sim.technique.TechniqueParameter;
import org.interphase.sim.technique.TechniqueParameters;

/**
 * Turns recipe steps into growth inputs through the library processes that make the named film: an ALD/MLD cycle
 * uses the library process for its film and technique whose growth-per-cycle data lie nearest the written
 * temperature; an LbL block uses the library LbL process of its film; a {@code step <technique>} uses the growth
 * model of the installed plug-in technique; supercycles and sputter steps are compiled by
 * {@link SupercycleAndSputterSteps}. An anneal turns the film grown so far into the phase the library knows for
 * that temperature (its thickness stays); steps of techniques no plug-in declares (documented surface
 * preparations) grow nothing and are skipped.
 */
final class RecipeCompiler {

    private final MaterialLibrary library;
    private final GrowthBinding growth;
    private final SupercycleAndSputterSteps films;
    private final GrowthEngine engine = new GrowthEngine();

    RecipeCompiler(MaterialLibrary library) {
        this.library = library;
        this.growth = new GrowthBinding(library);
        this.films = new SupercycleAndSputterSteps(library, growth);
    }

    CompiledRecipe compile(Recipe recipe) {
        List<GrowthInput> steps = new ArrayList<>();
        List<CompiledValue> inputs = new ArrayList<>();
        List<CompiledRecipe.Annealed> anneals = new ArrayList<>();
        Optional<String> substrate = Optional.ofNullable(recipe.getSubstrate()).map(MaterialResolver::id);
        double thickness = 0;
        Optional<GrowthResult> last = Optional.empty();
        for (Step step : recipe.getSteps()) {
            Optional<GrowthInput> input = switch (step) {
                case DepositionCycle cycle -> Optional.of(ald(cycle, substrate, inputs));
                case Supercycle supercycle -> Optional.of(films.supercycle(supercycle, inputs));
                case LayerByLayer lbl -> Optional.of(lbl(lbl, inputs));
                case SputterStep sputter -> Optional.of(films.sputter(sputter, inputs));
                case TechniqueStep technique -> TechniqueSteps.technique(technique)
                        .map(installed -> technique(technique, installed, inputs));
                default -> Optional.empty();
            };
            if (input.isPresent()) {
                GrowthResult grown = grow(step, input.get());
                if (step instanceof Supercycle) {
                    composition(step, grown, inputs);
                }
                steps.add(input.get());
                thickness += grown.finalThickness();
                last = Optional.of(grown);
            } else if (step instanceof AnnealStep anneal && last.isPresent()) {
                last = Optional.of(anneal(anneal, last.get(), inputs, anneals));
            }
        }
        if (steps.isEmpty()) {
            throw new CompileException(recipe, "recipe " + recipe.getName() + " has no step that grows a film"
                    + " (ALD, MLD, supercycle, LbL, sputtering or a technique step); write the coating's thickness in"
                    + " the stack");
        }
        String film = last.map(GrowthResult::film).map(id -> " (" + id + ")").orElse("");
        return new CompiledRecipe(recipe.getName(), steps, inputs, new CompiledValue("thickness grown by "
                + recipe.getName() + film, thickness, "", Provenance.of(recipe)), anneals);
    }

    /**
     * The composition a supercycle's sub-cycle ratio gives its film, one value per constituent (molar fraction) and
     * element (atomic fraction), so that the report shows what the ratio made; nothing if the growth engine could not
     * compute it (its warning names the missing density or molar mass).
     */
    private static void composition(Step step, GrowthResult grown, List<CompiledValue> inputs) {
        Provenance where = Provenance.of(step);
        new TreeMap<>(grown.composition()).forEach((constituent, fraction) -> inputs.add(new CompiledValue(
                "molar fraction of " + constituent + " in " + grown.film(), fraction, "", where)));
        new TreeMap<>(grown.atomicFractions()).forEach((element, fraction) -> inputs.add(new CompiledValue(
                "atomic fraction of " + element + " in " + grown.film(), fraction, "", where)));
    }

    private GrowthResult grow(Step step, GrowthInput input) {
        try {
            return engine.grow(input);
        } catch (SimulationException e) {
            throw new CompileException(step, e);
        }
    }

    /** The film grown so far in the phase the anneal makes of it; the thickness is kept (no densification known). */
    private GrowthResult anneal(AnnealStep step, GrowthResult film, List<CompiledValue> inputs,
            List<CompiledRecipe.Annealed> anneals) {
        CompiledValue written = Quantities.value("anneal temperature", step.getTemperature(), Dimension.TEMPERATURE);
        GrowthResult annealed = anneal(step, film, written, inputs);
        String from = film.film();
        String to = annealed.film();
        // The report says what the anneal made of the film: the phase whose properties the layer then has.
        String change = from.equals(to) ? from + " unchanged (no phase change of it is known at or below this"
                + " temperature)" : from + " becomes " + to + library.annealsFrom(from).stream()
                        .filter(process -> process.to().equals(to)).findFirst().map(process -> " (" + process.id()
                                + ")").orElse("");
        CompiledValue temperature = new CompiledValue("anneal temperature: " + change, written.si(),
                written.written(), written.source());
        inputs.add(temperature);
        if (!from.equals(to)) {
            anneals.add(new CompiledRecipe.Annealed(from, to, temperature));
        }
        return annealed;
    }

    private GrowthResult anneal(AnnealStep step, GrowthResult film, CompiledValue temperature,
            List<CompiledValue> inputs) {
        OptionalDouble duration = Optional.ofNullable(step.getDuration())
                .map(d -> Quantities.value("anneal time", d, Dimension.TIME)).map(value -> {
                    inputs.add(value);
                    return OptionalDouble.of(value.si());
                }).orElse(OptionalDouble.empty());
        try {
            return engine.anneal(film, growth.anneal(film.film(), temperature.si(), duration));
        } catch (SimulationException e) {
            throw new CompileException(step, e);
        }
    }

    private AldInput ald(DepositionCycle cycle, Optional<String> substrate, List<CompiledValue> inputs) {
        if (cycle.getFilm() == null) {
            throw new CompileException(cycle, "name the film this cycle deposits (e.g. 'ald Al2O3-ALD at 250 °C')"
                    + " so that its growth per cycle can be taken from the library");
        }
        if (cycle.getTemperature() == null) {
            throw new CompileException(cycle, "give the deposition temperature ('at 250 °C'): the growth per cycle"
                    + " depends on it");
        }
        String film = MaterialResolver.id(cycle.getFilm());
        AldTechnique technique = cycle.getKind() == CycleKind.MLD ? AldTechnique.MLD : AldTechnique.ALD;
        CompiledValue temperature = Quantities.value("deposition temperature of " + film, cycle.getTemperature(),
                Dimension.TEMPERATURE);
        AldProcess process = library.processes(AldProcess.class).stream()
                .filter(p -> p.material().equals(film) && p.technique() == technique)
                .min(Comparator.comparingDouble(p -> distance(p, temperature.si())))
                .orElseThrow(() -> new CompileException(cycle, "the library has no " + technique + " process that"
                        + " deposits " + film + ", so its growth per cycle is unknown; write the coating's"
                        + " thickness in the stack"));
        GpcPoint nearest = nearest(process, temperature.si());
        int cycles = Math.max(1, cycle.getRepeats());
        inputs.add(temperature);
        inputs.add(Quantities.count(technique + " cycles of " + film, cycles, cycle));
        inputs.add(new CompiledValue("growth per cycle of " + film + " (" + process.id() + ")",
                nearest.gpc().value().si(), nearest.gpc().value().text(),
                Provenance.library(process.origin(), nearest.gpc())));
        try {
            return growth.ald(process, temperature.si(), cycles, Optional.empty(), substrate);
        } catch (SimulationException e) {
            throw new CompileException(cycle, e);
        }
    }

    private LbLInput lbl(LayerByLayer lbl, List<CompiledValue> inputs) {
        String film = lbl.getFilm() == null ? "" : MaterialResolver.id(lbl.getFilm());
        LbLProcess process = library.processes(LbLProcess.class).stream().filter(p -> p.material().equals(film))
                .findFirst().orElseThrow(() -> new CompileException(lbl, "the library has no LbL process that"
                        + " assembles '" + film + "', so its bilayer thickness is unknown; name a library LbL film ("
                        + library.processes(LbLProcess.class).stream().map(LbLProcess::material).toList()
                        + ") or write the coating's thickness in the stack"));
        inputs.add(Quantities.count("bilayers of " + film, lbl.getBilayerCount(), lbl));
        process.bilayerThickness().ifPresent(t -> inputs.add(new CompiledValue("bilayer thickness of " + film
                + " (" + process.id() + ")", t.value().si(), t.value().text(),
                Provenance.library(process.origin(), t))));
        try {
            return growth.lbl(process, lbl.getBilayerCount());
        } catch (SimulationException e) {
            throw new CompileException(lbl, e);
        }
    }

    private TechniqueInput technique(TechniqueStep step, DepositionTechnique technique, List<CompiledValue> inputs) {
        String film = TechniqueSteps.film(step, technique).orElseThrow(() -> new CompileException(step,
                "name the film step " + technique.id() + " deposits with film = \"<library material>\""));
        if (library.material(film).isEmpty()) {
            throw new CompileException(step, "the film " + film + " of step " + technique.id() + " is not a"
                    + " known material; name a declared or library material with film = \"...\"");
        }
        TechniqueParameters values;
        try {
            values = TechniqueCheck.values(technique, TechniqueSteps.quantities(step));
        } catch (SimulationException e) {
            throw new CompileException(step, e);
        }
        for (TechniqueParameter parameter : technique.parameters()) {
            values.find(parameter.name()).ifPresent(si -> inputs.add(value(step, technique, film, parameter, si)));
        }
        return new TechniqueInput(growth.film(film), technique, values);
    }

    /** A written value traced to its line, or the technique's default traced to the plug-in and its description. */
    private static CompiledValue value(TechniqueStep step, DepositionTechnique technique, String film,
            TechniqueParameter parameter, double si) {
        String name = parameter.name() + " of " + technique.id() + " (" + film + ")";
        return step.getParameters().stream().filter(p -> parameter.name().equals(p.getKey())).findFirst()
                .map(p -> new CompiledValue(name, si, Quantities.text(p.getQuantity()), Provenance.of(p)))
                .orElseGet(() -> new CompiledValue(name, si, parameter.template().substring(
                        parameter.name().length() + " = ".length()), new Provenance("default of technique "
                                + technique.id() + " (" + technique.getClass().getName() + ")",
                                parameter.description())));
    }

    private static double distance(AldProcess process, double temperature) {
        return Math.abs(nearest(process, temperature).temperature().si() - temperature);
    }

    private static GpcPoint nearest(AldProcess process, double temperature) {
        return process.gpc().stream()
                .min(Comparator.comparingDouble(p -> Math.abs(p.temperature().si() - temperature))).orElseThrow();
    }
}
