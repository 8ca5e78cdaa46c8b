package org.interphase.sim.growth;

import java.util.Objects;

import org.interphase.sim.InputChecks;

/**
 * A sputter run: a film deposited at a constant rate for a time. Rates scale linearly with the
 * target power at fixed pressure and geometry ({@link #scaledRate}), the usual first approximation.
 *
 * @param film the film
 * @param rate deposition rate at the power used, m/s (positive)
 * @param time deposition time, s (zero or more)
 */
public record SputterInput(Film film, double rate, double time) implements GrowthInput {

    public SputterInput {
        Objects.requireNonNull(film, "film material");
        InputChecks.positive(rate, "sputter deposition rate", "metres per second");
        InputChecks.nonNegative(time, "sputter time", "seconds");
    }

    /** The run that reaches {@code targetThickness} (m) at {@code rate} (m/s); its time is target / rate. */
    public static SputterInput forThickness(Film film, double rate, double targetThickness) {
        InputChecks.positive(targetThickness, "target thickness", "metres");
        InputChecks.positive(rate, "sputter deposition rate", "metres per second");
        return new SputterInput(film, rate, InputChecks.finite(targetThickness / rate, "sputter time"));
    }

    /** Rate at {@code power} from the rate at {@code referencePower}: linear in power (same units for both powers). */
    public static double scaledRate(double rateAtReference, double referencePower, double power) {
        InputChecks.positive(rateAtReference, "deposition rate at the reference power", "metres per second");
        InputChecks.positive(referencePower, "reference power", "W or W/m²");
        InputChecks.positive(power, "sputter power", "W or W/m²");
        return InputChecks.finite(rateAtReference * (power / referencePower), "scaled sputter rate");
    }
}
