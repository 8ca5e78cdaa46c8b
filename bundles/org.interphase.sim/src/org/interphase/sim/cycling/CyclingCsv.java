package org.interphase.sim.cycling;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;

import org.interphase.core.io.AtomicFiles;
import org.interphase.sim.electrochem.RunMonitor;

/**
 * Writes a {@link CyclingResult} as CSV: the time series in the project's own columns or in the
 * Battery Data Format (BDF) column names, and the per-cycle summary. Every file is written to a
 * temporary file beside the target and then moved over it, so a reader never sees half a file.
 * <p>
 * Sign convention: positive current charges the cell, as BDF defines it (anchors.md §0 item 9 and
 * §4.1: "positive current charges the cell"). PyBaMM counts the other way; negate the current to
 * compare with it. The plain CSV states this in a '#' header line; the BDF file has only the BDF
 * columns so that BDF readers accept it.
 */
public final class CyclingCsv {

    /**
     * BDF's normative column keys (battery-data-alliance/battery-data-format): required time, current, voltage
     * first; the step column holds the step's id (BDF's step_index counts within a step).
     */
    static final String BDF_HEADER = "test_time_second,current_ampere,voltage_volt,net_capacity_ah,"
            + "cycle_count,step_id";
    static final String PLAIN_HEADER = "time_s,current_A,voltage_V,capacity_Ah,cycle_index,step_index";
    static final String SUMMARY_HEADER = "cycle,charge_capacity_Ah,discharge_capacity_Ah,coulombic_efficiency,"
            + "charge_energy_Wh,discharge_energy_Wh,mean_charge_voltage_V,mean_discharge_voltage_V,resistance_ohm,"
            + "side_reaction_charge_Ah,active_fraction,lithium_inventory_Ah";

    /** Rows between checks for cancellation: a few milliseconds of writing. */
    private static final int CANCEL_CHECK_ROWS = 10_000;

    private CyclingCsv() {
    }

    /** The time series with a '#' line stating the cell and the sign convention. */
    public static void writeSeries(CyclingResult result, Path file) throws IOException {
        writeSeries(result, file, RunMonitor.NONE);
    }

    /**
     * As {@link #writeSeries(CyclingResult, Path)}, stopping (and leaving no file) when {@code monitor} is cancelled:
     * a long run's series takes seconds to write.
     */
    public static void writeSeries(CyclingResult result, Path file, RunMonitor monitor) throws IOException {
        writeAtomically(file, out -> {
            out.write("# Interphase cycling run of " + result.cell() + "; current > 0 charges the cell (BDF convention; "
                    + "PyBaMM uses the opposite sign)\n");
            rows(result.series(), PLAIN_HEADER, out, monitor);
        });
    }

    /** The time series in Battery Data Format columns (positive current charges the cell). */
    public static void writeBdf(CyclingResult result, Path file) throws IOException {
        writeBdf(result, file, RunMonitor.NONE);
    }

    /** As {@link #writeBdf(CyclingResult, Path)}, stopping (and leaving no file) when {@code monitor} is cancelled. */
    public static void writeBdf(CyclingResult result, Path file, RunMonitor monitor) throws IOException {
        writeAtomically(file, out -> rows(result.series(), BDF_HEADER, out, monitor));
    }

    /** One row per cycle; quantities a cycle does not have (CE of a cycle without charge) are left empty. */
    public static void writeSummary(CyclingResult result, Path file) throws IOException {
        writeAtomically(file, out -> {
            out.write(SUMMARY_HEADER + "\n");
            for (CycleSummary c : result.cycles()) {
                out.write(c.cycle() + "," + number(c.chargeCapacityAh()) + "," + number(c.dischargeCapacityAh()) + ","
                        + optional(c.coulombicEfficiency()) + "," + number(c.chargeEnergyWh()) + ","
                        + number(c.dischargeEnergyWh()) + "," + optional(c.meanChargeVoltage()) + ","
                        + optional(c.meanDischargeVoltage()) + "," + number(c.resistance()) + ","
                        + number(c.sideReactionChargeAh()) + "," + number(c.activeFraction()) + ","
                        + number(c.lithiumInventoryAh()) + "\n");
            }
        });
    }

    private static void rows(TimeSeries s, String header, Writer out, RunMonitor monitor) throws IOException {
        out.write(header + "\n");
        for (int i = 0; i < s.size(); i++) {
            if (i % CANCEL_CHECK_ROWS == 0) {
                monitor.throwIfCancelled("writing " + header.substring(0, header.indexOf(',')) + " rows");
            }
            out.write(number(s.time()[i]) + "," + number(s.current()[i]) + "," + number(s.voltage()[i]) + ","
                    + number(s.capacity()[i]) + "," + s.cycleIndex()[i] + "," + s.stepIndex()[i] + "\n");
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.9g", value);
    }

    private static String optional(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "";
    }

    private interface Body {
        void write(Writer out) throws IOException;
    }

    private static void writeAtomically(Path file, Body body) throws IOException {
        AtomicFiles.write(file, temporary -> {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                body.write(out);
            }
        });
    }
}
