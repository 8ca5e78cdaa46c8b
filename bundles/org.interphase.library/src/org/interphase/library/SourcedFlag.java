package org.interphase.library;

import java.util.Objects;

import org.interphase.core.provenance.Source;

/**
 * A yes/no fact about a material with its source, e.g. "LATP is reduced by Li" from [000].
 *
 * @param name   the flag name as in library files, e.g. "reducedByLi"
 * @param value  the fact
 * @param source where it comes from
 * @param note   conditions or caveats; empty when there are none
 */
public record SourcedFlag(String name, boolean value, Source source, String note) {

    public SourcedFlag {
        Objects.requireNonNull(name, "flag name");
        Objects.requireNonNull(source, () -> "source of " + name);
        Objects.requireNonNull(note, () -> "note on " + name);
    }
}
