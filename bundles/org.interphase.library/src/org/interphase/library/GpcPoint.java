package org.interphase.library;

import java.util.Objects;

import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Quantity;

/**
 * A saturated growth per cycle reported at one deposition temperature.
 *
 * @param gpc         thickness per cycle (a length), with its source
 * @param temperature the deposition temperature it was measured at
 */
public record GpcPoint(SourcedQuantity gpc, Quantity temperature) {

    public GpcPoint {
        Objects.requireNonNull(gpc, "gpc");
        Objects.requireNonNull(temperature, "temperature of the gpc");
    }
}
