package org.interphase.library;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Quantity;

/**
 * The contact between two library materials: charge-transfer kinetics, double-layer capacitance
 * and, where the materials react (Li on LATP), the interphase that forms between them.
 *
 * <p>Orientation matters only when there is an interphase: it forms between {@link #between()}
 * and {@link #and()}, the kinetic values apply at the contact of {@code between} with the
 * interphase, and the interphase|{@code and} contact is taken as ideal.
 *
 * @param id                    unique library identifier, e.g. "IF-Li-LATP"
 * @param between               library id of the first material, e.g. "Li"
 * @param and                   library id of the second material, e.g. "LATP"
 * @param interphase            library id of the interphase material that forms on contact, if any
 * @param properties            sourced values by property name ({@link InterfaceProperty#key()}), in file order
 * @param measuringTemperatures the temperature each temperature-dependent value was measured at, by name
 * @param note                  a remark that is not a number; empty when there is none
 * @param origin                where the interface was defined
 */
public record MaterialInterface(String id, String between, String and, Optional<String> interphase,
        Map<String, SourcedQuantity> properties, Map<String, Quantity> measuringTemperatures, String note,
        Origin origin) {

    public MaterialInterface {
        Objects.requireNonNull(id, "interface id");
        Objects.requireNonNull(between, () -> "first material of " + id);
        Objects.requireNonNull(and, () -> "second material of " + id);
        Objects.requireNonNull(interphase, () -> "interphase of " + id);
        Objects.requireNonNull(note, () -> "note on " + id);
        Objects.requireNonNull(origin, () -> "origin of " + id);
        properties = Copies.ordered(properties);
        measuringTemperatures = Copies.ordered(measuringTemperatures);
    }

    /** Whether this is the contact of materials {@code a} and {@code b}, in either order. */
    public boolean joins(String a, String b) {
        return between.equals(a) && and.equals(b) || between.equals(b) && and.equals(a);
    }

    /** The value of {@code property}, if the library has it for this interface. */
    public Optional<SourcedQuantity> property(InterfaceProperty property) {
        return Optional.ofNullable(properties.get(property.key()));
    }

    /**
     * The value of {@code property}, which the caller cannot do without.
     *
     * @throws LibraryException naming the interface, the property and the line where it would go
     */
    public SourcedQuantity require(InterfaceProperty property) {
        return property(property).orElseThrow(() -> new LibraryException(origin.file(), origin.line(),
                "interface " + id + " (" + between + "|" + and + ") has no " + property.key()
                        + "; add a line such as '  " + property.key() + " = " + property.dimension().example()
                        + " source <Source> \"where\"' to it in your file"));
    }

    /** The temperature at which {@code property} was measured, if the source gives one. */
    public Optional<Quantity> measuringTemperature(InterfaceProperty property) {
        return Optional.ofNullable(measuringTemperatures.get(property.key()));
    }
}
