package org.interphase.library;

import java.util.Objects;

import org.interphase.core.provenance.SourcedQuantity;

/**
 * A ceramic pellet pressed in a die and sintered, e.g. the molten-flux LATP pellet of [000]: its
 * geometry is what an impedance model of a pellet cell needs.
 *
 * @param id        unique library identifier
 * @param material  library id of the pellet material
 * @param diameter  pellet (die) diameter
 * @param thickness pellet thickness
 * @param note      remark; empty when there is none
 * @param origin    where the process was defined
 */
public record PelletProcess(String id, String material, SourcedQuantity diameter, SourcedQuantity thickness,
        String note, Origin origin) implements FabricationProcess {

    public PelletProcess {
        Objects.requireNonNull(id, "process id");
        Objects.requireNonNull(material, () -> "material of " + id);
        Objects.requireNonNull(diameter, () -> "diameter of " + id);
        Objects.requireNonNull(thickness, () -> "thickness of " + id);
        Objects.requireNonNull(note, () -> "note on " + id);
        Objects.requireNonNull(origin, () -> "origin of " + id);
    }

    /** The area of one pellet face, π·d²/4, in m². */
    public double faceArea() {
        double d = diameter.value().si();
        return Math.PI * d * d / 4;
    }
}
