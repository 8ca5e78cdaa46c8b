package org.interphase.library;

/**
 * A property a model needs that a material does not state, at the material's definition, where the missing line
 * belongs. Validation turns it into an error that names the material and the property, and a quick fix that writes
 * the line for the user to complete.
 */
public final class MissingProperty extends LibraryException {

    private static final long serialVersionUID = 1L;

    private final String material;
    private final String property;

    public MissingProperty(Origin origin, String material, String property, String message) {
        super(origin.file(), origin.line(), message);
        this.material = material;
        this.property = property;
    }

    /** The material that lacks the property. */
    public String material() {
        return material;
    }

    /** The property's name, e.g. "ionicConductivity". */
    public String property() {
        return property;
    }
}
