package org.interphase.sim.growth;

import java.util.Objects;

import org.interphase.sim.technique.DepositionTechnique;
import org.interphase.sim.technique.TechniqueParameters;

/**
 * A run of a contributed deposition technique: its checked parameter values and the film it deposits.
 *
 * @param film       the film
 * @param technique  the technique whose growth model grows it
 * @param parameters checked values in SI units (see {@link org.interphase.sim.technique.TechniqueCheck#values})
 */
public record TechniqueInput(Film film, DepositionTechnique technique, TechniqueParameters parameters)
        implements GrowthInput {

    public TechniqueInput {
        Objects.requireNonNull(film, "film");
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(parameters, "parameters");
    }
}
