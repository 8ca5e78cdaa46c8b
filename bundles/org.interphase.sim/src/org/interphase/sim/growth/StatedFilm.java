package org.interphase.sim.growth;

import java.util.Objects;

import org.interphase.sim.InputChecks;

/**
 * A film whose thickness the recipe states instead of a growth model giving it, e.g. a sputter run written
 * "to 350 nm" when no deposition rate is known: the engine takes the thickness as written.
 *
 * @param film      the film
 * @param thickness m, zero or more
 */
public record StatedFilm(Film film, double thickness) implements GrowthInput {

    public StatedFilm {
        Objects.requireNonNull(film, "film material");
        InputChecks.nonNegative(thickness, "stated thickness of " + film.id(), "metres");
    }
}
