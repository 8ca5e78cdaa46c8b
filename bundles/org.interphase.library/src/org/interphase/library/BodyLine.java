package org.interphase.library;

import java.util.Map;
import java.util.Optional;

import org.interphase.core.provenance.Source;
import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Quantity;

/**
 * A checked body line: its value matches its {@link Slot} and its source is resolved.
 *
 * @param name        the property name
 * @param qualifiers  key=value qualifiers, in file order
 * @param value       what the line states
 * @param temperature the {@code at <temperature>} part, if written
 * @param source      the cited source with the line's locator
 * @param note        the note; empty when none
 * @param line        1-based line number
 */
record BodyLine(String name, Map<String, String> qualifiers, Value value, Optional<Quantity> temperature,
        Source source, String note, int line) {

    /** What a body line states. */
    sealed interface Value permits Number, Range, Flag, Label {
    }

    record Number(Quantity quantity) implements Value {
    }

    record Range(Quantity min, Quantity max) implements Value {
    }

    record Flag(boolean value) implements Value {
    }

    /** The word after the name on label lines such as {@code subcycle Li2O ...}. */
    record Label(String text) implements Value {
    }

    BodyLine {
        qualifiers = Copies.ordered(qualifiers);
    }

    String qualifier(String key) {
        return qualifiers.get(key);
    }

    /** The value as a sourced quantity; only for {@link Number} lines. */
    SourcedQuantity sourced() {
        return new SourcedQuantity(name, ((Number) value).quantity(), source, note);
    }

    /** The value as a sourced range; a single number is the range [v, v]. Only for number or range lines. */
    SourcedRange sourcedRange() {
        return switch (value) {
            case Range range -> new SourcedRange(name, range.min(), range.max(), source, note);
            case Number number -> new SourcedRange(name, number.quantity(), number.quantity(), source, note);
            default -> throw new IllegalStateException(name + " is not a number or range");
        };
    }
}
