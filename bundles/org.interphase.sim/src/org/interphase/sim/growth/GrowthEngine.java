package org.interphase.sim.growth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;
import org.interphase.sim.growth.GrowthWarning.Code;
import org.interphase.sim.growth.LbLInput.Exponential;
import org.interphase.sim.growth.LbLInput.Linear;

/**
 * Film growth: ALD/MLD (Langmuir saturation, process window, purge check, nucleation delay),
 * ALD supercycles (thickness and composition), layer-by-layer assembly (linear or exponential),
 * sputtering (rate × time), the growth models of contributed deposition techniques, films of a stated thickness,
 * and anneals that change a film's phase.
 *
 * <p>Every input carries its {@link Film}: formula, density and molar mass come with it, so compositions
 * are computed without looking anything up. Bad input throws {@link SimulationException}; doubtful but
 * possible input gives {@link GrowthWarning}s. The engine keeps no state.
 */
public final class GrowthEngine {

    /**
     * Grows a film.
     *
     * @throws SimulationException if the input cannot be grown
     */
    public GrowthResult grow(GrowthInput input) {
        Objects.requireNonNull(input, "growth input");
        Film film = input.film();
        return switch (input) {
            case AldInput ald -> ald(ald, film);
            case SupercycleInput supercycle -> supercycle(supercycle, film);
            case LbLInput lbl -> lbl(lbl, film);
            case SputterInput sputter -> sputter(sputter, film);
            case TechniqueInput technique -> technique(technique, film);
            case StatedFilm stated -> result(film, StepKind.RUN, new double[] {stated.thickness()},
                    stated.thickness(), Composition.single(film), List.of());
        };
    }

    private GrowthResult ald(AldInput input, Film film) {
        List<GrowthWarning> warnings = new ArrayList<>();
        doseNotChecked(input.dosing().isEmpty(), warnings);
        double gpc = AldModel.gpc(input.chemistry(), input.temperature(), input.dosing(), warnings);
        double[] profile = Profiles.linearAfterDelay(gpc, input.cycles(), input.nucleationDelay(), warnings);
        return result(film, StepKind.CYCLE, profile, Profiles.last(profile), Composition.single(film), warnings);
    }

    private GrowthResult supercycle(SupercycleInput input, Film film) {
        List<GrowthWarning> warnings = new ArrayList<>();
        doseNotChecked(input.dosing().isEmpty(), warnings);
        SupercycleModel.Growth growth = SupercycleModel.grow(input, warnings);
        Composition composition = growth.parts().isEmpty()
                ? unknownComposition(input, warnings)
                : Composition.mixture(growth.parts(), warnings);
        double[] profile = Profiles.linearAfterDelay(growth.perSupercycle(), input.supercycles(),
                input.nucleationDelay(), warnings);
        return result(film, StepKind.SUPERCYCLE, profile, Profiles.last(profile), composition, warnings);
    }

    private static Composition unknownComposition(SupercycleInput input, List<GrowthWarning> warnings) {
        warnings.add(new GrowthWarning(Code.COMPOSITION_UNKNOWN, "film composition not computed: not every subcycle"
                + " of " + input.film().id() + " has a binary chemistry with a GPC"));
        return Composition.unknown();
    }

    private GrowthResult lbl(LbLInput input, Film film) {
        double[] profile = new double[input.bilayers()];
        for (int n = 1; n <= input.bilayers(); n++) {
            double added = switch (input.growth()) {
                case Linear linear -> n * linear.bilayerThickness();
                case Exponential exp -> exp.amplitude() * Math.expm1(exp.rate() * n);
            };
            profile[n - 1] = InputChecks.finite(input.precursorThickness() + added, "LbL thickness after " + n
                    + " bilayers (is the exponential growth rate too large?)");
        }
        // With no bilayer the film is the precursor layer alone.
        double finalThickness = input.bilayers() == 0 ? input.precursorThickness() : Profiles.last(profile);
        return result(film, StepKind.BILAYER, profile, finalThickness, Composition.single(film), List.of());
    }

    private GrowthResult sputter(SputterInput input, Film film) {
        double thickness = InputChecks.finite(input.rate() * input.time(), "sputtered thickness");
        return result(film, StepKind.RUN, new double[] {thickness}, thickness, Composition.single(film), List.of());
    }

    private GrowthResult technique(TechniqueInput input, Film film) {
        TechniqueGrowth growth;
        try {
            growth = input.technique().grow(input.parameters(), film);
        } catch (SimulationException e) {
            throw e;
        } catch (RuntimeException e) {
            // A plug-in's bug must read as a failed simulation naming the plug-in, not as a crash of the engine.
            throw new SimulationException("the growth model of technique " + input.technique().id() + " ("
                    + input.technique().getClass().getName() + ") failed: " + e);
        }
        return result(film, growth.stepKind(), growth.thicknessAfterStep(), growth.finalThickness(),
                Composition.single(film), growth.warnings());
    }

    /**
     * Anneals a grown film. If a phase change of the film is known at or below the anneal temperature
     * ({@link AnnealInput#phaseChanges()}), the film becomes the product of the hottest such change and takes
     * its properties; otherwise it stays as it was, with a warning. The thickness is kept: the sources report
     * no densification.
     */
    public GrowthResult anneal(GrowthResult film, AnnealInput anneal) {
        Objects.requireNonNull(film, "film to anneal");
        Objects.requireNonNull(anneal, "anneal");
        List<GrowthWarning> warnings = new ArrayList<>(film.warnings());
        List<PhaseChange> known = anneal.phaseChanges();
        Optional<PhaseChange> applied = known.stream()
                .filter(a -> a.temperature() <= anneal.temperature() + GpcTable.SAME_TEMPERATURE_K)
                .max(Comparator.comparingDouble(PhaseChange::temperature));
        if (applied.isEmpty()) {
            warnings.add(new GrowthWarning(Code.NO_PHASE_CHANGE, film.film() + " is unchanged by "
                    + Format.celsius(anneal.temperature()) + ": " + (known.isEmpty()
                            ? "no phase change of it is known"
                            : "its known phase changes need " + String.join(", ", known.stream()
                                    .map(a -> Format.celsius(a.temperature()) + " (" + a.id() + ")").toList()))));
            return new GrowthResult(film.material(), film.stepKind(), film.thicknessAfterStep(), film.finalThickness(),
                    film.composition(), film.atomicFractions(), film.density(), warnings);
        }
        PhaseChange change = applied.get();
        change.duration().stream().filter(d -> anneal.duration().orElse(d) < d).forEach(d -> warnings.add(
                new GrowthWarning(Code.ANNEAL_SHORTER_THAN_REPORTED, change.id() + " was reported for "
                        + Format.seconds(d) + "; a shorter anneal may not complete the change to "
                        + change.product().id())));
        Film product = change.product();
        Composition composition = Composition.single(product);
        return new GrowthResult(product, film.stepKind(), film.thicknessAfterStep(), film.finalThickness(),
                composition.molar(), composition.atomic(), composition.density(), warnings);
    }

    private static void doseNotChecked(boolean noDosing, List<GrowthWarning> warnings) {
        if (noDosing) {
            warnings.add(new GrowthWarning(Code.DOSE_NOT_CHECKED, "no pulse, purge and pressure given: saturated"
                    + " half-reactions and adequate purges are assumed"));
        }
    }

    private static GrowthResult result(Film film, StepKind kind, double[] profile, double finalThickness,
            Composition composition, List<GrowthWarning> warnings) {
        return new GrowthResult(film, kind, profile, finalThickness, composition.molar(), composition.atomic(),
                composition.density(), warnings);
    }
}
