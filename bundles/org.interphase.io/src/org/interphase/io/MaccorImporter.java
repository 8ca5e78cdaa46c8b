package org.interphase.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads Maccor's text export of a test's data (MacTest "Export Data", tab-separated .txt, or the same columns as CSV):
 * an optional line of test details ("Today's Date … Filename … Procedure …"), then "Rec#", "Cyc#", "Step",
 * "Test (Sec)", "Step (Sec)", "Amp-hr", "Watt-hr", "Amps", "Volts", "State", "ES", "DPt Time". Maccor writes the
 * current as a size and says in "State" which way it flows (C charge, D discharge, R rest, O other), so the current
 * is signed by the state, positive while charging. "Amp-hr" restarts with each step, so the net charge is the
 * integral of the current; "Cyc#" counts from 0 and is shifted to count from 1.
 */
public final class MaccorImporter implements DataImporter {

    /** A rest carries no current; neither do "other" steps, whose direction the file does not tell. */
    private static final Map<String, Integer> STATES = Map.of("C", 1, "D", -1, "R", 0, "O", 0);
    private static final String[] STATE = {"State", "Md"};
    // Names with their unit in parentheses ("Test (Sec)", "Current (mA)") or, as "Amps", in the name.
    private static final String[] TIME = {"Test", "Test Time", "TestTime"};
    private static final String[] CURRENT = {"Amps", "Current"};
    private static final String[] VOLTAGE = {"Volts", "Voltage"};
    private static final String[] CYCLE = {"Cyc#", "Cycle", "Cycle P"};

    @Override
    public String id() {
        return "maccor-txt";
    }

    @Override
    public String label() {
        return "Maccor cycler text export (.txt, .csv)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("txt", "csv");
    }

    @Override
    public boolean recognizes(String head) {
        return head.lines().filter(l -> !l.isBlank()).limit(2).anyMatch(MaccorImporter::isHeader);
    }

    /** Whether a line is Maccor's header: a state, a time, a current and a voltage heading. */
    private static boolean isHeader(String line) {
        List<String> names = headings(line).stream().map(MaccorImporter::name).toList();
        return index(names, STATE) >= 0 && index(names, TIME) >= 0 && index(names, CURRENT) >= 0
                && index(names, VOLTAGE) >= 0;
    }

    /** Maccor exports its text tab-separated; the same columns saved as CSV are comma-separated. */
    private static Cells cells(String header) {
        return new Cells(header.indexOf('\t') >= 0 ? '\t' : ',', '.');
    }

    private static List<String> headings(String line) {
        try {
            return cells(line).split(line);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** A heading without its unit: "Test" of "Test (Sec)". */
    private static String name(String heading) {
        int open = heading.lastIndexOf('(');
        return (heading.endsWith(")") && open >= 0 ? heading.substring(0, open) : heading).strip();
    }

    /** The index of the first of {@code names} (ignoring case) among {@code headingNames}, or -1. */
    private static int index(List<String> headingNames, String[] names) {
        for (int i = 0; i < headingNames.size(); i++) {
            for (String wanted : names) {
                if (headingNames.get(i).equalsIgnoreCase(wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public MeasuredData read(Path file) {
        try (TextLines lines = TextLines.open(file)) {
            String first = lines.nextNonBlank();
            if (first == null) {
                throw new ImportException(file, 0, "the file is empty; export the test's data from Maccor again");
            }
            // The line of test details is only there if the export was asked for it.
            String header = isHeader(first) ? first : lines.nextNonBlank();
            if (header == null || !isHeader(header)) {
                throw lines.error("no Maccor header: expected a line with the headings " + String.join(" or ", TIME)
                        + ", " + String.join(" or ", CURRENT) + ", " + String.join(" or ", VOLTAGE) + " and "
                        + String.join(" or ", STATE) + " on the first or second line; export the data again");
            }
            Cells cells = cells(header);
            List<String> headings = cells.split(lines, header);
            LabelledHeader labelled = LabelledHeader.parenthesised(lines, headings);
            List<BoundColumn> columns = new ArrayList<>(List.of(column(labelled, Channel.TIME, "s", TIME),
                    column(labelled, Channel.CURRENT, "A", CURRENT), column(labelled, Channel.VOLTAGE, "V", VOLTAGE)));
            columns.add(labelled.findIn("", Channel.CYCLE, 1, CYCLE));
            columns.removeIf(Objects::isNull);
            int state = index(headings.stream().map(MaccorImporter::name).toList(), STATE);
            NumericTable.Direction direction = new NumericTable.Direction(state, headings.get(state), STATES);
            return CyclingAssembler.assemble(NumericTable.read(lines, cells, cells.width(headings), columns,
                    l -> false, row -> false, direction), null, null);
        }
    }

    /** A column whose heading is one of {@code names}, in {@code unit} or in the unit its parentheses give. */
    private static BoundColumn column(LabelledHeader header, Channel channel, String unit, String[] names) {
        BoundColumn fixed = header.findIn(unit, channel, 1, names);
        return fixed != null ? fixed : header.require(channel, 1, names);
    }
}
