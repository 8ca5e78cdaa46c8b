package org.interphase.dsl.compiler;

import java.util.List;
import java.util.Optional;

import org.interphase.core.units.Dimension;
import org.interphase.core.units.Quantity;
import org.interphase.dsl.binding.GrowthBinding;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.SputterProcess;
import org.interphase.library.SupercycleProcess;
import org.interphase.model.Cycle;
import org.interphase.model.SputterStep;
import org.interphase.model.Supercycle;
import org.interphase.sim.SimulationException;
import org.interphase.sim.growth.Film;
import org.interphase.sim.growth.GrowthInput;
import org.interphase.sim.growth.SputterInput;
import org.interphase.sim.growth.StatedFilm;
import org.interphase.sim.growth.SupercycleInput;

/**
 * Compiles the two steps whose growth needs more than one library value: a supercycle (the library supercycle of its
 * film at the written sub-cycle ratio) and a sputter step (the film of the library sputter process of its target,
 * grown at the library rate for the written time, or to the thickness the step states).
 */
final class SupercycleAndSputterSteps {

    private final MaterialLibrary library;
    private final GrowthBinding growth;

    SupercycleAndSputterSteps(MaterialLibrary library, GrowthBinding growth) {
        this.library = library;
        this.growth = growth;
    }

    /** Thickness and composition from the sub-cycle ratio, e.g. 1 × Li2O + 6 × Ta2O5, repeated n times. */
    SupercycleInput supercycle(Supercycle supercycle, List<CompiledValue> inputs) {
        if (supercycle.getFilm() == null || supercycle.getTemperature() == null) {
            throw new CompileException(supercycle, "name the supercycle's film and temperature (e.g. 'supercycle"
                    + " LiTaO3-ALD at 225 °C') so that its growth can be taken from the library");
        }
        String film = MaterialResolver.id(supercycle.getFilm());
        SupercycleProcess process = library.processes(SupercycleProcess.class).stream()
                .filter(p -> p.material().equals(film)).findFirst()
                .orElseThrow(() -> new CompileException(supercycle, "no supercycle process that deposits " + film
                        + " is known, so its growth per supercycle is unknown; write the coating's thickness in the"
                        + " stack"));
        List<Integer> counts = supercycle.getSubcycles().stream().map(sub -> count(sub)).toList();
        int repeats = Math.max(1, supercycle.getRepeats());
        CompiledValue temperature = Quantities.value("deposition temperature of " + film,
                supercycle.getTemperature(), Dimension.TEMPERATURE);
        inputs.add(temperature);
        inputs.add(Quantities.count("supercycles of " + film + " (sub-cycle ratio " + counts + ")", repeats,
                supercycle));
        try {
            return growth.supercycle(process, counts, repeats, temperature.si(), Optional.empty());
        } catch (SimulationException e) {
            throw new CompileException(supercycle, e);
        }
    }

    private static int count(Cycle sub) {
        if (sub instanceof Supercycle) {
            throw new CompileException(sub, "a supercycle inside a supercycle is not compiled; write its"
                    + " sub-cycles out");
        }
        return Math.max(1, sub.getRepeats());
    }

    /**
     * The sputtered film: rate × time when the step gives a time and the library a rate for the target, or the
     * thickness the step states ('to 350 nm'), reached at the library rate if there is one.
     */
    GrowthInput sputter(SputterStep step, List<CompiledValue> inputs) {
        Optional<SputterProcess> process = process(step);
        Film film = growth.film(film(step));
        Optional<Double> rate = process.flatMap(p -> p.depositionRate().map(q -> rate(p, step)));
        try {
            if (step.getThickness() != null) {
                CompiledValue thickness = Quantities.value("thickness of " + film.id() + " (stated by the sputter"
                        + " step)", step.getThickness(), Dimension.LENGTH);
                inputs.add(thickness);
                return rate.<GrowthInput>map(r -> SputterInput.forThickness(film, r, thickness.si()))
                        .orElseGet(() -> new StatedFilm(film, thickness.si()));
            }
            if (step.getDuration() == null) {
                throw new CompileException(step, "give the sputter time ('for 20 min') or the thickness reached"
                        + " ('to 350 nm')");
            }
            double metresPerSecond = rate.orElseThrow(() -> new CompileException(step, "no deposition rate of "
                    + film.id() + " is known (its sources report none); state the thickness the step reaches ('to"
                    + " 350 nm') or write the coating's thickness in the stack"));
            CompiledValue time = Quantities.value("sputter time of " + film.id(), step.getDuration(), Dimension.TIME);
            inputs.add(time);
            return new SputterInput(film, metresPerSecond, time.si());
        } catch (SimulationException e) {
            throw new CompileException(step, e);
        }
    }

    /**
     * The film a sputter step deposits: that of the library process whose film is the target material or whose
     * target the source names by the target material's formula (an LLTO target makes the as-deposited LLTO film),
     * else the target material itself.
     */
    private String film(SputterStep step) {
        return process(step).map(SputterProcess::material).orElse(MaterialResolver.id(step.getTarget()));
    }

    private Optional<SputterProcess> process(SputterStep step) {
        String target = MaterialResolver.id(step.getTarget());
        Optional<String> formula = library.material(target).map(material -> material.formula());
        return library.processes(SputterProcess.class).stream()
                .filter(p -> p.material().equals(target) || formula.filter(p.target()::startsWith).isPresent())
                .findFirst();
    }

    private static double rate(SputterProcess process, SputterStep step) {
        // The written power scales the library rate only if it is of the reference's kind (power or density).
        Dimension kind = process.referencePower().map(q -> q.value().dimension()).orElse(Dimension.POWER_DENSITY);
        Optional<Quantity> power = Optional.ofNullable(step.getPower())
                .map(p -> Quantities.quantity(p, kind, "sputter power"));
        try {
            return GrowthBinding.sputterRate(process, Optional.empty(), power);
        } catch (SimulationException e) {
            throw new CompileException(step, e);
        }
    }
}
