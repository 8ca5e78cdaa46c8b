package org.interphase.sim.growth;

import java.util.Objects;

import org.interphase.sim.InputChecks;

/**
 * The dosing of both half-reactions in a reactor. The residence time τ (reactor volume over
 * pumping speed) sets how fast a purge clears the reactant: its partial pressure decays as
 * exp(−t/τ).
 *
 * @param precursor     dose of the first half-reaction
 * @param coReactant    dose of the second half-reaction
 * @param residenceTime gas residence time of the reactor, s (positive)
 */
public record Dosing(Dose precursor, Dose coReactant, double residenceTime) {

    public Dosing {
        Objects.requireNonNull(precursor, "precursor dose");
        Objects.requireNonNull(coReactant, "co-reactant dose");
        InputChecks.positive(residenceTime, "residence time", "seconds");
    }
}
