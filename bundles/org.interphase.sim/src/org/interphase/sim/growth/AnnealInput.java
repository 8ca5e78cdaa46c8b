package org.interphase.sim.growth;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import org.interphase.sim.InputChecks;

/**
 * An anneal or bake of a grown film.
 *
 * @param temperature  anneal temperature, K
 * @param duration     time at temperature, s (positive), if known: only a known time is checked against the
 *                     time a phase change was reported for
 * @param phaseChanges the changes of the film's phase known to happen on annealing, at their temperatures; the
 *                     hottest one at or below {@code temperature} applies
 */
public record AnnealInput(double temperature, OptionalDouble duration, List<PhaseChange> phaseChanges) {

    public AnnealInput {
        InputChecks.temperature(temperature, "anneal temperature");
        Objects.requireNonNull(duration, "anneal duration (OptionalDouble.empty() when not given)");
        duration.ifPresent(time -> InputChecks.positive(time, "anneal duration", "seconds"));
        phaseChanges = List.copyOf(phaseChanges);
    }
}
