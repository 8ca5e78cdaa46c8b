package org.interphase.library;

import java.util.List;

/**
 * The properties a model needs that a material does not state, at the material's definition, where the missing line
 * belongs. Validation turns it into an error that names the material and the property, and a quick fix that writes
 * the line for the user to complete.
 */
public final class MissingProperty extends LibraryException {

    private static final long serialVersionUID = 1L;

    private final String material;
    private final List<String> properties;

    public MissingProperty(Origin origin, String material, String property, String message) {
        this(origin, material, List.of(property), message);
    }

    /** All the properties one mechanism lacks, so that the user learns of them at once, not one per round. */
    public MissingProperty(Origin origin, String material, List<String> properties, String message) {
        super(origin.file(), origin.line(), message);
        if (properties.isEmpty()) {
            throw new IllegalArgumentException("a missing property needs at least one property");
        }
        this.material = material;
        this.properties = List.copyOf(properties);
    }

    /** The material that lacks the property. */
    public String material() {
        return material;
    }

    /** The properties' names in the order the model needs them, e.g. ["ionicConductivity"]. */
    public List<String> properties() {
        return properties;
    }
}
