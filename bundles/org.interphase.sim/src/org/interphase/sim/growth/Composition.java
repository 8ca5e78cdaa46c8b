package org.interphase.sim.growth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.library.Material;
import org.interphase.library.MaterialProperty;

/**
 * Composition and density of a film, from the library data of its constituents.
 *
 * <p>For a supercycle film each subcycle deposits a thickness t_i of its binary material with
 * density ρ_i and molar mass M_i, i.e. n_i = t_i·ρ_i/M_i moles per area; molar fractions are
 * n_i/Σn, atomic fractions follow from the binaries' formulas, and the density is the mass per
 * thickness Σ(t_i·ρ_i)/Σt_i.
 *
 * @param molar   molar fraction by constituent material id
 * @param atomic  atomic fraction by element
 * @param density kg/m³, if known
 */
record Composition(Map<String, Double> molar, Map<String, Double> atomic, OptionalDouble density) {

    /** One subcycle's contribution: its binary material and the thickness it deposits per supercycle (m). */
    record Part(Material material, double thickness) {
    }

    /** Composition and density not known. */
    static Composition unknown() {
        return new Composition(Map.of(), Map.of(), OptionalDouble.empty());
    }

    /** A film of a single library material. */
    static Composition single(Material material) {
        Map<String, Double> atomic = ChemicalFormula.atoms(material.formula()).map(Composition::normalised)
                .orElse(Map.of());
        OptionalDouble density = material.property(MaterialProperty.DENSITY)
                .map(q -> OptionalDouble.of(q.value().si())).orElse(OptionalDouble.empty());
        return new Composition(Map.of(material.id(), 1.0), atomic, density);
    }

    /**
     * A film made of parts. When a part's density or molar mass is missing, the composition is
     * unknown: it is left empty and a warning says which value to add to the library.
     */
    static Composition mixture(List<Part> parts, List<GrowthWarning> warnings) {
        List<String> missing = new ArrayList<>();
        for (Part part : parts) {
            for (MaterialProperty needed : List.of(MaterialProperty.DENSITY, MaterialProperty.MOLAR_MASS)) {
                if (part.material().property(needed).isEmpty()) {
                    missing.add(needed.key() + " of " + part.material().id());
                }
            }
        }
        if (!missing.isEmpty()) {
            warnings.add(new GrowthWarning(GrowthWarning.Code.COMPOSITION_UNKNOWN, "film composition not computed: the"
                    + " library has no " + String.join(", ", missing) + " (add them in a user library file)"));
            return unknown();
        }
        Map<String, Double> moles = new LinkedHashMap<>();
        double mass = 0;
        double thickness = 0;
        for (Part part : parts) {
            double density = part.material().require(MaterialProperty.DENSITY).value().si();
            double molarMass = part.material().require(MaterialProperty.MOLAR_MASS).value().si();
            moles.merge(part.material().id(), part.thickness() * density / molarMass, Double::sum);
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
            Optional<Map<String, Double>> atoms = ChemicalFormula.atoms(part.material().formula());
            if (atoms.isEmpty()) {
                warnings.add(new GrowthWarning(GrowthWarning.Code.COMPOSITION_UNKNOWN, "atomic fractions not computed:"
                        + " the formula '" + part.material().formula() + "' of " + part.material().id()
                        + " has no fixed stoichiometry"));
                return Map.of();
            }
            perUnit.put(part.material().id(), atoms.get());
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
