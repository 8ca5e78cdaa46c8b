package org.interphase.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.CompiledValue;
import org.interphase.dsl.compiler.SimulationPlan;
import org.interphase.sim.cycling.CycleSummary;
import org.interphase.sim.cycling.CyclingCsv;
import org.interphase.sim.cycling.CyclingResult;
import org.interphase.sim.impedance.Spectrum;
import org.interphase.sim.stack.StackContribution;
import org.interphase.sim.stack.StackImpedance;
import org.interphase.sim.stack.StackLayer;
import org.interphase.sim.symmetric.SymmetricCellEvent;
import org.interphase.sim.symmetric.SymmetricCellResult;

/**
 * Writes the results of one experiment: a time series (or spectrum) CSV per measurement, the cycler's BDF CSV for
 * cycling, {@value #SUMMARY} with one key result per row, and {@value #REPORT}: the stack, every input with its
 * source, and the key results in words.
 */
final class ResultWriter {

    static final String SUMMARY = "summary.csv";
    static final String REPORT = "report.txt";
    private static final double HOUR = 3600;

    private final Path folder;
    private final List<String> summary = new ArrayList<>(List.of("measurement,quantity,value,unit"));
    private final StringBuilder report = new StringBuilder();

    ResultWriter(Path folder, SimulationPlan plan) {
        this.folder = folder;
        report.append("Experiment ").append(plan.experiment()).append(" on stack ").append(plan.stack())
                .append(" (").append(plan.source()).append(")\n");
        if (!plan.inputs().isEmpty()) {
            report.append("\nStack inputs (SI units):\n");
            plan.inputs().forEach(value -> report.append("  ").append(value).append('\n'));
        }
    }

    void impedance(CompiledRun.Impedance run, StackImpedance result) throws IOException {
        header(run);
        report.append("  stack: ").append(result.stack().left().name()).append(" | ");
        result.stack().layers().stream().map(ResultWriter::layer).forEach(l -> report.append(l).append(" | "));
        report.append(result.stack().right().name()).append('\n');
        List<String> lines = new ArrayList<>();
        StringBuilder head = new StringBuilder("frequency_Hz,Z_real_ohm,Z_imag_ohm");
        result.contributions().forEach(c -> head.append(",").append(csv(c.label() + " Z_real_ohm")).append(",")
                .append(csv(c.label() + " Z_imag_ohm")));
        lines.add(head.toString());
        Spectrum total = result.spectrum();
        for (int i = 0; i < total.size(); i++) {
            StringBuilder row = new StringBuilder(number(total.frequency(i)) + "," + number(total.realParts()[i])
                    + "," + number(total.imaginaryParts()[i]));
            for (StackContribution c : result.contributions()) {
                row.append(",").append(number(c.spectrum().realParts()[i])).append(",")
                        .append(number(c.spectrum().imaginaryParts()[i]));
            }
            lines.add(row.toString());
        }
        write(run.label() + "-spectrum.csv", lines);
        report.append("  arcs, in stack order (resistance, frequency of the arc's apex):\n");
        for (StackContribution c : result.contributions()) {
            report.append(String.format(Locale.ROOT, "    %-36s %-16s %12.4g Ω  %s%n", c.label(), c.kind(),
                    c.resistance(), apex(c.spectrum())));
            summary.add(row(run, "R " + c.label(), c.resistance(), "ohm"));
        }
        result(run, "ohmic resistance", result.ohmicResistance(), "ohm");
        result(run, "charge-transfer resistance", result.chargeTransferResistance(), "ohm");
        result(run, "total resistance", result.totalResistance(), "ohm");
        result(run, "effective conductivity", result.effectiveConductivity() / 100, "S/cm");
    }

    void platingStripping(CompiledRun.PlatingStripping run, SymmetricCellResult result) throws IOException {
        header(run);
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
        result(run, "lifetime", result.lifetime() / HOUR, "h");
        result(run, "failed", result.failed() ? 1 : 0, "");
        double first = maxAbs(voltage, 0, Math.min(voltage.length, run.input().pointsPerHalfCycle() + 1));
        double last = maxAbs(voltage, Math.max(0, voltage.length - run.input().pointsPerHalfCycle() - 1),
                voltage.length);
        result(run, "overpotential, first half-cycle", first * 1000, "mV");
        result(run, "overpotential, last half-cycle", last * 1000, "mV");
        report.append("  events:").append(result.events().isEmpty() ? " none\n" : "\n");
        for (SymmetricCellEvent event : result.events()) {
            report.append(String.format(Locale.ROOT, "    %8.2f h  %-16s %s%n", event.time() / HOUR, event.kind(),
                    event.message()));
        }
    }

    void cycling(CompiledRun.Cycling run, CyclingResult result) throws IOException {
        header(run);
        report.append("  cell parameters from library cell ").append(run.libraryCell()).append('\n');
        CyclingCsv.writeSeries(result, folder.resolve(run.label() + "-timeseries.csv"));
        CyclingCsv.writeBdf(result, folder.resolve(run.label() + "-bdf.csv"));
        CyclingCsv.writeSummary(result, folder.resolve(run.label() + "-cycles.csv"));
        int cycles = result.cycles().size();
        result(run, "cycles", cycles, "");
        if (cycles == 0) {
            return;
        }
        result(run, "discharge capacity, cycle 1", result.specificDischargeCapacity(1), "mAh/g");
        result(run, "discharge capacity, cycle " + cycles, result.specificDischargeCapacity(cycles), "mAh/g");
        if (result.cycle(1).dischargeCapacityAh() > 0) {
            result(run, "capacity retention, cycle " + cycles + " vs 1", 100 * result.retention(cycles, 1), "%");
        }
        OptionalDouble efficiency = result.cycles().stream().map(CycleSummary::coulombicEfficiency)
                .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
        if (efficiency.isPresent()) {
            result(run, "mean coulombic efficiency", 100 * efficiency.getAsDouble(), "%");
        }
    }

    /** Writes the summary and the report; the measurements' files are already written. */
    void finish() throws IOException {
        write(SUMMARY, summary);
        Files.writeString(folder.resolve(REPORT), report, StandardCharsets.UTF_8);
    }

    private void header(CompiledRun run) {
        report.append("\nMeasurement ").append(run.label()).append(" (").append(run.source()).append(")\n");
        if (!run.inputs().isEmpty()) {
            report.append("  inputs:\n");
            for (CompiledValue value : run.inputs()) {
                report.append("    ").append(value).append('\n');
            }
        }
        report.append("  results:\n");
    }

    private void result(CompiledRun run, String quantity, double value, String unit) {
        summary.add(row(run, quantity, value, unit));
        report.append(String.format(Locale.ROOT, "    %-40s %12.5g %s%n", quantity, value, unit));
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

    private static double maxAbs(double[] values, int from, int to) {
        double max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, Math.abs(values[i]));
        }
        return max;
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
