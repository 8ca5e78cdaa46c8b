package org.interphase.library;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.interphase.core.provenance.SourcedQuantity;

/**
 * Sputter deposition of a film from a target. The deposition rate applies at
 * {@link #referencePower()}; the sources give powers and thicknesses but no rates, so models ask the
 * user for the rate where the library has none.
 *
 * @param id                unique library identifier
 * @param material          library id of the deposited film
 * @param target            the target as the source names it
 * @param gas               sputter gas, e.g. "Ar"; "not given" when the source does not say
 * @param referencePower    power or power density at which the rate applies
 * @param depositionRate    thickness per time at the reference power
 * @param reportedThickness thickness (or range) reported for this process
 * @param reported          other informational values as reported: reportedTime
 * @param note              remark; empty when there is none
 * @param origin            where the process was defined
 */
public record SputterProcess(String id, String material, String target, String gas,
        Optional<SourcedQuantity> referencePower, Optional<SourcedQuantity> depositionRate,
        Optional<SourcedRange> reportedThickness, Map<String, SourcedQuantity> reported, String note, Origin origin)
        implements DepositionProcess {

    public SputterProcess {
        Objects.requireNonNull(id, "process id");
        Objects.requireNonNull(material, () -> "material of " + id);
        Objects.requireNonNull(target, () -> "target of " + id);
        Objects.requireNonNull(gas, () -> "gas of " + id);
        Objects.requireNonNull(referencePower, () -> "reference power of " + id);
        Objects.requireNonNull(depositionRate, () -> "deposition rate of " + id);
        Objects.requireNonNull(reportedThickness, () -> "reported thickness of " + id);
        Objects.requireNonNull(note, () -> "note on " + id);
        Objects.requireNonNull(origin, () -> "origin of " + id);
        reported = Copies.ordered(reported);
    }
}
