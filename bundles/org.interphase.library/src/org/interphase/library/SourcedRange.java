package org.interphase.library;

import java.util.Objects;

import org.interphase.core.provenance.Source;
import org.interphase.core.units.Quantity;

/**
 * A sourced interval such as an ALD process window (270 °C to 310 °C) or a reported thickness
 * range (300 nm to 400 nm). A single reported value is an interval with {@code min == max}.
 *
 * @param name   the parameter name as in library files, e.g. "window"
 * @param min    lower end, same dimension as {@code max}
 * @param max    upper end, not below {@code min}
 * @param source where it comes from
 * @param note   conditions or caveats; empty when there are none
 */
public record SourcedRange(String name, Quantity min, Quantity max, Source source, String note) {

    public SourcedRange {
        Objects.requireNonNull(name, "range name");
        Objects.requireNonNull(min, () -> "lower end of " + name);
        Objects.requireNonNull(max, () -> "upper end of " + name);
        Objects.requireNonNull(source, () -> "source of " + name);
        Objects.requireNonNull(note, () -> "note on " + name);
        if (!min.dimension().equals(max.dimension()) || min.si() > max.si()) {
            throw new IllegalArgumentException(name + ": '" + min.text() + " to " + max.text()
                    + "' is not an interval; write the lower end first, both of the same kind");
        }
    }
}
