package org.interphase.sim.stack;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.sim.InputChecks;
import org.interphase.sim.electrochem.ElectrochemConstants;

/**
 * The contact between two neighbours of a cell stack (electrode|layer or layer|layer) where charge crosses
 * with finite kinetics: R_ct = RT/(F·i₀·A) in parallel with the double-layer capacitance. At a blocking
 * electrode no charge crosses and only the double layer remains.
 *
 * @param label                  e.g. "Li|LATP"; unique in a stack
 * @param exchangeCurrentDensity i₀(T), A/m²; empty only for the contact of a blocking electrode
 * @param doubleLayerCapacitance C_dl, F/m²
 * @param cpeExponent            α in (0, 1] if the double layer is a constant-phase element (rough contacts)
 */
public record StackInterface(String label, Optional<Arrhenius> exchangeCurrentDensity, double doubleLayerCapacitance,
        OptionalDouble cpeExponent) implements StackPart {

    /** @throws org.interphase.sim.SimulationException for a non-positive capacitance or an α outside (0, 1] */
    public StackInterface {
        InputChecks.named(label, "interface label");
        Objects.requireNonNull(exchangeCurrentDensity, () -> "exchange current density of " + label
                + " (use Optional.empty() for a blocking contact)");
        InputChecks.positive(doubleLayerCapacitance, "double-layer capacitance of " + label, "F/m²");
        Objects.requireNonNull(cpeExponent, () -> "CPE exponent of " + label + " (use OptionalDouble.empty())");
        cpeExponent.ifPresent(alpha -> InputChecks.positiveUpToOne(alpha, "CPE exponent of interface " + label,
                "1 is an ideal capacitor"));
    }

    /** A contact with charge-transfer kinetics given by i₀. */
    public static StackInterface withExchangeCurrent(String label, Arrhenius exchangeCurrentDensity,
            double doubleLayerCapacitance) {
        return new StackInterface(label, Optional.of(exchangeCurrentDensity), doubleLayerCapacitance,
                OptionalDouble.empty());
    }

    /**
     * A contact with kinetics given, as papers often do, by its area-specific charge-transfer resistance
     * R_ct·A at a reference temperature: i₀ = RT_ref/(F·R_ct·A).
     *
     * @param areaSpecificResistance R_ct·A, Ω·m²
     * @param referenceTemperature   K
     * @param activationEnergy       of i₀, J, if known
     */
    public static StackInterface withAreaSpecificResistance(String label, double areaSpecificResistance,
            double referenceTemperature, OptionalDouble activationEnergy, double doubleLayerCapacitance) {
        InputChecks.positive(areaSpecificResistance, "area-specific charge-transfer resistance of " + label, "Ω·m²");
        double i0 = ElectrochemConstants.thermalVoltage(referenceTemperature) / areaSpecificResistance;
        return new StackInterface(label, Optional.of(new Arrhenius("exchange current density of " + label,
                i0, referenceTemperature, activationEnergy)), doubleLayerCapacitance, OptionalDouble.empty());
    }

    /** The contact of a blocking electrode: a double layer and no charge transfer. */
    public static StackInterface blocking(String label, double doubleLayerCapacitance) {
        return new StackInterface(label, Optional.empty(), doubleLayerCapacitance, OptionalDouble.empty());
    }

    /** The same contact with a constant-phase double layer of exponent α. */
    public StackInterface withCpeExponent(double alpha) {
        return new StackInterface(label, exchangeCurrentDensity, doubleLayerCapacitance, OptionalDouble.of(alpha));
    }
}
