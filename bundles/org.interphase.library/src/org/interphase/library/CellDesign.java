package org.interphase.library;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.interphase.core.provenance.SourcedQuantity;

/**
 * A full cell as a paper built it: cathode, the layers between cathode and anode in order, the
 * anode, and the dimensions that the paper gives or that are estimated (each with its source).
 * Contacts between neighbours are the library's {@link MaterialInterface}s.
 *
 * @param id               unique library identifier, e.g. "CELL-R-008"
 * @param cathode          library id of the cathode active material
 * @param layers           library ids of the layers from the cathode side to the anode side
 * @param anode            library id of the anode material
 * @param thinFilm         true for a dense (sputtered) cathode film, false for a composite of particles
 * @param properties       sourced values by {@link CellProperty#key()}, in file order
 * @param layerThicknesses sourced thickness of layer i (0-based, same order as {@code layers})
 * @param note             a remark; empty when there is none
 * @param origin           where the cell was defined
 */
public record CellDesign(String id, String cathode, List<String> layers, String anode, boolean thinFilm,
        Map<String, SourcedQuantity> properties, List<SourcedQuantity> layerThicknesses, String note,
        Origin origin) {

    public CellDesign {
        Objects.requireNonNull(id, "cell id");
        Objects.requireNonNull(cathode, () -> "cathode of " + id);
        Objects.requireNonNull(anode, () -> "anode of " + id);
        Objects.requireNonNull(note, () -> "note on " + id);
        Objects.requireNonNull(origin, () -> "origin of " + id);
        layers = List.copyOf(layers);
        properties = Copies.ordered(properties);
        layerThicknesses = List.copyOf(layerThicknesses);
    }

    /** The value of {@code property}, if the library gives it for this cell. */
    public Optional<SourcedQuantity> property(CellProperty property) {
        return Optional.ofNullable(properties.get(property.key()));
    }

    /**
     * The value of {@code property}, which the caller cannot do without.
     *
     * @throws LibraryException naming the cell, the property and the line to add
     */
    public SourcedQuantity require(CellProperty property) {
        return property(property).orElseThrow(() -> new LibraryException(origin.file(), origin.line(),
                "cell " + id + " has no " + property.key() + "; add a line such as '  " + property.key() + " = "
                        + property.dimension().example() + " source=[KEY] \"locator\"' to it in a user library file"));
    }
}
