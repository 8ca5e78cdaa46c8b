package org.interphase.sim.stack;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

import org.hipparchus.util.FastMath;
import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;

/**
 * A thermally activated quantity (a conductivity, an exchange current density) known at one reference
 * temperature: X(T) = X_ref·exp(−Ea/k_B·(1/T − 1/T_ref)), the σ form of facts.md §d15 (not σT).
 * <p>
 * Without an activation energy the value can only be used at its reference temperature; asking for it at
 * another temperature fails instead of silently assuming that it does not change.
 *
 * @param name                 what the value is, for messages, e.g. "ionic conductivity of LATP"
 * @param referenceValue       X_ref in SI units (positive)
 * @param referenceTemperature T_ref in K
 * @param activationEnergy     Ea in J per particle (1 eV = 1.602176634e-19 J), zero or more, if known
 */
public record Arrhenius(String name, double referenceValue, double referenceTemperature,
        OptionalDouble activationEnergy) {

    /** Boltzmann constant k_B in J/K: exact in the 2019 SI ([external], facts.md §a9 gives it in eV/K). */
    public static final double BOLTZMANN = 1.380649e-23;

    /** Temperatures closer than this (K) count as the reference temperature: °C inputs round to ~1e-13 K. */
    private static final double SAME_TEMPERATURE = 1e-6;

    /** @throws SimulationException for a non-positive value or temperature or a negative activation energy */
    public Arrhenius {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(activationEnergy,
                () -> "activation energy of " + name + " (use OptionalDouble.empty())");
        InputChecks.positive(referenceValue, name, "SI units");
        InputChecks.temperature(referenceTemperature, "reference temperature of " + name);
        if (activationEnergy.isPresent()) {
            InputChecks.nonNegative(activationEnergy.getAsDouble(), "activation energy of " + name, "joules");
        }
    }

    /** A value with an activation energy. */
    public static Arrhenius of(String name, double referenceValue, double referenceTemperature,
            double activationEnergy) {
        return new Arrhenius(name, referenceValue, referenceTemperature, OptionalDouble.of(activationEnergy));
    }

    /** A value known at one temperature only. */
    public static Arrhenius atOneTemperature(String name, double referenceValue, double referenceTemperature) {
        return new Arrhenius(name, referenceValue, referenceTemperature, OptionalDouble.empty());
    }

    /**
     * X(T)/X(T_ref) = exp(−Ea/k_B·(1/T − 1/T_ref)).
     *
     * @param activationEnergy     Ea, J (zero or more)
     * @param temperature          T, K
     * @param referenceTemperature T_ref, K
     * @throws SimulationException for invalid inputs or a factor that overflows a double
     */
    public static double factor(double activationEnergy, double temperature, double referenceTemperature) {
        InputChecks.nonNegative(activationEnergy, "activation energy", "joules");
        InputChecks.temperature(temperature, "temperature");
        InputChecks.temperature(referenceTemperature, "reference temperature");
        double exponent = -activationEnergy / BOLTZMANN * (1 / temperature - 1 / referenceTemperature);
        return InputChecks.finitePositive(FastMath.exp(exponent), "Arrhenius factor between "
                + temperature + " K and " + referenceTemperature + " K");
    }

    /**
     * @param temperature T, K
     * @return X(T) in SI units
     * @throws SimulationException if T differs from the reference temperature and no activation energy is known
     */
    public double at(double temperature) {
        InputChecks.temperature(temperature, "temperature of " + name);
        if (FastMath.abs(temperature - referenceTemperature) <= SAME_TEMPERATURE) {
            return referenceValue;
        }
        if (activationEnergy.isEmpty()) {
            throw new SimulationException(name + " is known only at " + kelvinAndCelsius(referenceTemperature)
                    + " but the stack is at " + kelvinAndCelsius(temperature) + ": give its activation energy (a"
                    + " material property 'activationEnergy = 0.3 eV source …'; for grain boundaries"
                    + " 'grainBoundaryActivationEnergy') or simulate at the reference temperature");
        }
        return InputChecks.finitePositive(referenceValue * factor(activationEnergy.getAsDouble(), temperature,
                referenceTemperature), name + " at " + kelvinAndCelsius(temperature));
    }

    /** E.g. "298.15 K (25.00 °C)": files state temperatures in °C, the engines in K. */
    private static String kelvinAndCelsius(double kelvin) {
        return String.format(Locale.ROOT, "%.2f K (%.2f °C)", kelvin, kelvin - 273.15);
    }
}
