package org.interphase.sim.stack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.interphase.sim.InputChecks;
import org.interphase.sim.SimulationException;

/**
 * The impedance of one stack at a series of temperatures, and the Arrhenius line through its effective conductivity:
 * every layer and contact is moved to each temperature by its own activation energy ({@link Arrhenius}), the
 * spectrum simulated, σ_eff read from it as {@link StackImpedance#effectiveConductivity()} does, and the activation
 * energy fitted by least squares to ln σ_eff against 1/T, the σ form the library's activation energies are
 * given in (facts.md §d15). For a stack of one layer between blocking electrodes this returns that layer's
 * activation energy; for several it is the apparent one a paper would report for the cell.
 *
 * @param spectra          one per temperature, in the order given
 * @param activationEnergy Ea of the fitted line, J
 * @param prefactor        σ₀ of the fitted line σ = σ₀·exp(−Ea/k_B T), S/m
 */
public record TemperatureSeries(List<StackImpedance> spectra, double activationEnergy, double prefactor) {

    public TemperatureSeries {
        spectra = List.copyOf(spectra);
    }

    /**
     * @param temperatures at least two different temperatures, K
     * @throws SimulationException if fewer than two temperatures differ, or a value of the stack has no activation
     *                             energy to move it to another temperature
     */
    public static TemperatureSeries simulate(CellStack stack, double[] temperatures, double... frequenciesHz) {
        Objects.requireNonNull(stack, "stack");
        for (double temperature : temperatures) {
            InputChecks.temperature(temperature, "temperature of the series");
        }
        if (Arrays.stream(temperatures).distinct().count() < 2) {
            throw new SimulationException("an Arrhenius plot needs at least two different temperatures, got "
                    + Arrays.toString(temperatures));
        }
        List<StackImpedance> spectra = new ArrayList<>();
        for (double temperature : temperatures) {
            spectra.add(StackCircuitBuilder.simulate(stack.at(temperature), frequenciesHz));
        }
        double[] x = new double[temperatures.length];
        double[] y = new double[temperatures.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1 / temperatures[i];
            y[i] = Math.log(spectra.get(i).effectiveConductivity());
        }
        double meanX = Arrays.stream(x).average().orElseThrow();
        double meanY = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
        }
        double slope = sxy / sxx;
        return new TemperatureSeries(spectra, -slope * Arrhenius.BOLTZMANN, Math.exp(meanY - slope * meanX));
    }

    /** The temperatures of the series, K. */
    public double[] temperatures() {
        return spectra.stream().mapToDouble(spectrum -> spectrum.stack().temperature()).toArray();
    }

    /** σ_eff at each temperature, S/m. */
    public double[] conductivities() {
        return spectra.stream().mapToDouble(StackImpedance::effectiveConductivity).toArray();
    }
}
