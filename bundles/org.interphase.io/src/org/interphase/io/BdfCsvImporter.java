package org.interphase.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads cycling data or an impedance spectrum in the Battery Data Format (BDF) of the Battery Data Alliance as CSV: a
 * comma-separated header, then one row per point. A column is named by its normative key ("test_time_second",
 * "current_ampere", "voltage_volt"), by one of the key's alternatives ("test_time_s", "current_a") or by its label
 * "Quantity / unit" ("Test Time / s", "Current / mA"; units are read from labels, so "Current / mA" is converted too).
 * Cycling needs time, current and voltage, and uses the cycle count and the net, charging and discharging capacities
 * when present; a spectrum needs frequency, real and imaginary impedance.
 * <p>
 * BDF counts current positive while charging and imaginary impedance negative when capacitive, like Interphase, so
 * no sign changes. The net charge is the net capacity, else charging − discharging capacity, else the integral of the
 * current. The cycle is the cycle count (or "Cycle Index", as Interphase's runs wrote it), else it is derived from the
 * current; cycles counted from 0 are shifted to count from 1, Interphase's numbering.
 */
public final class BdfCsvImporter implements DataImporter {

    /** One BDF quantity: its label name, the unit of its keys and its keys (normative first). */
    private record Quantity(Channel channel, String label, String unit, String... keys) {

        BoundColumn find(LabelledHeader header, int sign) {
            BoundColumn labelled = header.find(channel, sign, label);
            return labelled != null ? labelled : header.findIn(unit, channel, sign, keys);
        }

        BoundColumn require(LabelledHeader header) {
            return header.present(find(header, 1), channel, label + " / " + unit, keys[0]);
        }

        /** Whether a lower-case header line names this quantity. */
        boolean named(String header) {
            return header.contains(label.toLowerCase(Locale.ROOT) + " /")
                    || List.of(keys).stream().anyMatch(header::contains);
        }
    }

    static final Quantity TIME = new Quantity(Channel.TIME, "Test Time", "s", "test_time_second", "test_time_s");
    private static final Quantity TIME_MS = new Quantity(Channel.TIME, "Test Time", "ms", "test_time_millisecond",
            "test_time_ms");
    static final Quantity CURRENT = new Quantity(Channel.CURRENT, "Current", "A", "current_ampere", "current_a");
    static final Quantity VOLTAGE = new Quantity(Channel.VOLTAGE, "Voltage", "V", "voltage_volt", "voltage_v");
    static final Quantity CYCLE = new Quantity(Channel.CYCLE, "Cycle Count", "", "cycle_count", "cycle_count_1",
            "cycle_dimensionless");
    private static final Quantity OLD_CYCLE = new Quantity(Channel.CYCLE, "Cycle Index", "", "cycle_index");
    static final Quantity NET = new Quantity(Channel.CAPACITY, "Net Capacity", "Ah", "net_capacity_ah",
            "net_capacity_ampere_hour");
    private static final Quantity CHARGED = new Quantity(Channel.CAPACITY, "Charging Capacity", "Ah",
            "charging_capacity_ah", "charging_capacity_ampere_hour");
    private static final Quantity DISCHARGED = new Quantity(Channel.CAPACITY, "Discharging Capacity", "Ah",
            "discharging_capacity_ah", "discharging_capacity_ampere_hour");
    static final Quantity FREQUENCY = new Quantity(Channel.FREQUENCY, "Frequency", "Hz", "frequency_hertz");
    static final Quantity REAL = new Quantity(Channel.REAL, "Real Impedance", "ohm", "real_impedance_ohm");
    static final Quantity IMAGINARY = new Quantity(Channel.IMAGINARY, "Imaginary Impedance", "ohm",
            "imaginary_impedance_ohm");

    private static final Cells CELLS = new Cells(',', '.');

    @Override
    public String id() {
        return "bdf-csv";
    }

    @Override
    public String label() {
        return "Battery Data Format CSV (.csv)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv");
    }

    @Override
    public boolean recognizes(String head) {
        String first = head.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        return (TIME.named(first) || TIME_MS.named(first)) && CURRENT.named(first) && VOLTAGE.named(first)
                || FREQUENCY.named(first) && REAL.named(first) && IMAGINARY.named(first);
    }

    @Override
    public MeasuredData read(Path file) {
        try (TextLines lines = TextLines.open(file)) {
            String first = lines.nextNonBlank();
            if (first == null) {
                throw new ImportException(file, 0, "the file is empty; it needs a BDF header such as '"
                        + "test_time_second,current_ampere,voltage_volt' and data rows");
            }
            List<String> headings = CELLS.split(lines, first);
            LabelledHeader header = new LabelledHeader(lines, headings);
            int width = CELLS.width(headings);
            if (FREQUENCY.find(header, 1) != null) {
                List<BoundColumn> columns = List.of(FREQUENCY.require(header), REAL.require(header),
                        IMAGINARY.require(header));
                return MeasuredSpectrum.of(NumericTable.read(lines, CELLS, width, columns, l -> false));
            }
            BoundColumn time = TIME.find(header, 1);
            List<BoundColumn> columns = new ArrayList<>(List.of(time != null ? time : TIME_MS.require(header),
                    CURRENT.require(header), VOLTAGE.require(header)));
            BoundColumn cycle = CYCLE.find(header, 1);
            cycle = cycle != null ? cycle : OLD_CYCLE.find(header, 1);
            if (cycle != null) {
                columns.add(cycle);
            }
            BoundColumn net = NET.find(header, 1);
            BoundColumn charged = CHARGED.find(header, 1);
            BoundColumn discharged = DISCHARGED.find(header, -1);
            boolean fromThroughput = net == null && charged != null && discharged != null;
            if (net != null) {
                columns.add(net);
            } else if (fromThroughput) {
                columns.add(charged);
                columns.add(discharged);
            }
            NumericTable table = NumericTable.read(lines, CELLS, width, columns, l -> false);
            return CyclingAssembler.assemble(table, fromThroughput ? net(table, charged, discharged) : null, null);
        }
    }

    /** Net charge = charged − discharged throughput (the discharged column is bound with sign −1). */
    private static double[] net(NumericTable table, BoundColumn charged, BoundColumn discharged) {
        double[] net = table.get(charged);
        double[] minusDischarged = table.get(discharged);
        for (int i = 0; i < net.length; i++) {
            net[i] += minusDischarged[i];
        }
        return net;
    }
}
