package org.interphase.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.interphase.analysis.CRates;
import org.interphase.sim.cycling.CycleSummary;
import org.interphase.sim.cycling.CyclingResult;
import org.interphase.sim.cycling.TimeSeries;
import org.interphase.sim.stack.CellCondition;
import org.interphase.sim.stack.ContributionKind;
import org.interphase.sim.stack.StackImpedance;
import org.interphase.sim.stack.TemperatureSeries;
import org.interphase.sim.symmetric.CurrentRamp;
import org.interphase.sim.symmetric.SymmetricCellInput;
import org.interphase.sim.symmetric.SymmetricCellResult;
import org.interphase.sim.voltammetry.VoltammetryResult;

/**
 * The key values of a measurement's result, as the run's summary and summary.csv hold them. Computed here from the
 * engines' results alone, so that a study can read a point's outputs without building the run, and gets the very
 * numbers a single run of the point reports.
 */
public final class Summaries {

    private static final double HOUR = 3600;
    /** J per eV, exact in the 2019 SI. */
    static final double ELECTRON_VOLT = 1.602176634e-19;

    /** One key value, in the unit a user reads it in. */
    public record Value(String name, double value, String unit) {
    }

    private Summaries() {
    }

    /** The key values of {@code measured}, in the order the summary lists them. */
    public static List<Value> of(Measured measured) {
        List<Value> values = new ArrayList<>();
        switch (measured) {
            case Measured.Impedance impedance -> impedance(impedance.result(), values);
            case Measured.PlatingStripping cell -> platingStripping(cell, values);
            case Measured.Cycling cycling -> cycling(cycling.result(), values);
            case Measured.Voltammetry sweep -> voltammetry(sweep.result(), values);
            case Measured.CriticalCurrentRamp ramp -> ramp(ramp.result(), values);
            case Measured.ImpedanceSeries series -> {
                impedance(series.result().spectra().get(0), values);
                temperatureSeries(series.result(), values);
            }
        }
        return values;
    }

    private static void impedance(StackImpedance engine, List<Value> values) {
        values.add(new Value("ohmic resistance", engine.ohmicResistance(), "ohm"));
        values.add(new Value("charge-transfer resistance", engine.chargeTransferResistance(), "ohm"));
        values.add(new Value("total resistance", engine.totalResistance(), "ohm"));
        // Per unit area, so that cells of different size compare: Ω·m² to Ω·cm².
        values.add(new Value("area-specific resistance", engine.totalResistance() * engine.stack().area() * 1e4,
                "ohm cm2"));
        values.add(new Value("effective conductivity", engine.effectiveConductivity() / 100, "S/cm"));
        // Each contact's own, as papers compare interfaces (Ω cm² per interface, not for the cell).
        engine.contributions().stream().filter(c -> c.kind() == ContributionKind.CHARGE_TRANSFER)
                .forEach(c -> values.add(new Value("area-specific resistance of " + c.label(),
                        c.resistance() * engine.stack().area() * 1e4, "ohm cm2")));
    }

    private static void platingStripping(Measured.PlatingStripping measured, List<Value> values) {
        SymmetricCellResult engine = measured.result();
        double[] voltage = engine.voltage();
        int halfCycle = measured.run().input().pointsPerHalfCycle();
        values.add(new Value("lifetime", engine.lifetime() / HOUR, "h"));
        values.add(new Value("failed", engine.failed() ? 1 : 0, ""));
        SymmetricCellInput input = measured.run().input();
        // i·t of Li per half-cycle, as a thickness: 4.89 µm per mAh/cm² (facts.md §d16).
        values.add(new Value("Li plated per half-cycle", input.currentDensity() * input.halfCycleTime()
                * measured.run().model().lithiumVolumePerCharge().value().si() * 1e6, "um"));
        values.add(new Value("overpotential, first half-cycle",
                maxAbs(voltage, 0, Math.min(voltage.length, halfCycle + 1)) * 1000, "mV"));
        values.add(new Value("overpotential, last half-cycle",
                maxAbs(voltage, Math.max(0, voltage.length - halfCycle - 1), voltage.length) * 1000, "mV"));
        endState(engine.endState(), values);
    }

    /** What the run leaves for the next measurement: interphase thicknesses and how far coatings lithiated. */
    private static void endState(CellCondition end, List<Value> values) {
        new TreeMap<>(end.thickness()).forEach((label, thickness) -> {
            if (label.endsWith(" interphase")) {
                values.add(new Value("thickness at the end, " + label, thickness * 1e9, "nm"));
            }
        });
        end.grown().forEach(grown -> values.add(new Value("thickness at the end, " + grown.layer().label(),
                grown.layer().thickness() * 1e9, "nm")));
        new TreeMap<>(end.lithiated()).forEach((label, lithiation) -> values.add(new Value(
                "lithiated depth at the end, " + label, lithiation.depth() * 1e9, "nm")));
    }

    private static void cycling(CyclingResult engine, List<Value> values) {
        int cycles = engine.cycles().size();
        values.add(new Value("cycles", cycles, ""));
        values.add(new Value("failed", engine.failure().isPresent() ? 1 : 0, ""));
        if (cycles == 0) {
            return;
        }
        values.add(new Value("discharge capacity, cycle 1", engine.specificDischargeCapacity(1), "mAh/g"));
        values.add(new Value("discharge capacity, cycle " + cycles, engine.specificDischargeCapacity(cycles),
                "mAh/g"));
        if (engine.cycle(1).dischargeCapacityAh() > 0) {
            values.add(new Value("capacity retention, cycle " + cycles + " vs 1", 100 * engine.retention(cycles, 1),
                    "%"));
        }
        OptionalDouble efficiency = engine.cycles().stream().map(CycleSummary::coulombicEfficiency)
                .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
        if (efficiency.isPresent()) {
            values.add(new Value("mean coulombic efficiency", 100 * efficiency.getAsDouble(), "%"));
        }
        // The first and the last cycle's discharge (a rate-capability series' slowest and fastest).
        List<CRates> rates = cRates(engine);
        for (CRates cycle : cycles == 1 ? List.of(rates.get(0)) : List.of(rates.get(0), rates.get(cycles - 1))) {
            cycle.nominalDischarge().ifPresent(rate -> values.add(new Value("nominal discharge C-rate, cycle "
                    + cycle.cycle(), rate, "C")));
            cycle.effectiveDischarge().ifPresent(rate -> values.add(new Value("effective discharge C-rate, cycle "
                    + cycle.cycle(), rate, "C")));
        }
    }

    /** Every cycle's C-rates ({@link CRates}) of an engine's result. */
    static List<CRates> cRates(CyclingResult engine) {
        TimeSeries series = engine.series();
        return CRates.of(series.time(), series.current(), series.cycleIndex(), engine.cycles().stream()
                .map(c -> new CRates.Passed(c.cycle(), c.chargeCapacityAh(), c.dischargeCapacityAh())).toList(),
                engine.nominalCapacityAh());
    }

    /** Current densities in mA/cm² (1 A/m² = 0.1 mA/cm²); the CCD only if the cell shorted. */
    private static void ramp(CurrentRamp.Result ramp, List<Value> values) {
        ramp.criticalCurrentDensity().ifPresent(ccd -> values.add(new Value("critical current density", ccd / 10,
                "mA/cm2")));
        double[] currents = ramp.currentDensities();
        values.add(new Value("highest current density applied", currents[currents.length - 1] / 10, "mA/cm2"));
        values.add(new Value("lifetime", ramp.curve().lifetime() / HOUR, "h"));
        values.add(new Value("failed", ramp.curve().failed() ? 1 : 0, ""));
    }

    /** The fitted activation energy, then σ_eff at each temperature in the order written. */
    private static void temperatureSeries(TemperatureSeries series, List<Value> values) {
        values.add(new Value("activation energy", series.activationEnergy() / ELECTRON_VOLT, "eV"));
        double[] temperatures = series.temperatures();
        double[] conductivities = series.conductivities();
        for (int i = 0; i < temperatures.length; i++) {
            values.add(new Value(String.format(java.util.Locale.ROOT, "effective conductivity at %.2f K",
                    temperatures[i]), conductivities[i] / 100, "S/cm"));
        }
    }

    /** Potentials in V; current densities in µA/cm², as LSV papers plot them (1 A/m² = 100 µA/cm²). */
    private static void voltammetry(VoltammetryResult engine, List<Value> values) {
        values.add(new Value("oxidation limit of " + engine.input().workingLayer(), engine.input().oxidationLimit(),
                "V"));
        engine.onsetPotential().ifPresent(onset -> values.add(new Value("onset potential", onset, "V")));
        values.add(new Value("onset current density", engine.input().onsetCurrentDensity() * 100, "uA/cm2"));
        double[] current = engine.currentDensity();
        values.add(new Value("peak current density", maxAbs(current, 0, current.length) * 100, "uA/cm2"));
    }

    private static double maxAbs(double[] values, int from, int to) {
        double max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, Math.abs(values[i]));
        }
        return max;
    }
}
