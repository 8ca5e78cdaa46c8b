package org.interphase.library;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Dimension;

/**
 * An ALD or MLD process: two self-limiting half-reactions (precursor, co-reactant) that deposit
 * {@link #material()} at a saturated growth per cycle that depends on temperature.
 *
 * @param id                      unique library identifier
 * @param technique               ALD or MLD
 * @param material                library id of the deposited material
 * @param precursor               the first reactant as the source names it, e.g. "TMA"
 * @param coReactant              the second reactant, e.g. "H2O"
 * @param gpc                     saturated growth per cycle at one or more temperatures, sorted by temperature
 * @param window                  temperature range of self-limited growth, if a source gives one
 * @param characteristicExposures Langmuir exposure Φ0 (pressure × time) per half-reaction, where known
 * @param nucleationDelays        cycles before linear growth, by substrate material id, where known
 * @param reported                informational values as reported: depositionTemperature, pulseTime, purgeTime
 * @param note                    remark; empty when there is none
 * @param origin                  where the process was defined
 */
public record AldProcess(String id, AldTechnique technique, String material, String precursor, String coReactant,
        List<GpcPoint> gpc, Optional<SourcedRange> window, Map<Reactant, SourcedQuantity> characteristicExposures,
        Map<String, SourcedQuantity> nucleationDelays, Map<String, SourcedQuantity> reported, String note,
        Origin origin) implements DepositionProcess {

    /** Dimension of an exposure Φ = partial pressure × time (Pa·s; written e.g. "0.05 Torr s"). */
    public static final Dimension EXPOSURE = Dimension.PRESSURE.times(Dimension.TIME);

    public AldProcess {
        Objects.requireNonNull(id, "process id");
        Objects.requireNonNull(technique, () -> "technique of " + id);
        Objects.requireNonNull(material, () -> "material of " + id);
        Objects.requireNonNull(precursor, () -> "precursor of " + id);
        Objects.requireNonNull(coReactant, () -> "co-reactant of " + id);
        Objects.requireNonNull(window, () -> "window of " + id);
        Objects.requireNonNull(note, () -> "note on " + id);
        Objects.requireNonNull(origin, () -> "origin of " + id);
        if (gpc.isEmpty()) {
            throw new IllegalArgumentException("ALD process " + id + " needs at least one gpc value");
        }
        gpc = gpc.stream().sorted(Comparator.comparingDouble(p -> p.temperature().si())).toList();
        characteristicExposures = Copies.ordered(characteristicExposures);
        nucleationDelays = Copies.ordered(nucleationDelays);
        reported = Copies.ordered(reported);
    }

    /** The characteristic exposure Φ0 of one half-reaction, if the library has it. */
    public Optional<SourcedQuantity> characteristicExposure(Reactant reactant) {
        return Optional.ofNullable(characteristicExposures.get(reactant));
    }

    /** Cycles before linear growth on a substrate (library material id), if the library has them. */
    public Optional<SourcedQuantity> nucleationDelay(String substrate) {
        return Optional.ofNullable(nucleationDelays.get(substrate));
    }
}
