package org.interphase.dsl.binding;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A full cell as it is written in a stack, cathode first: what the cycling binding needs to know about the stack
 * besides the materials and interfaces it names. All values in SI units.
 *
 * @param name             the stack's name, for reports
 * @param area             electrode area, m²
 * @param temperature      K
 * @param cathode          the cathode layer's material (a composite electrode, e.g. LfpComposite, or an active
 *                         material written directly, e.g. NCM523)
 * @param activeMaterial   the material that stores Li: {@code cathode} itself, or the constituent of a composite
 *                         that has an open-circuit curve
 * @param cathodeThickness the cathode layer's thickness, m, if written or grown (a thin-film cathode needs it)
 * @param layers           the layers between the electrodes, from the cathode to the anode
 * @param anode            the Li metal anode's material
 * @param anodeThickness   its thickness, m: it sets the Li inventory
 */
public record CellLayout(String name, double area, double temperature, String cathode, String activeMaterial,
        OptionalDouble cathodeThickness, List<Layer> layers, String anode, double anodeThickness) {

    /** One layer between the electrodes: its material and thickness (m). */
    public record Layer(String material, double thickness) {

        public Layer {
            Objects.requireNonNull(material, "layer material");
        }
    }

    public CellLayout {
        Objects.requireNonNull(name, "stack name");
        Objects.requireNonNull(cathode, "cathode material");
        Objects.requireNonNull(activeMaterial, "active material");
        Objects.requireNonNull(cathodeThickness, "cathode thickness (OptionalDouble.empty() when not written)");
        layers = List.copyOf(layers);
        Objects.requireNonNull(anode, "anode material");
    }
}
