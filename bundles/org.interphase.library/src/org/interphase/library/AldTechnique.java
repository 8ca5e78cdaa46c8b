package org.interphase.library;

/** Atomic or molecular layer deposition: the same self-limiting scheme, inorganic or organic co-reactant. */
public enum AldTechnique {
    ALD,
    MLD
}
