package org.interphase.analysis;

import java.util.List;
import java.util.Map;

import org.interphase.sim.impedance.FitConstraints;

/**
 * A circuit fit as a user asks for it.
 *
 * @param circuit     impedance.py string ({@code R0-p(R1,CPE1)-Wo1}) or Boukamp CDC ({@code R(RQ)W})
 * @param initial     starting values in parameter order (empty: a guess from the data, {@link InitialGuess})
 * @param named       starting values by parameter name, over those above or the guess
 * @param constraints fixed values and bounds
 */
public record FitRequest(String circuit, List<Double> initial, Map<String, Double> named,
        FitConstraints constraints) {

    public FitRequest {
        initial = List.copyOf(initial);
        named = Map.copyOf(named);
    }

    /** The circuit alone: starting values guessed from the data, nothing fixed. */
    public static FitRequest of(String circuit) {
        return new FitRequest(circuit, List.of(), Map.of(), FitConstraints.NONE);
    }
}
