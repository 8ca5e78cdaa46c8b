package org.interphase.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.interphase.analysis.AnalysisFiles;
import org.interphase.analysis.AnalysisResults;
import org.interphase.analysis.CRates;
import org.interphase.analysis.PlatingHalfCycle;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.CompiledValue;
import org.interphase.dsl.compiler.SimulationPlan;
import org.interphase.model.run.Result;
import org.interphase.model.run.RunValue;
import org.interphase.sim.cycling.CyclingCsv;
import org.interphase.sim.cycling.CyclingResult;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.impedance.Spectrum;
import org.interphase.sim.stack.Arrhenius;
import org.interphase.sim.stack.StackContribution;
import org.interphase.sim.stack.StackImpedance;
import org.interphase.sim.stack.StackLayer;
import org.interphase.sim.stack.TemperatureSeries;
import org.interphase.sim.symmetric.SymmetricCellEvent;
import org.interphase.sim.symmetric.SymmetricCellModel;
import org.interphase.sim.symmetric.SymmetricCellResult;
import org.interphase.sim.voltammetry.VoltammetryResult;

/**
 * Writes the files of an execution besides the .iphrun: a time series (or spectrum) CSV per measurement, the
 * cycler's BDF CSV for cycling, {@value #SUMMARY} with one key result per row, and {@value #REPORT}: the stack,
 * every input with its source, and the key results in words. The key results are those of the
 * {@link org.interphase.model.run.SimulationRun}, so the files and the views agree.
 */
final class ResultFiles {

    static final String SUMMARY = "summary.csv";
    static final String REPORT = "report.txt";
    private static final double HOUR = 3600;

    private final Path folder;
    private final List<String> summary = new ArrayList<>(List.of("measurement,quantity,value,unit"));
    private final StringBuilder report = new StringBuilder();

    private ResultFiles(Path folder) {
        this.folder = folder;
    }

    /** Writes every file of {@code execution} into {@code folder}, which exists, unless the run is cancelled. */
    static void write(Execution execution, Path folder, RunMonitor monitor) throws IOException {
        ResultFiles files = new ResultFiles(folder);
        files.plan(execution.plan());
        List<Result> results = execution.run().getResults();
        for (int i = 0; i < execution.measured().size(); i++) {
            monitor.throwIfCancelled("saving " + execution.measured().get(i).run().label());
            files.measurement(execution.measured().get(i), results.get(i), monitor);
        }
        files.write(SUMMARY, files.summary);
        Files.writeString(folder.resolve(REPORT), files.report, StandardCharsets.UTF_8);
    }

    private void plan(SimulationPlan plan) {
        report.append("Experiment ").append(plan.experiment()).append(" on stack ").append(plan.stack())
                .append(" (").append(plan.source()).append(")\n");
        if (!plan.inputs().isEmpty()) {
            report.append("\nStack inputs (SI units):\n");
            plan.inputs().forEach(value -> report.append("  ").append(value).append('\n'));
        }
    }

    private void measurement(Measured measured, Result result, RunMonitor monitor) throws IOException {
        CompiledRun run = measured.run();
        report.append("\nMeasurement ").append(run.label()).append(" (").append(run.source()).append(")\n");
        if (!run.inputs().isEmpty()) {
            report.append("  inputs:\n");
            for (CompiledValue value : run.inputs()) {
                report.append("    ").append(value).append('\n');
            }
        }
        report.append("  results:\n");
        switch (measured) {
            case Measured.Impedance impedance -> impedance(run, impedance.result(), "-spectrum.csv", "");
            case Measured.ImpedanceSeries series -> temperatureSeries(run, series.result());
            case Measured.PlatingStripping cell -> {
                if (cell.run().model().criticalCurrentDensity().isEmpty()) {
                    report.append("  no layer of this stack states a penetrationOverpotential, from which the"
                            + " critical current density follows: dendrite shorts are not simulated\n");
                }
                platingStripping(run, cell.result());
                halfCycles(run, cell.result(), cell.run().input().stack().area(), cell.run().model());
            }
            case Measured.Cycling cycling -> {
                // Each of these files of a long run takes a while; a cancellation is honoured between them.
                CyclingCsv.writeSeries(cycling.result(), folder.resolve(run.label() + "-timeseries.csv"), monitor);
                monitor.throwIfCancelled("saving " + run.label());
                CyclingCsv.writeBdf(cycling.result(), folder.resolve(run.label() + "-bdf.csv"), monitor);
                monitor.throwIfCancelled("saving " + run.label());
                CyclingCsv.writeSummary(cycling.result(), folder.resolve(run.label() + "-cycles.csv"));
                cRates(run, cycling.result());
            }
            case Measured.Voltammetry sweep -> voltammetry(run, sweep.result());
            case Measured.CriticalCurrentRamp ramp -> {
                double[] currents = ramp.result().currentDensities();
                report.append(ramp.result().criticalCurrentDensity().isPresent()
                        ? String.format(Locale.ROOT, "  shorted at %.3g mA/cm2, step %d of the ramp: the critical"
                                + " current density%n", ramp.result().criticalCurrentDensity().getAsDouble() / 10,
                                currents.length)
                        : String.format(Locale.ROOT, "  no short circuit up to %.3g mA/cm2%n",
                                currents[currents.length - 1] / 10));
                platingStripping(run, ramp.result().curve());
                halfCycles(run, ramp.result().curve(), ramp.run().ramp().first().stack().area(), ramp.run().model());
            }
        }
        for (RunValue value : result.getSummary()) {
            summary.add(row(run, value.getName(), value.getValue(), value.getUnit()));
            report.append(String.format(Locale.ROOT, "    %-40s %12.5g %s%n", value.getName(), value.getValue(),
                    value.getUnit()));
        }
        if (measured instanceof Measured.PlatingStripping cell) {
            events(cell.result());
        }
        if (measured instanceof Measured.CriticalCurrentRamp ramp) {
            events(ramp.result().curve());
        }
        if (measured instanceof Measured.Impedance impedance && impedance.analyses().isPresent()) {
            monitor.throwIfCancelled("saving the analyses of " + run.label());
            analyses(run, impedance.analyses().get());
        }
        if (measured instanceof Measured.Cycling cycling) {
            report.append("  events:").append(cycling.result().failure().map(failure -> String.format(Locale.ROOT,
                    "%n    %8.2f h  %-16s %s%n", failure.time() / HOUR, RunModelBuilder.CELL_FAILED, failure.message()))
                    .orElse(" none\n"));
        }
    }

    /**
     * A spectrum per temperature ({@code <label>-spectrum-<T>K.csv}) with its arcs in the report, and
     * {@code <label>-arrhenius.csv}: the points of the Arrhenius plot in the forms papers plot (ln σ and log σT
     * against 1000/T) and the line fitted to ln σ.
     */
    private void temperatureSeries(CompiledRun run, TemperatureSeries result) throws IOException {
        double[] temperatures = result.temperatures();
        double[] conductivities = result.conductivities();
        List<String> lines = new ArrayList<>(List.of(
                "temperature_K,temperature_C,1000_over_T_per_K,conductivity_S_per_cm,ln_conductivity_S_per_cm,"
                        + "log10_conductivity_times_T_S_K_per_cm,fitted_conductivity_S_per_cm"));
        for (int i = 0; i < temperatures.length; i++) {
            double t = temperatures[i];
            double sigma = conductivities[i] / 100;
            double fitted = result.prefactor() * Math.exp(-result.activationEnergy() / (Arrhenius.BOLTZMANN * t)) / 100;
            lines.add(number(t) + "," + number(t - 273.15) + "," + number(1000 / t) + "," + number(sigma) + ","
                    + number(Math.log(sigma)) + "," + number(Math.log10(sigma * t)) + "," + number(fitted));
            report.append(String.format(Locale.ROOT, "  at %.2f °C:%n", t - 273.15));
            impedance(run, result.spectra().get(i), String.format(Locale.ROOT, "-spectrum-%.2fK.csv", t),
                    String.format(Locale.ROOT, " at %.2f K", t));
        }
        write(run.label() + "-arrhenius.csv", lines);
        report.append(String.format(Locale.ROOT, "  Arrhenius line through ln σ_eff against 1/T: activation energy"
                + " %.4f eV%n", result.activationEnergy() / Summaries.ELECTRON_VOLT));
    }

    /** @param at said after each arc's name in the summary, to tell the temperatures of a series apart */
    private void impedance(CompiledRun run, StackImpedance result, String file, String at) throws IOException {
        report.append("  stack: ").append(result.stack().left().name()).append(" | ");
        result.stack().layers().stream().map(ResultFiles::layer).forEach(l -> report.append(l).append(" | "));
        report.append(result.stack().right().name()).append('\n');
        List<String> lines = new ArrayList<>();
        StringBuilder head = new StringBuilder("frequency_Hz,Z_real_ohm,Z_imag_ohm");
        result.contributions().forEach(c -> head.append(",").append(csv(c.label() + " Z_real_ohm")).append(",")
                .append(csv(c.label() + " Z_imag_ohm")));
        lines.add(head.toString());
        // Columns first: each spectrum's parts are copied once, not once per row (15 000 rows for a dense sweep).
        List<Spectrum> columns = new ArrayList<>(List.of(result.spectrum()));
        result.contributions().forEach(c -> columns.add(c.spectrum()));
        List<double[]> real = columns.stream().map(Spectrum::realParts).toList();
        List<double[]> imaginary = columns.stream().map(Spectrum::imaginaryParts).toList();
        Spectrum total = result.spectrum();
        for (int i = 0; i < total.size(); i++) {
            StringBuilder row = new StringBuilder(number(total.frequency(i)));
            for (int column = 0; column < columns.size(); column++) {
                row.append(",").append(number(real.get(column)[i])).append(",")
                        .append(number(imaginary.get(column)[i]));
            }
            lines.add(row.toString());
        }
        write(run.label() + file, lines);
        report.append("  arcs, in stack order (resistance, frequency of the arc's apex):\n");
        for (StackContribution c : result.contributions()) {
            report.append(String.format(Locale.ROOT, "    %-36s %-16s %12.4g Ω  %s%n", c.label(), c.kind(),
                    c.resistance(), apex(c.spectrum())));
            summary.add(row(run, "R " + c.label() + at, c.resistance(), "ohm"));
        }
    }

    /** {@code <label>-fit.csv}, {@code -kramers-kronig.csv}, {@code -drt.csv} and their lines of the report. */
    private void analyses(CompiledRun run, AnalysisResults results) throws IOException {
        AnalysisFiles.writeCsv(results, folder, run.label() + "-");
        AnalysisFiles.report(results, "  ").forEach(line -> report.append(line).append('\n'));
    }

    private void platingStripping(CompiledRun run, SymmetricCellResult result) throws IOException {
        List<String> lines = new ArrayList<>();
        Map<String, double[]> resistances = result.resistances();
        StringBuilder head = new StringBuilder("time_s,current_A,voltage_V");
        resistances.keySet().forEach(label -> head.append(",").append(csv("R " + label + " ohm")));
        lines.add(head.toString());
        double[] time = result.time();
        double[] current = result.current();
        double[] voltage = result.voltage();
        for (int i = 0; i < time.length; i++) {
            StringBuilder row = new StringBuilder(number(time[i]) + "," + number(current[i]) + ","
                    + number(voltage[i]));
            for (double[] r : resistances.values()) {
                row.append(",").append(number(r[i]));
            }
            lines.add(row.toString());
        }
        write(run.label() + "-timeseries.csv", lines);
    }

    /**
     * {@code <label>-half-cycles.csv}: each half-cycle (a run of samples with one sign of current) with its current
     * density, its overpotential (the largest |V| in it) and the thickness of Li it moved, ∫|I|dt per area times
     * the Li volume per charge, as papers tabulate them.
     */
    private void halfCycles(CompiledRun run, SymmetricCellResult result, double area, SymmetricCellModel model)
            throws IOException {
        double volumePerCharge = model.lithiumVolumePerCharge().value().si();
        List<String> lines = new ArrayList<>(List.of("half_cycle,start_s,end_s,current_density_mA_per_cm2,"
                + "overpotential_mV,li_plated_um"));
        for (PlatingHalfCycle half : PlatingHalfCycle.of(result.time(), result.current(), result.voltage())) {
            // A/m² to mA/cm²: 0.1; V to mV; m to µm.
            lines.add(half.number() + "," + number(half.start()) + "," + number(half.end()) + ","
                    + number(half.current() / area / 10) + "," + number(half.overpotential() * 1000) + ","
                    + number(half.charge() / area * volumePerCharge * 1e6));
        }
        write(run.label() + "-half-cycles.csv", lines);
    }

    /** {@code <label>-c-rates.csv}: each cycle's nominal and effective C-rates ({@link CRates}). */
    private void cRates(CompiledRun run, CyclingResult result) throws IOException {
        List<String> lines = new ArrayList<>(List.of("cycle,nominal_charge_C,effective_charge_C,nominal_discharge_C,"
                + "effective_discharge_C"));
        for (CRates rates : Summaries.cRates(result)) {
            lines.add(rates.cycle() + "," + optional(rates.nominalCharge()) + "," + optional(rates.effectiveCharge())
                    + "," + optional(rates.nominalDischarge()) + "," + optional(rates.effectiveDischarge()));
        }
        write(run.label() + "-c-rates.csv", lines);
    }

    /** An empty field for a value a cycle does not have. */
    private static String optional(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "";
    }

    private void voltammetry(CompiledRun run, VoltammetryResult result) throws IOException {
        report.append(String.format(Locale.ROOT, "  %s oxidised beyond %.3f V: %s%n", result.input().workingLayer(),
                result.input().oxidationLimit(), result.onsetPotential().isPresent()
                        ? String.format(Locale.ROOT, "onset at %.3f V", result.onsetPotential().getAsDouble())
                        : String.format(Locale.ROOT, "no onset up to %.3f V", result.input().endPotential())));
        List<String> lines = new ArrayList<>(List.of("time_s,potential_V,current_density_A_per_m2"));
        double[] time = result.time();
        double[] potential = result.potential();
        double[] current = result.currentDensity();
        for (int i = 0; i < time.length; i++) {
            lines.add(number(time[i]) + "," + number(potential[i]) + "," + number(current[i]));
        }
        write(run.label() + "-voltammogram.csv", lines);
    }

    private void events(SymmetricCellResult result) {
        report.append("  events:").append(result.events().isEmpty() ? " none\n" : "\n");
        for (SymmetricCellEvent event : result.events()) {
            report.append(String.format(Locale.ROOT, "    %8.2f h  %-16s %s%n", event.time() / HOUR, event.kind(),
                    event.message()));
        }
    }

    private static String row(CompiledRun run, String quantity, double value, String unit) {
        return run.label() + "," + csv(quantity) + "," + number(value) + "," + unit;
    }

    private static String layer(StackLayer layer) {
        return String.format(Locale.ROOT, "%s %.4g µm", layer.label(), layer.thickness() * 1e6);
    }

    /** The frequency where the arc's -Z'' peaks, which tells arcs apart in a Nyquist plot. */
    private static String apex(Spectrum spectrum) {
        double[] minusImaginary = spectrum.negativeImaginaryParts();
        int best = 0;
        for (int i = 1; i < minusImaginary.length; i++) {
            if (minusImaginary[i] > minusImaginary[best]) {
                best = i;
            }
        }
        return minusImaginary[best] > 0 ? String.format(Locale.ROOT, "apex at %.3g Hz", spectrum.frequency(best))
                : "no arc";
    }

    private void write(String name, List<String> lines) throws IOException {
        Files.write(folder.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private static String number(double value) {
        return Double.toString(value);
    }

    /** Quotes a CSV field that has a comma or a quote in it. */
    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
