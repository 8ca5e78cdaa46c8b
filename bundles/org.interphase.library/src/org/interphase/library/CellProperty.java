package org.interphase.library;

import java.util.Optional;

import org.interphase.core.units.Dimension;

/** The numeric properties a {@code cell} entry may state (layer thicknesses are separate lines). */
public enum CellProperty implements NumericProperty {
    /** Electrode area through which the current flows. */
    AREA("area", Dimension.AREA),
    /** Mass of cathode active material per electrode area (composite electrodes). */
    CATHODE_LOADING("cathodeLoading", Dimension.MASS.over(Dimension.AREA)),
    /** Thickness of a dense cathode film (thin-film electrodes). */
    CATHODE_THICKNESS("cathodeThickness", Dimension.LENGTH),
    /** Radius of the active particles of a composite cathode. */
    PARTICLE_RADIUS("particleRadius", Dimension.LENGTH),
    /** Share of the active material that takes part in cycling (contacted through ion and electron paths), 0-1. */
    UTILIZATION("utilization", Dimension.NONE),
    /** Thickness of the Li metal anode (its Li inventory). */
    ANODE_THICKNESS("anodeThickness", Dimension.LENGTH),
    /** Temperature the cell was cycled at. */
    TEMPERATURE("temperature", Dimension.TEMPERATURE);

    private final String key;
    private final Dimension dimension;

    CellProperty(String key, Dimension dimension) {
        this.key = key;
        this.dimension = dimension;
    }

    /** The name used in library files, e.g. "cathodeLoading". */
    @Override
    public String key() {
        return key;
    }

    @Override
    public Dimension dimension() {
        return dimension;
    }

    /** The property named {@code key} in library files, if there is one. */
    public static Optional<CellProperty> fromKey(String key) {
        return Keywords.find(values(), CellProperty::key, key);
    }
}
