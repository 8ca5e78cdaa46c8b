package org.interphase.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads cycling data in the Battery Data Format (BDF) of the Battery Data Alliance as CSV: a comma-separated header of
 * preferred labels "Quantity / unit" ("Test Time / s", "Current / A", "Voltage / V" are required; "Cycle Count / 1",
 * "Net Capacity / Ah", "Charging Capacity / Ah", "Discharging Capacity / Ah" are used when present), then one row per
 * point. Units are read from the labels, so "Current / mA" is converted too.
 * <p>
 * BDF counts current positive while charging, like Interphase, so no sign changes. The net charge is "Net Capacity",
 * else "Charging Capacity" − "Discharging Capacity", else the integral of the current. The cycle is "Cycle Count"
 * (or "Cycle Index", as Interphase's simulated runs write it), else it is derived from the current; cycles counted
 * from 0 are shifted to count from 1.
 */
public final class BdfCsvImporter implements DataImporter {

    static final String TIME = "Test Time";
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
        return first.contains("test time /") && first.contains("current /") && first.contains("voltage /");
    }

    @Override
    public MeasuredData read(Path file) {
        try (TextLines lines = TextLines.open(file)) {
            String first = lines.nextNonBlank();
            if (first == null) {
                throw new ImportException(file, 0, "the file is empty; it needs a BDF header such as '" + TIME
                        + " / s,Current / A,Voltage / V' and data rows");
            }
            List<String> headings = CELLS.split(lines, first);
            LabelledHeader header = new LabelledHeader(lines, headings);
            List<BoundColumn> columns = new ArrayList<>(List.of(header.require(Channel.TIME, 1, TIME),
                    header.require(Channel.CURRENT, 1, "Current"), header.require(Channel.VOLTAGE, 1, "Voltage")));
            BoundColumn cycle = header.find(Channel.CYCLE, 1, "Cycle Count", "Cycle Index");
            if (cycle != null) {
                columns.add(cycle);
            }
            BoundColumn net = header.find(Channel.CAPACITY, 1, "Net Capacity");
            BoundColumn charged = header.find(Channel.CAPACITY, 1, "Charging Capacity");
            BoundColumn discharged = header.find(Channel.CAPACITY, -1, "Discharging Capacity");
            boolean fromThroughput = net == null && charged != null && discharged != null;
            if (net != null) {
                columns.add(net);
            } else if (fromThroughput) {
                columns.add(charged);
                columns.add(discharged);
            }
            NumericTable table = NumericTable.read(lines, CELLS, CELLS.width(headings), columns, l -> false);
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
