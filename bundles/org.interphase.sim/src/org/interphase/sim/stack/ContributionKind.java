package org.interphase.sim.stack;

/** What a part of a stack's equivalent circuit stands for. */
public enum ContributionKind {
    /** Ion transport through a layer: the grains of a ceramic, or the whole of a dense layer, coating or interphase. */
    BULK,
    /** Ion transport across the grain boundaries of a polycrystalline ceramic. */
    GRAIN_BOUNDARY,
    /** Charge transfer across an interface, R_ct ∥ C_dl. */
    CHARGE_TRANSFER,
    /** The double layer of a blocking electrode, a pure capacitance. */
    DOUBLE_LAYER,
    /** Solid-state diffusion in an intercalating electrode, a finite-length Warburg. */
    DIFFUSION;

    /** Whether the part is ion transport through a layer, which [000]'s conductivities are computed from. */
    public boolean isOhmic() {
        return this == BULK || this == GRAIN_BOUNDARY;
    }
}
