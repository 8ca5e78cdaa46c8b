package org.interphase.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads the CSV export of a battery cycler whose header names its columns "Name(unit)": Arbin's (MITS Pro / MITS 7
 * "Test_Time(s)", "Current(A)", "Voltage(V)", "Cycle_Index") and Neware's (BTSDA "Total Time" as h:mm:ss,
 * "Current(mA)", "Voltage(V)", "Cycle Index"). Both count current positive while charging, as Interphase does, so no
 * sign changes. Their capacity columns restart with each step or cycle, so the net charge is the integral of the
 * current; cycles counted from 0 are shifted to count from 1.
 */
abstract class CyclerCsvImporter implements DataImporter {

    /** A cycler's names for time (and the unit of a time heading without one), current, voltage and cycle. */
    record Columns(String time, String timeUnit, String current, String voltage, String cycle) {
    }

    private final String id;
    private final String label;
    private final Columns names;

    CyclerCsvImporter(String id, String label, Columns names) {
        this.id = id;
        this.label = label;
        this.names = names;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final List<String> fileExtensions() {
        return List.of("csv");
    }

    @Override
    public final boolean recognizes(String head) {
        String first = head.lines().filter(l -> !l.isBlank()).findFirst().orElse("").toLowerCase(Locale.ROOT);
        return first.contains("," + names.current().toLowerCase(Locale.ROOT) + "(")
                && first.contains("," + names.voltage().toLowerCase(Locale.ROOT) + "(")
                && first.contains(names.time().toLowerCase(Locale.ROOT)) && first.contains(names.cycle()
                        .toLowerCase(Locale.ROOT));
    }

    @Override
    public final MeasuredData read(Path file) {
        try (TextLines lines = TextLines.open(file)) {
            String first = lines.nextNonBlank();
            if (first == null) {
                throw new ImportException(file, 0, "the file is empty; export the cycler's data as CSV again");
            }
            Cells cells = new Cells(',', '.');
            List<String> headings = cells.split(lines, first);
            LabelledHeader header = LabelledHeader.parenthesised(lines, headings);
            // Neware's "Total Time" has no unit in its heading: its cells are clock times.
            BoundColumn time = header.findIn(names.timeUnit(), Channel.TIME, 1, names.time());
            List<BoundColumn> columns = new ArrayList<>(List.of(
                    time != null ? time : header.require(Channel.TIME, 1, names.time()),
                    header.require(Channel.CURRENT, 1, names.current()),
                    header.require(Channel.VOLTAGE, 1, names.voltage())));
            columns.add(header.find(Channel.CYCLE, 1, names.cycle()));
            columns.removeIf(Objects::isNull);
            return CyclingAssembler.assemble(NumericTable.read(lines, cells, cells.width(headings), columns,
                    l -> false), null, null);
        }
    }
}
