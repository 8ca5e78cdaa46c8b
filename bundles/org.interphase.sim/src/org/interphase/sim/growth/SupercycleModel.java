package org.interphase.sim.growth;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;
import org.interphase.sim.growth.GrowthWarning.Code;
import org.interphase.sim.growth.SupercycleInput.Subcycle;

/**
 * Growth per supercycle. With all subcycle chemistries known, the additive estimate is
 * S = Σ count_i × GPC_i (each GPC_i already reduced by its dose coverage). A measured supercycle
 * GPC replaces it, scaled by the coverage the doses reach (measured × S / S_saturated); without one
 * the additive estimate is multiplied by the non-additivity factor. The factor f is applied to every
 * subcycle's deposit alike, since the sources do not say which subcycle is enhanced: it changes the
 * thickness, not the composition.
 */
final class SupercycleModel {

    /**
     * @param perSupercycle thickness per supercycle, m
     * @param parts         per-subcycle deposits per supercycle, for the composition; empty when a subcycle has
     *                      no chemistry
     */
    record Growth(double perSupercycle, List<Composition.Part> parts) {
    }

    private SupercycleModel() {
    }

    static Growth grow(SupercycleInput input, List<GrowthWarning> warnings) {
        String what = "supercycle " + input.film().id() + " (" + ratio(input) + ")";
        List<Subcycle> unknown = input.subcycles().stream().filter(s -> s.chemistry().isEmpty()).toList();
        if (unknown.isEmpty()) {
            return additive(input, what, warnings);
        }
        GpcTable measured = input.measuredGpc().orElseThrow(() -> new SimulationException(what
                + " has no measured GPC at this ratio, and subcycle(s) "
                + unknown.stream().map(Subcycle::label).collect(Collectors.joining(", "))
                + " have no ALD chemistry with a GPC to add up; use a ratio the library has measured or give the"
                + " subcycle chemistries"));
        return new Growth(AldModel.saturatedGpc(measured, input.temperature(), what, warnings), List.of());
    }

    private static Growth additive(SupercycleInput input, String what, List<GrowthWarning> warnings) {
        List<Double> saturated = new ArrayList<>();
        List<Double> dosed = new ArrayList<>();
        for (Subcycle sub : input.subcycles()) {
            AldChemistry chemistry = sub.chemistry().orElseThrow();
            double gpc = AldModel.saturatedGpc(chemistry.gpc(), input.temperature(),
                    "subcycle " + sub.label() + " (" + chemistry.film().id() + ")", warnings);
            saturated.add(sub.count() * gpc);
            dosed.add(sub.count() * gpc * AldModel.coverage(chemistry, input.dosing(), warnings));
        }
        double sumSaturated = saturated.stream().mapToDouble(Double::doubleValue).sum();
        double sumDosed = dosed.stream().mapToDouble(Double::doubleValue).sum();
        double factor = factor(input, sumSaturated, what, warnings);
        List<Composition.Part> parts = new ArrayList<>();
        for (int i = 0; i < dosed.size(); i++) {
            Film film = input.subcycles().get(i).chemistry().orElseThrow().film();
            parts.add(new Composition.Part(film, factor * dosed.get(i)));
        }
        return new Growth(InputChecks.finite(factor * sumDosed, "thickness per supercycle"), parts);
    }

    /** Measured/additive where a measurement exists, else the given non-additivity, else 1 with a warning. */
    private static double factor(SupercycleInput input, double sumSaturated, String what,
            List<GrowthWarning> warnings) {
        if (input.measuredGpc().isPresent()) {
            return AldModel.saturatedGpc(input.measuredGpc().get(), input.temperature(), what, warnings) / sumSaturated;
        }
        OptionalDouble given = input.nonAdditivity();
        if (given.isPresent()) {
            return given.getAsDouble();
        }
        warnings.add(new GrowthWarning(Code.ADDITIVITY_ASSUMED, what + ": growth per supercycle taken as the sum of"
                + " the subcycle GPCs; the sources report that supercycle GPCs are not additive (e.g. Li2O promotes"
                + " SiO2 growth), so give a measured supercycle GPC or non-additivity factor if you have one"));
        return 1;
    }

    private static String ratio(SupercycleInput input) {
        return input.subcycles().stream().map(s -> s.count() + "×" + s.label()).collect(Collectors.joining(" + "));
    }
}
