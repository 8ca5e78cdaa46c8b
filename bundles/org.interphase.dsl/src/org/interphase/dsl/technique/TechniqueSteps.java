package org.interphase.dsl.technique;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.units.Quantity;
import org.interphase.core.units.QuantityException;
import org.interphase.model.Parameter;
import org.interphase.model.TechniqueStep;
import org.interphase.sim.technique.DepositionTechnique;
import org.interphase.sim.technique.TechniqueCheck;
import org.interphase.sim.technique.Techniques;

/**
 * What a {@code step <technique> { ... }} of a recipe says, read the same way by validation, the compiler and content
 * assist: the installed technique it names, its quantities in SI units, and the film it names.
 */
public final class TechniqueSteps {

    private TechniqueSteps() {
    }

    /** The installed technique the step names, if any. */
    public static Optional<DepositionTechnique> technique(TechniqueStep step) {
        return step.getTechnique() == null ? Optional.empty() : Techniques.installed().find(step.getTechnique());
    }

    /**
     * The quantities written in the step by key. Text values, the film and values whose unit cannot be read are left
     * out: validation reports those on their own.
     */
    public static Map<String, Quantity> quantities(TechniqueStep step) {
        Map<String, Quantity> written = new LinkedHashMap<>();
        for (Parameter parameter : step.getParameters()) {
            if (parameter.getKey() != null && parameter.getQuantity() != null
                    && !TechniqueCheck.FILM.equals(parameter.getKey())) {
                quantity(parameter).ifPresent(q -> written.putIfAbsent(parameter.getKey(), q));
            }
        }
        return written;
    }

    /** The value of a parameter as the units library reads it; empty if its unit cannot be read. */
    public static Optional<Quantity> quantity(Parameter parameter) {
        org.interphase.model.Quantity written = parameter.getQuantity();
        try {
            return Optional.of(Quantity.of(written.getValue(), written.getUnit() == null ? ""
                    : written.getUnit().strip()));
        } catch (QuantityException e) {
            return Optional.empty();
        }
    }

    /** The parameter that names the film ({@code film = "Li3PO4-PLD"}), if written. */
    public static Optional<Parameter> filmParameter(TechniqueStep step) {
        return step.getParameters().stream().filter(p -> TechniqueCheck.FILM.equals(p.getKey())).findFirst();
    }

    /** The library id of the step's film: the one written, else the technique's usual film. */
    public static Optional<String> film(TechniqueStep step, DepositionTechnique technique) {
        return filmParameter(step).map(Parameter::getText).or(technique::defaultFilm);
    }
}
