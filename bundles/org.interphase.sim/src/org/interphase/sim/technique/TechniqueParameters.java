package org.interphase.sim.technique;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.units.Quantity;
import org.interphase.sim.SimulationException;

/**
 * The parameter values of one technique step in SI units: what the recipe wrote, and the technique's defaults for
 * what it did not write. Built by {@link TechniqueCheck#values} after the parameters were checked.
 */
public final class TechniqueParameters {

    private final String technique;
    private final Map<String, Double> si;

    TechniqueParameters(String technique, Map<String, Double> si) {
        this.technique = technique;
        this.si = Map.copyOf(si);
    }

    /** Values for {@code technique}: the written ones (assumed checked) and the defaults of the others. */
    static TechniqueParameters of(DepositionTechnique technique, Map<String, Quantity> written) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (TechniqueParameter parameter : technique.parameters()) {
            Optional<Double> value = Optional.ofNullable(written.get(parameter.name())).map(Quantity::si)
                    .or(parameter::defaultSi);
            value.ifPresent(v -> values.put(parameter.name(), v));
        }
        return new TechniqueParameters(technique.id(), values);
    }

    /** The value of {@code name} in SI units, if written or defaulted. */
    public Optional<Double> find(String name) {
        return Optional.ofNullable(si.get(name));
    }

    /**
     * The value of {@code name} in SI units.
     *
     * @throws SimulationException if it was neither written nor has a default (a required parameter the checks
     *                             should have reported)
     */
    public double si(String name) {
        Double value = si.get(name);
        if (value == null) {
            throw new SimulationException("step " + technique + " needs '" + name + "'; write it in the step's braces");
        }
        return value;
    }

    /** Every value by name, in SI units. */
    public Map<String, Double> asMap() {
        return si;
    }
}
