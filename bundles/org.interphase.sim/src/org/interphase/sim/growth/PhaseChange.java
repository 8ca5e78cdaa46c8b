package org.interphase.sim.growth;

import java.util.Objects;
import java.util.OptionalDouble;

import org.interphase.sim.InputChecks;

/**
 * A known change of a film's phase on annealing, e.g. the cross-linking of (PAA/PEO) at 130 °C.
 *
 * @param id          names the change in warnings, e.g. the process it was reported for
 * @param product     the phase the film becomes
 * @param temperature the lowest anneal temperature at which it was reported, K
 * @param duration    the anneal time it was reported for, s, if known
 */
public record PhaseChange(String id, Film product, double temperature, OptionalDouble duration) {

    public PhaseChange {
        InputChecks.named(id, "phase change");
        Objects.requireNonNull(product, () -> "product of " + id);
        InputChecks.temperature(temperature, "temperature of " + id);
        Objects.requireNonNull(duration, () -> "duration of " + id + " (OptionalDouble.empty() when unknown)");
    }
}
