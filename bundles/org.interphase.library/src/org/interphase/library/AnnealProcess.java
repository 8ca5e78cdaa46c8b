package org.interphase.library;

import java.util.Objects;
import java.util.Optional;

import org.interphase.core.provenance.SourcedQuantity;

/**
 * An anneal or bake that turns a film of one library material into another phase, e.g. amorphous
 * sputtered LLTO into crystalline LLTO at 400 °C. The film takes the properties of {@link #to()}.
 *
 * @param id          unique library identifier
 * @param from        library id of the film before the anneal
 * @param to          library id of the film after the anneal
 * @param atmosphere  e.g. "O2"; "not given" when the source does not say
 * @param temperature the anneal temperature; annealing at or above it makes the change
 * @param duration    the reported duration, if given
 * @param heatingRate the reported heating rate, if given
 * @param note        remark; empty when there is none
 * @param origin      where the anneal was defined
 */
public record AnnealProcess(String id, String from, String to, String atmosphere, SourcedQuantity temperature,
        Optional<SourcedQuantity> duration, Optional<SourcedQuantity> heatingRate, String note, Origin origin)
        implements FabricationProcess {

    public AnnealProcess {
        Objects.requireNonNull(id, "anneal id");
        Objects.requireNonNull(from, () -> "starting material of " + id);
        Objects.requireNonNull(to, () -> "resulting material of " + id);
        Objects.requireNonNull(atmosphere, () -> "atmosphere of " + id);
        Objects.requireNonNull(temperature, () -> "temperature of " + id);
        Objects.requireNonNull(duration, () -> "duration of " + id);
        Objects.requireNonNull(heatingRate, () -> "heating rate of " + id);
        Objects.requireNonNull(note, () -> "note on " + id);
        Objects.requireNonNull(origin, () -> "origin of " + id);
    }
}
