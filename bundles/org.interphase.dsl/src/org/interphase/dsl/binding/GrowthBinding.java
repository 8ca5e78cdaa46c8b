package org.interphase.dsl.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Dimension;
import org.interphase.core.units.Quantity;
import org.interphase.library.AldProcess;
import org.interphase.library.AnnealProcess;
import org.interphase.library.GpcPoint;
import org.interphase.library.LbLProcess;
import org.interphase.library.LbLRegime;
import org.interphase.library.Material;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.library.Reactant;
import org.interphase.library.SourcedRange;
import org.interphase.library.SputterProcess;
import org.interphase.library.SupercycleProcess;
import org.interphase.sim.SimulationException;
import org.interphase.sim.growth.AldChemistry;
import org.interphase.sim.growth.AldInput;
import org.interphase.sim.growth.AnnealInput;
import org.interphase.sim.growth.Dosing;
import org.interphase.sim.growth.Film;
import org.interphase.sim.growth.GpcTable;
import org.interphase.sim.growth.LbLInput;
import org.interphase.sim.growth.PhaseChange;
import org.interphase.sim.growth.SputterInput;
import org.interphase.sim.growth.SupercycleInput;

/**
 * Binds the library's materials and fabrication processes to the growth engine's input records: a film's
 * formula, density and molar mass; an ALD/MLD chemistry's GPC table, window and characteristic exposures; LbL
 * regimes; supercycle subcycles and measured GPCs; sputter rates scaled to the power used; and the phase changes
 * an anneal can make.
 */
public final class GrowthBinding {

    private final MaterialLibrary library;

    /** @param library the built-in library, or it combined with the files' materials */
    public GrowthBinding(MaterialLibrary library) {
        this.library = Objects.requireNonNull(library, "material library");
    }

    /** @throws SimulationException if no material of that name is known */
    public Film film(String materialId) {
        Material material = library.material(materialId).orElseThrow(() -> new SimulationException("unknown"
                + " material '" + materialId + "': no file and not the library defines it; check the spelling or"
                + " declare the material"));
        return new Film(material.id(), material.formula(), si(material, MaterialProperty.DENSITY),
                si(material, MaterialProperty.MOLAR_MASS));
    }

    /** The chemistry of a library ALD/MLD process, with the Φ0 values the library has. */
    public AldChemistry chemistry(AldProcess process) {
        return new AldChemistry(film(process.material()), gpc(process.gpc(), process.window()), process.precursor(),
                process.coReactant(), exposure0(process, Reactant.PRECURSOR), exposure0(process, Reactant.COREACTANT));
    }

    /**
     * A run of a library process. The nucleation delay is the library's for {@code substrate}, or 0 when the
     * library has none: the sources describe ALD thickness as linear in the cycle number from the start.
     *
     * @param substrate material id of the surface coated, or empty when not relevant
     */
    public AldInput ald(AldProcess process, double temperature, int cycles, Optional<Dosing> dosing,
            Optional<String> substrate) {
        int delay = substrate.flatMap(process::nucleationDelay).map(q -> (int) q.value().si()).orElse(0);
        return new AldInput(chemistry(process), temperature, cycles, dosing, delay);
    }

    /** A run of a library LbL process. */
    public LbLInput lbl(LbLProcess process, int bilayers) {
        LbLInput.Growth growth = process.regime() == LbLRegime.LINEAR
                ? new LbLInput.Linear(process.bilayerThickness().orElseThrow().value().si())
                : new LbLInput.Exponential(process.amplitude().orElseThrow().value().si(),
                        process.growthRate().orElseThrow().value().si());
        return new LbLInput(film(process.material()), process.precursorThickness().value().si(), bilayers, growth);
    }

    /**
     * A run of a library supercycle at the given subcycle counts (in the order of
     * {@link SupercycleProcess#subcycles()}). The measured GPC is the library's at exactly these counts, if it
     * has one; subcycle chemistries come from their library ALD processes.
     */
    public SupercycleInput supercycle(SupercycleProcess process, List<Integer> counts, int supercycles,
            double temperature, Optional<Dosing> dosing) {
        if (counts.size() != process.subcycles().size()) {
            throw new SimulationException("supercycle " + process.id() + " has " + process.subcycles().size()
                    + " subcycles, so give " + process.subcycles().size() + " counts, got " + counts);
        }
        List<SupercycleInput.Subcycle> subcycles = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            SupercycleProcess.Subcycle sub = process.subcycles().get(i);
            Optional<AldChemistry> chemistry = sub.process().map(id -> chemistry(library
                    .process(id, AldProcess.class)
                    .orElseThrow(() -> new SimulationException("subcycle " + sub.label() + " of " + process.id()
                            + " refers to ALD process " + id + ", which the library does not have"))));
            subcycles.add(new SupercycleInput.Subcycle(sub.label(), chemistry, counts.get(i)));
        }
        List<GpcTable.Sample> measured = process.measured(counts).stream()
                .map(p -> new GpcTable.Sample(p.temperature().si(), p.gpc().value().si())).toList();
        Optional<GpcTable> table = measured.isEmpty() ? Optional.empty()
                : Optional.of(new GpcTable(measured, window(process.window())));
        OptionalDouble factor = process.nonAdditivity().map(q -> OptionalDouble.of(q.value().si()))
                .orElse(OptionalDouble.empty());
        return new SupercycleInput(film(process.material()), subcycles, supercycles, temperature, dosing, table,
                factor, 0);
    }

    /**
     * The deposition rate of a library sputter process at a power. The rate at the reference power is
     * {@code rateAtReference} if given (e.g. measured by the user), else the library's; the sources give none,
     * so for the built-in processes the user must supply it.
     *
     * @param power the power or power density used, of the same kind as the library's reference power; empty
     *              to sputter at the reference power
     */
    public static double sputterRate(SputterProcess process, Optional<Quantity> rateAtReference,
            Optional<Quantity> power) {
        Quantity reference = rateAtReference.or(() -> process.depositionRate().map(SourcedQuantity::value))
                .orElseThrow(() -> new SimulationException("sputter process " + process.id()
                        + " has no deposition rate (its source reports none); give the rate measured"
                        + process.referencePower().map(p -> " at " + p.value().text()).orElse("") + ", e.g. 5 nm/min"));
        if (!reference.dimension().equals(Dimension.VELOCITY)) {
            throw new SimulationException("a deposition rate is a thickness per time such as 5 nm/min, got '"
                    + reference.text() + "'");
        }
        if (power.isEmpty()) {
            return reference.si();
        }
        Quantity referencePower = process.referencePower().map(SourcedQuantity::value)
                .orElseThrow(() -> new SimulationException("sputter process " + process.id() + " has no reference"
                        + " power, so its rate cannot be scaled to " + power.get().text()
                        + "; give the rate at the power you use"));
        if (!power.get().dimension().equals(referencePower.dimension())) {
            throw new SimulationException("sputter power '" + power.get().text() + "' must be of the same kind as the"
                    + " reference power " + referencePower.text() + " of " + process.id());
        }
        return SputterInput.scaledRate(reference.si(), referencePower.si(), power.get().si());
    }

    /**
     * An anneal of a film of {@code materialId}, with the phase changes the library knows for it.
     *
     * @param duration time at temperature, s, if known
     */
    public AnnealInput anneal(String materialId, double temperature, OptionalDouble duration) {
        List<PhaseChange> changes = library.annealsFrom(materialId).stream().map(this::phaseChange).toList();
        return new AnnealInput(temperature, duration, changes);
    }

    private PhaseChange phaseChange(AnnealProcess process) {
        return new PhaseChange(process.id(), film(process.to()), process.temperature().value().si(),
                process.duration().map(d -> OptionalDouble.of(d.value().si())).orElse(OptionalDouble.empty()));
    }

    /** The table of a library ALD process (SI values of the sourced quantities). */
    private static GpcTable gpc(List<GpcPoint> points, Optional<SourcedRange> window) {
        List<GpcTable.Sample> samples = points.stream()
                .map(p -> new GpcTable.Sample(p.temperature().si(), p.gpc().value().si())).toList();
        return new GpcTable(samples, window(window));
    }

    private static Optional<GpcTable.TemperatureWindow> window(Optional<SourcedRange> window) {
        return window.map(w -> new GpcTable.TemperatureWindow(w.min().si(), w.max().si()));
    }

    private static OptionalDouble exposure0(AldProcess process, Reactant reactant) {
        return process.characteristicExposure(reactant).map(q -> OptionalDouble.of(q.value().si()))
                .orElse(OptionalDouble.empty());
    }

    private static OptionalDouble si(Material material, MaterialProperty property) {
        return material.property(property).map(q -> OptionalDouble.of(q.value().si())).orElse(OptionalDouble.empty());
    }
}
