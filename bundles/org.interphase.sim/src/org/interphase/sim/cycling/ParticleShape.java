package org.interphase.sim.cycling;

/**
 * How Li enters the active material: radially into spherical particles (composite cathodes) or
 * through one face of a dense film (thin-film cathodes, current collector on the other face).
 */
public enum ParticleShape {
    SPHERE,
    PLANE
}
