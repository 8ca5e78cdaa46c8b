package org.interphase.library;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.interphase.core.units.Dimension;

/**
 * What a body line of a library entry may say under one name: the kind of value, its dimension
 * and sign, whether it carries a temperature ({@code at 250 °C}) and which qualifiers
 * ({@code reactant=precursor}) it takes. The loader checks every line against its slot so that a
 * misspelt name or a value of the wrong kind is reported where it was written.
 *
 * @param name        the property name as written in files
 * @param dimensions  accepted dimensions (one in almost every case)
 * @param sign        which values are physical
 * @param shape       number, range, either, yes/no, or a label
 * @param temperature whether {@code at <temperature>} is forbidden, allowed or required
 * @param qualifiers  the key=value qualifiers the line may or must carry
 * @param repeatable  whether the name may occur several times (distinguished by qualifiers and temperature)
 * @param example     a well-formed line, for messages
 */
record Slot(String name, Set<Dimension> dimensions, Sign sign, Shape shape, Need temperature,
        List<QualifierSpec> qualifiers, boolean repeatable, String example) {

    enum Sign {
        POSITIVE, NON_NEGATIVE
    }

    enum Shape {
        NUMBER, RANGE, NUMBER_OR_RANGE, FLAG, LABEL
    }

    enum Need {
        FORBIDDEN, OPTIONAL, REQUIRED
    }

    /**
     * A key=value qualifier of a body line.
     *
     * @param key         e.g. "reactant"
     * @param required    whether the line must carry it
     * @param valid       which values are accepted
     * @param description the accepted values in words, for messages
     */
    record QualifierSpec(String key, boolean required, Predicate<String> valid, String description) {
    }

    /** A single-valued number of one dimension, e.g. a pellet diameter. */
    static Slot number(String name, Dimension dimension, Sign sign, Need temperature, String example) {
        return new Slot(name, Set.of(dimension), sign, Shape.NUMBER, temperature, List.of(), false, example);
    }

    /**
     * A vocabulary property (material, interface or cell property), whose example line is written
     * from its dimension's example value, e.g. {@code density = 1.5 g/cm3 source <Source> "where"}.
     */
    static Slot property(String key, Dimension dimension, Sign sign, Need temperature) {
        return number(key, dimension, sign, temperature,
                key + " = " + dimension.example() + " source <Source> \"where\"");
    }

    /** A temperature range such as a process window. */
    static Slot temperatureRange(String name, String example) {
        return new Slot(name, Set.of(Dimension.TEMPERATURE), Sign.POSITIVE, Shape.RANGE, Need.FORBIDDEN, List.of(),
                false, example);
    }

    /** A yes/no fact. */
    static Slot flag(String name) {
        return new Slot(name, Set.of(), Sign.NON_NEGATIVE, Shape.FLAG, Need.FORBIDDEN, List.of(), false,
                name + " = true source <Source> \"where\"");
    }

    QualifierSpec qualifier(String key) {
        return qualifiers.stream().filter(q -> q.key().equals(key)).findFirst().orElse(null);
    }

    /** E.g. "a length (m)" or "a power (W) or a power density (W/m²)". */
    String expectedKinds() {
        return dimensions.stream().map(Dimension::describe).sorted().collect(Collectors.joining(" or "));
    }
}
