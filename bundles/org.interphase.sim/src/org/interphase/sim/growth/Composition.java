package org.interphase.sim.growth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Composition and density of a film, from the densities, molar masses and formulas of its constituents.
 *
 * <p>For a supercycle film each subcycle deposits a thickness t_i of its binary material with
 * density ρ_i and molar mass M_i, i.e. n_i = t_i·ρ_i/M_i moles per area; molar fractions are
 * n_i/Σn, atomic fractions follow from the binaries' formulas, and the density is the mass per
 * thickness Σ(t_i·ρ_i)/Σt_i.
 *
 * @param molar   molar fraction by constituent material name
 * @param atomic  atomic fraction by element
 * @param density kg/m³, if known
 */
record Composition(Map<String, Double> molar, Map<String, Double> atomic, OptionalDouble density) {

    /** One subcycle's contribution: its binary film and the thickness it deposits per supercycle (m). */
    record Part(Film film, double thickness) {
    }

    /** Composition and density not known. */
    static Composition unknown() {
        return new Composition(Map.of(), Map.of(), OptionalDouble.empty());
    }

    /** A film of a single material. */
    static Composition single(Film film) {
        Map<String, Double> atomic = ChemicalFormula.atoms(film.formula()).map(Composition::normalised)
                .orElse(Map.of());
        return new Composition(Map.of(film.id(), 1.0), atomic, film.density());
    }

    /**
     * A film made of parts. When a part's density or molar mass is missing, the composition is
     * unknown: it is left empty and a warning says which value to add to the material.
     */
    static Composition mixture(List<Part> parts, List<GrowthWarning> warnings) {
        List<String> missing = new ArrayList<>();
        for (Part part : parts) {
            if (part.film().density().isEmpty()) {
                missing.add("density of " + part.film().id());
            }
            if (part.film().molarMass().isEmpty()) {
                missing.add("molarMass of " + part.film().id());
            }
        }
        if (!missing.isEmpty()) {
            warnings.add(new GrowthWarning(GrowthWarning.Code.COMPOSITION_UNKNOWN, "film composition not computed: no "
                    + String.join(", ", missing) + " is given (add them to the materials)"));
            return unknown();
        }
        Map<String, Double> moles = new LinkedHashMap<>();
        double mass = 0;
        double thickness = 0;
        for (Part part : parts) {
            double density = part.film().density().getAsDouble();
            double molarMass = part.film().molarMass().getAsDouble();
            moles.merge(part.film().id(), part.thickness() * density / molarMass, Double::sum);
            mass += part.thickness() * density;
            thickness += part.thickness();
        }
        if (thickness <= 0) {
            return unknown();
        }
        return new Composition(normalised(moles), atomic(parts, moles, warnings), OptionalDouble.of(mass / thickness));
    }

    private static Map<String, Double> atomic(List<Part> parts, Map<String, Double> moles,
            List<GrowthWarning> warnings) {
        Map<String, Map<String, Double>> perUnit = new LinkedHashMap<>();
        for (Part part : parts) {
            Optional<Map<String, Double>> atoms = ChemicalFormula.atoms(part.film().formula());
            if (atoms.isEmpty()) {
                warnings.add(new GrowthWarning(GrowthWarning.Code.COMPOSITION_UNKNOWN, "atomic fractions not computed:"
                        + " the formula '" + part.film().formula() + "' of " + part.film().id()
                        + " has no fixed stoichiometry"));
                return Map.of();
            }
            perUnit.put(part.film().id(), atoms.get());
        }
        Map<String, Double> atoms = new LinkedHashMap<>();
        moles.forEach((id, n) -> perUnit.get(id).forEach((element, count) -> atoms.merge(element, n * count,
                Double::sum)));
        return normalised(atoms);
    }

    private static Map<String, Double> normalised(Map<String, Double> amounts) {
        double total = amounts.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> fractions = new LinkedHashMap<>();
        amounts.forEach((key, value) -> fractions.put(key, value / total));
        return fractions;
    }
}
