package org.interphase.sim.stack;

import java.util.List;

import org.interphase.core.units.Quantity;
import org.interphase.sim.impedance.FrequencySweep;
import org.interphase.sim.impedance.Spectrum;

/** Hand-made layers and stacks with round numbers, for the analytic tests. */
final class StackFixtures {

    /** 25 °C, the room temperature of the papers' EIS. */
    static final double ROOM = si(25, "°C");
    static final double ONE_CM2 = 1e-4;
    /** [000]'s sweep, 1 MHz down to 1 Hz (facts §c1 R-001). */
    static final double[] PAPER_SWEEP = FrequencySweep.logarithmic(1e6, 1, 10);

    private StackFixtures() {
    }

    /** SI value of a number in a unit, e.g. si(25, "°C") = 298.15. */
    static double si(double value, String unit) {
        return Quantity.of(value, unit).si();
    }

    /** A material with σ (S/m) at 25 °C, no activation energy and no grain-boundary data. */
    static LayerMaterial material(String id, double conductivity, double relativePermittivity) {
        return new LayerMaterial(id, Arrhenius.atOneTemperature("ionic conductivity of " + id, conductivity, ROOM),
                relativePermittivity);
    }

    /** Li | layers | Li in ideal contact (no interface kinetics) at 25 °C. */
    static CellStack between(List<StackPart> parts, double area) {
        return new CellStack(Electrode.nonBlocking("Li"), parts, Electrode.nonBlocking("Li"), area, ROOM);
    }

    /** An interface with i₀ (A/m²) at 25 °C and a 10 µF/cm² double layer. */
    static StackInterface contact(String label, double exchangeCurrentDensity) {
        return StackInterface.withExchangeCurrent(label, Arrhenius.atOneTemperature("i0 of " + label,
                exchangeCurrentDensity, ROOM), si(10, "µF/cm2"));
    }

    /** The frequency (Hz) of the sweep point where −Z'' is largest: the top of the dominant arc. */
    static double apexFrequency(Spectrum spectrum) {
        double[] minusZ = spectrum.negativeImaginaryParts();
        int top = 0;
        for (int i = 1; i < minusZ.length; i++) {
            top = minusZ[i] > minusZ[top] ? i : top;
        }
        return spectrum.frequency(top);
    }
}
