package org.interphase.sim.growth;

import java.util.Objects;
import java.util.OptionalDouble;

import org.interphase.sim.InputChecks;

/**
 * What the growth engine needs to know about the material a film is made of. The binding layer fills it in from
 * the film's material; the engine never looks a material up itself.
 *
 * @param id        the material's name, which a stack layer of the grown film refers to
 * @param formula   chemical formula, for atomic fractions (a formula without fixed stoichiometry gives none)
 * @param density   kg/m³, if known (needed for a supercycle film's composition)
 * @param molarMass kg/mol, if known (needed for a supercycle film's composition)
 */
public record Film(String id, String formula, OptionalDouble density, OptionalDouble molarMass) {

    public Film {
        InputChecks.named(id, "film material");
        Objects.requireNonNull(formula, () -> "formula of " + id);
        Objects.requireNonNull(density, () -> "density of " + id + " (OptionalDouble.empty() when unknown)");
        Objects.requireNonNull(molarMass, () -> "molar mass of " + id + " (OptionalDouble.empty() when unknown)");
    }

}
