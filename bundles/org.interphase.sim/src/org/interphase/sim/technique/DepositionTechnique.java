package org.interphase.sim.technique;

import java.util.List;
import java.util.Optional;

import org.interphase.core.extensions.Contribution;
import org.interphase.sim.growth.Film;
import org.interphase.sim.growth.TechniqueGrowth;

/**
 * A deposition technique that a plug-in adds to the language and to the growth engine: a recipe writes
 * {@code step <id> { name = value unit; ... }}, the editor checks the parameters against {@link #parameters()} and
 * {@link #validate}, and the recipe compiler grows the film with {@link #grow}. Contributed through the extension
 * point {@value #EXTENSION_POINT} (schema {@code schema/techniques.exsd}) or headless through
 * {@code META-INF/services/org.interphase.sim.technique.DepositionTechnique}; {@link Techniques#installed()} lists
 * them.
 *
 * <p>{@link #id()} is the word written after {@code step}: a letters-digits-underscore identifier, e.g. {@code pld}.
 * Every step may also write {@code film = "<material name>"}; without it the film is {@link #defaultFilm()}.
 * Implementations must be stateless: one instance serves every recipe.
 */
public interface DepositionTechnique extends Contribution {

    /** Id of the extension point that deposition techniques are contributed to. */
    String EXTENSION_POINT = "org.interphase.sim.techniques";

    /** What a user reads in proposals and reports, e.g. "pulsed-laser deposition". */
    String label();

    /** The parameters a step may write, in the order content assist proposes them. */
    List<TechniqueParameter> parameters();

    /** The name of the material the technique deposits when a step names no film, if it has a usual one. */
    default Optional<String> defaultFilm() {
        return Optional.empty();
    }

    /**
     * Problems of a combination of values that each lie in their ranges (e.g. a growth rate that the other values make
     * implausible). Called only when every parameter passed the declared checks; none by default.
     */
    default List<TechniqueProblem> validate(TechniqueParameters values) {
        return List.of();
    }

    /**
     * The growth model: the film thickness the step grows with these values.
     *
     * @param values checked parameter values in SI units, defaults filled in
     * @param film   the material the film is made of (name, formula, density, molar mass), as the binding layer
     *               compiled it from the file or the library
     * @throws org.interphase.sim.SimulationException if the values cannot be grown, with a message saying why
     */
    TechniqueGrowth grow(TechniqueParameters values, Film film);
}
