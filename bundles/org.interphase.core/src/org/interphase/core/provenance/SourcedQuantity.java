package org.interphase.core.provenance;

import java.util.Objects;

import org.interphase.core.units.Quantity;

/**
 * A named parameter value with its unit and its source, e.g. the ionic conductivity of LATP,
 * 7 × 10⁻⁴ S cm⁻¹ from [001] Table 1. The note records conditions or caveats (temperature,
 * "as printed", disagreement between sources) and is empty when there are none.
 */
public record SourcedQuantity(String name, Quantity value, Source source, String note) {

    public SourcedQuantity {
        Objects.requireNonNull(name, "parameter name");
        Objects.requireNonNull(value, () -> "value of " + name);
        Objects.requireNonNull(source, () -> "source of " + name);
        Objects.requireNonNull(note, () -> "note on " + name + " (use \"\" for none)");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a sourced quantity needs a name, e.g. \"ionic conductivity\"");
        }
    }

    /** E.g. "ionic conductivity = 7e-4 S/cm [001] Tolganbek et al. ..., Table 1 (at RT)". */
    @Override
    public String toString() {
        return name + " = " + value.text() + " " + source + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
