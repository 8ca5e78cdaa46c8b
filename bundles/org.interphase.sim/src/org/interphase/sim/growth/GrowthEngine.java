package org.interphase.sim.growth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.interphase.library.AnnealProcess;
import org.interphase.library.Material;
import org.interphase.library.MaterialLibrary;
import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;
import org.interphase.sim.growth.GrowthWarning.Code;
import org.interphase.sim.growth.LbLInput.Exponential;
import org.interphase.sim.growth.LbLInput.Linear;

/**
 * Film growth: ALD/MLD (Langmuir saturation, process window, purge check, nucleation delay),
 * ALD supercycles (thickness and composition), layer-by-layer assembly (linear or exponential),
 * sputtering (rate × time), the growth models of contributed deposition techniques, and anneals that change a
 * film's phase.
 *
 * <p>Films are library materials: the engine looks them up to give each result the properties of
 * the film (for a cell stack) and to compute compositions. Bad input throws
 * {@link SimulationException}; doubtful but possible input gives {@link GrowthWarning}s.
 */
public final class GrowthEngine {

    private final MaterialLibrary library;

    /** @param library the materials films are made of, e.g. {@code MaterialLibrary.builtIn()} */
    public GrowthEngine(MaterialLibrary library) {
        this.library = Objects.requireNonNull(library, "material library");
    }

    /**
     * Grows a film.
     *
     * @throws SimulationException if the film material is not in the library or the input cannot be grown
     */
    public GrowthResult grow(GrowthInput input) {
        Objects.requireNonNull(input, "growth input");
        Material film = film(input.film());
        return switch (input) {
            case AldInput ald -> ald(ald, film);
            case SupercycleInput supercycle -> supercycle(supercycle, film);
            case LbLInput lbl -> lbl(lbl, film);
            case SputterInput sputter -> sputter(sputter, film);
            case TechniqueInput technique -> technique(technique, film);
        };
    }

    private GrowthResult ald(AldInput input, Material film) {
        List<GrowthWarning> warnings = new ArrayList<>();
        doseNotChecked(input.dosing().isEmpty(), warnings);
        double gpc = AldModel.gpc(input.chemistry(), input.temperature(), input.dosing(), warnings);
        double[] profile = Profiles.linearAfterDelay(gpc, input.cycles(), input.nucleationDelay(), warnings);
        return result(film, StepKind.CYCLE, profile, Profiles.last(profile), Composition.single(film), warnings);
    }

    private GrowthResult supercycle(SupercycleInput input, Material film) {
        List<GrowthWarning> warnings = new ArrayList<>();
        doseNotChecked(input.dosing().isEmpty(), warnings);
        SupercycleModel.Growth growth = SupercycleModel.grow(input, this::film, warnings);
        Composition composition = growth.parts().isEmpty()
                ? unknownComposition(input, warnings)
                : Composition.mixture(growth.parts(), warnings);
        double[] profile = Profiles.linearAfterDelay(growth.perSupercycle(), input.supercycles(),
                input.nucleationDelay(), warnings);
        return result(film, StepKind.SUPERCYCLE, profile, Profiles.last(profile), composition, warnings);
    }

    private static Composition unknownComposition(SupercycleInput input, List<GrowthWarning> warnings) {
        warnings.add(new GrowthWarning(Code.COMPOSITION_UNKNOWN, "film composition not computed: not every subcycle"
                + " of " + input.film() + " has a binary chemistry with a GPC"));
        return Composition.unknown();
    }

    private GrowthResult lbl(LbLInput input, Material film) {
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

    private GrowthResult sputter(SputterInput input, Material film) {
        double thickness = InputChecks.finite(input.rate() * input.time(), "sputtered thickness");
        return result(film, StepKind.RUN, new double[] {thickness}, thickness, Composition.single(film), List.of());
    }

    private GrowthResult technique(TechniqueInput input, Material film) {
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
     * Anneals a grown film. If the library knows a phase change of the film at or below the anneal
     * temperature, the film becomes the product of the hottest such anneal and takes its
     * properties; otherwise it stays as it was, with a warning. The thickness is kept: the sources
     * report no densification.
     *
     * @throws SimulationException if the film's annealed phase is not in the library
     */
    public GrowthResult anneal(GrowthResult film, AnnealInput anneal) {
        Objects.requireNonNull(film, "film to anneal");
        Objects.requireNonNull(anneal, "anneal");
        List<GrowthWarning> warnings = new ArrayList<>(film.warnings());
        List<AnnealProcess> known = library.annealsFrom(film.film());
        Optional<AnnealProcess> applied = known.stream()
                .filter(a -> a.temperature().value().si() <= anneal.temperature() + GpcTable.SAME_TEMPERATURE_K)
                .max(Comparator.comparingDouble(a -> a.temperature().value().si()));
        if (applied.isEmpty()) {
            warnings.add(new GrowthWarning(Code.NO_PHASE_CHANGE, film.film() + " is unchanged by "
                    + Format.celsius(anneal.temperature()) + ": " + (known.isEmpty()
                            ? "the library knows no phase change of it"
                            : "its known phase changes need " + String.join(", ", known.stream()
                                    .map(a -> a.temperature().value().text() + " (" + a.id() + ")").toList()))));
            return new GrowthResult(film.material(), film.stepKind(), film.thicknessAfterStep(), film.finalThickness(),
                    film.composition(), film.atomicFractions(), film.density(), warnings);
        }
        AnnealProcess process = applied.get();
        process.duration().filter(d -> anneal.duration() < d.value().si()).ifPresent(d -> warnings.add(
                new GrowthWarning(Code.ANNEAL_SHORTER_THAN_REPORTED, process.id() + " was reported for "
                        + d.value().text() + "; a shorter anneal may not complete the change to " + process.to())));
        Material product = film(process.to());
        Composition composition = Composition.single(product);
        return new GrowthResult(product, film.stepKind(), film.thicknessAfterStep(), film.finalThickness(),
                composition.molar(), composition.atomic(), composition.density(), warnings);
    }

    private Material film(String id) {
        return library.material(id).orElseThrow(() -> new SimulationException("unknown material '" + id
                + "': it is not in the material library; check the spelling or define it in a user library file"));
    }

    private static void doseNotChecked(boolean noDosing, List<GrowthWarning> warnings) {
        if (noDosing) {
            warnings.add(new GrowthWarning(Code.DOSE_NOT_CHECKED, "no pulse, purge and pressure given: saturated"
                    + " half-reactions and adequate purges are assumed"));
        }
    }

    private static GrowthResult result(Material film, StepKind kind, double[] profile, double finalThickness,
            Composition composition, List<GrowthWarning> warnings) {
        return new GrowthResult(film, kind, profile, finalThickness, composition.molar(), composition.atomic(),
                composition.density(), warnings);
    }
}
