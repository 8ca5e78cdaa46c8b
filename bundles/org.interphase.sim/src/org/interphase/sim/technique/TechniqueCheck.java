package org.interphase.sim.technique;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.units.Quantity;
import org.interphase.sim.SimulationException;

/**
 * Checks the parameters written for a technique step against what the technique declares: no unknown name, every
 * required one written, each of the right kind of quantity and inside its range; then the technique's own
 * {@link DepositionTechnique#validate validation}. The editor and the compiler both use it, so a recipe the editor
 * accepts is one the growth model can run.
 */
public final class TechniqueCheck {

    /** The parameter every technique step may write to name its film (a material name), as text. */
    public static final String FILM = "film";

    private TechniqueCheck() {
    }

    /** Every problem of {@code written} (parameter name → value as written), in the order found. */
    public static List<TechniqueProblem> problems(DepositionTechnique technique, Map<String, Quantity> written) {
        List<TechniqueProblem> problems = new ArrayList<>();
        written.forEach((name, value) -> {
            Optional<TechniqueParameter> declared = parameter(technique, name);
            if (declared.isEmpty()) {
                problems.add(new TechniqueProblem(TechniqueProblem.Kind.UNKNOWN_PARAMETER, name, "technique "
                        + technique.id() + " has no parameter '" + name + "'; its parameters are "
                        + names(technique)));
            } else {
                declared.get().check(value).ifPresent(problems::add);
            }
        });
        for (TechniqueParameter parameter : technique.parameters()) {
            if (parameter.required() && !written.containsKey(parameter.name())) {
                problems.add(new TechniqueProblem(TechniqueProblem.Kind.MISSING_PARAMETER, parameter.name(),
                        "step " + technique.id() + " needs '" + parameter.template() + "' (" + parameter.description()
                                + ")"));
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(technique.validate(TechniqueParameters.of(technique, written)));
        }
        return problems;
    }

    /**
     * The values for the growth model.
     *
     * @throws SimulationException with the first problem if the parameters have any
     */
    public static TechniqueParameters values(DepositionTechnique technique, Map<String, Quantity> written) {
        List<TechniqueProblem> problems = problems(technique, written);
        if (!problems.isEmpty()) {
            throw new SimulationException(problems.get(0).message());
        }
        return TechniqueParameters.of(technique, written);
    }

    /** The declared parameter called {@code name}. */
    public static Optional<TechniqueParameter> parameter(DepositionTechnique technique, String name) {
        return technique.parameters().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static String names(DepositionTechnique technique) {
        return String.join(", ", technique.parameters().stream().map(TechniqueParameter::name).toList())
                + " (and " + FILM + ")";
    }
}
