package org.interphase.library;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.interphase.core.provenance.SourcedQuantity;

/**
 * Layer-by-layer assembly: an anchoring precursor layer, then alternating dips of a polymer pair,
 * each pair one bilayer. Linear processes give {@link #bilayerThickness()}; exponential ones give
 * {@link #amplitude()} and {@link #growthRate()} (see {@link LbLRegime}).
 *
 * @param id                 unique library identifier
 * @param material           library id of the deposited film
 * @param precursor          the anchoring layer, e.g. "branched PEI"
 * @param pair               the polymer pair, e.g. "PAA/PEO"
 * @param regime             linear or exponential growth
 * @param precursorThickness thickness of the anchoring layer
 * @param bilayerThickness   thickness per bilayer (linear regime)
 * @param amplitude          A in t0 + A·(exp(k·n) − 1) (exponential regime)
 * @param growthRate         k in t0 + A·(exp(k·n) − 1), per bilayer (exponential regime)
 * @param reported           informational values as reported: dipTime, rinseTime
 * @param note               remark; empty when there is none
 * @param origin             where the process was defined
 */
public record LbLProcess(String id, String material, String precursor, String pair, LbLRegime regime,
        SourcedQuantity precursorThickness, Optional<SourcedQuantity> bilayerThickness,
        Optional<SourcedQuantity> amplitude, Optional<SourcedQuantity> growthRate,
        Map<String, SourcedQuantity> reported, String note, Origin origin) implements DepositionProcess {

    public LbLProcess {
        Objects.requireNonNull(id, "process id");
        Objects.requireNonNull(material, () -> "material of " + id);
        Objects.requireNonNull(precursor, () -> "precursor of " + id);
        Objects.requireNonNull(pair, () -> "polymer pair of " + id);
        Objects.requireNonNull(regime, () -> "regime of " + id);
        Objects.requireNonNull(precursorThickness, () -> "precursor thickness of " + id);
        Objects.requireNonNull(bilayerThickness, () -> "bilayer thickness of " + id);
        Objects.requireNonNull(amplitude, () -> "amplitude of " + id);
        Objects.requireNonNull(growthRate, () -> "growth rate of " + id);
        Objects.requireNonNull(note, () -> "note on " + id);
        Objects.requireNonNull(origin, () -> "origin of " + id);
        reported = Copies.ordered(reported);
    }
}
