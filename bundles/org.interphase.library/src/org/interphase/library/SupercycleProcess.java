package org.interphase.library;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.interphase.core.provenance.Source;
import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Quantity;

/**
 * An ALD supercycle: binary subcycles repeated in a set ratio (e.g. 1 Li2O : n Ta2O5) to make a
 * ternary film. The sources give measured growth per supercycle at some ratios and state that it
 * is not the sum of the binary GPCs, so both are kept: the subcycles (with their binary ALD
 * processes where known) and the measured points.
 *
 * @param id            unique library identifier
 * @param material      library id of the deposited material
 * @param subcycles     the subcycles in recipe order; ratios list counts in this order
 * @param gpc           measured growth per supercycle at given ratios and temperatures
 * @param window        temperature range of constant growth, if a source gives one
 * @param nonAdditivity measured supercycle GPC divided by the sum of subcycle GPCs, if a source gives it
 * @param note          remark; empty when there is none
 * @param origin        where the supercycle was defined
 */
public record SupercycleProcess(String id, String material, List<Subcycle> subcycles, List<SupercycleGpc> gpc,
        Optional<SourcedRange> window, Optional<SourcedQuantity> nonAdditivity, String note, Origin origin)
        implements DepositionProcess {

    /**
     * One subcycle of a supercycle.
     *
     * @param label     short name, e.g. "Li2O"
     * @param process   library id of the binary ALD process, when its GPC is known
     * @param reactants the reactants as the source names them, when no process is given
     * @param source    where the subcycle chemistry comes from
     * @param note      remark; empty when there is none
     */
    public record Subcycle(String label, Optional<String> process, String reactants, Source source, String note) {

        public Subcycle {
            Objects.requireNonNull(label, "subcycle label");
            Objects.requireNonNull(process, () -> "process of subcycle " + label);
            Objects.requireNonNull(reactants, () -> "reactants of subcycle " + label);
            Objects.requireNonNull(source, () -> "source of subcycle " + label);
            Objects.requireNonNull(note, () -> "note on subcycle " + label);
        }
    }

    /**
     * Growth per supercycle measured at one subcycle ratio and temperature.
     *
     * @param ratio       subcycle counts in the order of {@link SupercycleProcess#subcycles()}
     * @param gpc         thickness per supercycle, with its source
     * @param temperature deposition temperature
     */
    public record SupercycleGpc(List<Integer> ratio, SourcedQuantity gpc, Quantity temperature) {

        public SupercycleGpc {
            ratio = List.copyOf(ratio);
            Objects.requireNonNull(gpc, "supercycle gpc");
            Objects.requireNonNull(temperature, "temperature of the supercycle gpc");
        }
    }

    public SupercycleProcess {
        Objects.requireNonNull(id, "supercycle id");
        Objects.requireNonNull(material, () -> "material of " + id);
        Objects.requireNonNull(window, () -> "window of " + id);
        Objects.requireNonNull(nonAdditivity, () -> "non-additivity of " + id);
        Objects.requireNonNull(note, () -> "note on " + id);
        Objects.requireNonNull(origin, () -> "origin of " + id);
        if (subcycles.size() < 2) {
            throw new IllegalArgumentException("supercycle " + id + " needs at least two subcycles");
        }
        subcycles = List.copyOf(subcycles);
        gpc = List.copyOf(gpc);
    }

    /** The measured points at exactly this ratio of subcycle counts, in file order. */
    public List<SupercycleGpc> measured(List<Integer> ratio) {
        return gpc.stream().filter(point -> point.ratio().equals(ratio)).toList();
    }
}
