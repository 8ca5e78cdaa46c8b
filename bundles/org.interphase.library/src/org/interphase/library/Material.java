package org.interphase.library;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.core.units.Quantity;

/**
 * A material of the library: identity, chemistry, and the sourced properties and flags that the
 * sources give for it. Properties the sources do not give are absent rather than defaulted, so a
 * model that needs one must get it from the user ({@link #require(String)} says which is missing).
 *
 * @param id                    unique library identifier, e.g. "LATP" or "LLTO-film-annealed-300"
 * @param formula               explicit stoichiometry, e.g. "Li1.3Al0.3Ti1.7(PO4)3"
 * @param materialClass         the family it belongs to
 * @param phase                 e.g. "amorphous" or "cubic"; empty when the source does not say
 * @param note                  a remark that is not a number; empty when there is none
 * @param properties            sourced values by property name ({@link MaterialProperty#key()}), in file order
 * @param measuringTemperatures the temperature each temperature-dependent property was measured at, by name
 * @param flags                 sourced yes/no facts by flag name ({@link MaterialFlag#key()})
 * @param origin                where the material was defined
 */
public record Material(String id, String formula, MaterialClass materialClass, String phase, String note,
        Map<String, SourcedQuantity> properties, Map<String, Quantity> measuringTemperatures,
        Map<String, SourcedFlag> flags, Origin origin) {

    public Material {
        Objects.requireNonNull(id, "material id");
        Objects.requireNonNull(formula, () -> "formula of " + id);
        Objects.requireNonNull(materialClass, () -> "class of " + id);
        Objects.requireNonNull(phase, () -> "phase of " + id);
        Objects.requireNonNull(note, () -> "note on " + id);
        Objects.requireNonNull(origin, () -> "origin of " + id);
        properties = Copies.ordered(properties);
        measuringTemperatures = Copies.ordered(measuringTemperatures);
        flags = Copies.ordered(flags);
    }

    /** The property named {@code name} (e.g. "ionicConductivity"), if the library has it for this material. */
    public Optional<SourcedQuantity> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    /** Same as {@link #property(String)} with the property's key. */
    public Optional<SourcedQuantity> property(MaterialProperty property) {
        return property(property.key());
    }

    /**
     * The property named {@code name}, which the caller cannot do without.
     *
     * @throws MissingProperty naming the material, the property and the line where it would go
     */
    public SourcedQuantity require(String name) {
        return property(name).orElseThrow(() -> missing(List.of(name)));
    }

    /**
     * Checks that this material states every property of {@code needed}, which one mechanism needs together.
     *
     * @throws MissingProperty naming all of them that are missing
     */
    public void requireAll(MaterialProperty... needed) {
        List<String> missing = Arrays.stream(needed).map(MaterialProperty::key)
                .filter(key -> !properties.containsKey(key)).toList();
        if (!missing.isEmpty()) {
            throw missing(missing);
        }
    }

    private MissingProperty missing(List<String> names) {
        String lines = names.stream().map(name -> name + " = <value> <unit> source <Source> \"where\"")
                .collect(Collectors.joining(" "));
        return new MissingProperty(origin, id, names, "material " + id + " has no " + String.join(" and ", names)
                + ", which the simulation needs; state " + (names.size() == 1 ? "it" : "them") + " in your file:"
                + " material " + id + " { " + lines + " } (" + id + " is defined at " + origin + ")");
    }

    /** Same as {@link #require(String)} with the property's key. */
    public SourcedQuantity require(MaterialProperty property) {
        return require(property.key());
    }

    /** The temperature at which the property named {@code name} was measured, if the source gives one. */
    public Optional<Quantity> measuringTemperature(String name) {
        return Optional.ofNullable(measuringTemperatures.get(name));
    }

    /** The flag named {@code name} (e.g. "reducedByLi"), if the library states it for this material. */
    public Optional<SourcedFlag> flag(String name) {
        return Optional.ofNullable(flags.get(name));
    }

    /** Same as {@link #flag(String)} with the flag's key. */
    public Optional<SourcedFlag> flag(MaterialFlag flag) {
        return flag(flag.key());
    }

    /**
     * This material laid over {@code base}: its properties and flags replace the base's of the same name, the
     * base supplies the rest.
     */
    public Material over(Material base) {
        Map<String, SourcedQuantity> mergedProperties = new LinkedHashMap<>(base.properties());
        mergedProperties.putAll(properties);
        Map<String, Quantity> mergedTemperatures = new LinkedHashMap<>(base.measuringTemperatures());
        properties.keySet().forEach(mergedTemperatures::remove);
        mergedTemperatures.putAll(measuringTemperatures);
        Map<String, SourcedFlag> mergedFlags = new LinkedHashMap<>(base.flags());
        mergedFlags.putAll(flags);
        return new Material(id, formula, materialClass, phase, note.isEmpty() ? base.note() : note, mergedProperties,
                mergedTemperatures, mergedFlags, origin);
    }
}
