package org.interphase.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a BioLogic EC-Lab text export (.mpt): an impedance spectrum if it has the columns freq/Hz, Re(Z)/Ohm and
 * -Im(Z)/Ohm, otherwise a cycling (galvanostatic) record from time/s, Ewe/V (or Ecell/V) and I/mA.
 * <p>
 * The file starts "EC-Lab ASCII FILE" and "Nb header lines : N"; line N is the tab-separated column header (an export
 * without the header block starts with the column header). Numbers may have a decimal comma. Conversions: −Im(Z) is
 * negated to Im Z; mA becomes A and mA h becomes A h; EC-Lab's current is positive when the working electrode is
 * oxidised, which is charging for a cell whose working electrode is the positive one, so it is kept as it is; the
 * charge is (Q-Qo) if exported, else the integral of the current; EC-Lab counts cycles from 0, Interphase from 1.
 */
public final class BioLogicMptImporter implements DataImporter {

    static final String SIGNATURE = "EC-Lab ASCII FILE";
    private static final Pattern HEADER_LINES = Pattern.compile("Nb header lines\\s*:\\s*(\\d{1,6})\\s*");

    @Override
    public String id() {
        return "biologic-mpt";
    }

    @Override
    public String label() {
        return "BioLogic EC-Lab text export (.mpt)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("mpt");
    }

    @Override
    public boolean recognizes(String head) {
        return head.startsWith(SIGNATURE) || head.startsWith("freq/Hz\t") || head.contains("\ttime/s\t");
    }

    @Override
    public MeasuredData read(Path file) {
        try (TextLines lines = TextLines.open(file)) {
            List<String> headings = Cells.TABS_ANY_DECIMAL.split(lines, columnHeader(lines));
            int width = Cells.TABS_ANY_DECIMAL.width(headings);
            LabelledHeader header = new LabelledHeader(lines, headings);
            // Any impedance column makes it a spectrum: an EIS export also has time, <Ewe> and <I> columns.
            if (header.has("freq/", "Re(Z)/", "-Im(Z)/", "Im(Z)/")) {
                List<BoundColumn> columns = List.of(header.require(Channel.FREQUENCY, 1, "freq"),
                        header.require(Channel.REAL, 1, "Re(Z)"), imaginary(header));
                return MeasuredSpectrum.of(NumericTable.read(lines, Cells.TABS_ANY_DECIMAL, width, columns,
                        l -> false));
            }
            List<BoundColumn> columns = new ArrayList<>(List.of(header.require(Channel.TIME, 1, "time"),
                    header.require(Channel.CURRENT, 1, "I", "<I>"),
                    header.require(Channel.VOLTAGE, 1, "Ewe", "<Ewe>", "Ecell", "<Ecell>")));
            columns.add(header.find(Channel.CAPACITY, 1, "(Q-Qo)"));
            columns.add(header.find(Channel.CYCLE, 1, "cycle number"));
            columns.removeIf(Objects::isNull);
            return CyclingAssembler.assemble(
                    NumericTable.read(lines, Cells.TABS_ANY_DECIMAL, width, columns, l -> false), null, true);
        }
    }

    private static BoundColumn imaginary(LabelledHeader header) {
        BoundColumn negated = header.find(Channel.IMAGINARY, -1, "-Im(Z)");
        return negated != null ? negated : header.require(Channel.IMAGINARY, 1, "-Im(Z)", "Im(Z)");
    }

    /** Reads up to and including the column header line and returns it. */
    private static String columnHeader(TextLines lines) {
        String first = lines.next();
        if (first == null) {
            throw new ImportException(lines.file(), 0, "the file is empty; export the data from EC-Lab again");
        }
        if (!first.strip().equals(SIGNATURE)) {
            if (first.contains("\t") && first.contains("/")) {
                return first;
            }
            throw lines.error("this is not an EC-Lab text export: the first line should be '" + SIGNATURE
                    + "' or the column header; export the data with EC-Lab's 'Export as text'");
        }
        String count = lines.next();
        Matcher matcher = HEADER_LINES.matcher(count == null ? "" : count.strip());
        if (!matcher.matches()) {
            throw lines.error("the second line should say 'Nb header lines : N'; export the data from EC-Lab again");
        }
        int headerLines = Integer.parseInt(matcher.group(1));
        if (headerLines < 3) {
            throw lines.error("the file announces " + headerLines + " header lines, fewer than its own first lines; "
                    + "export the data from EC-Lab again");
        }
        String line = count;
        while (lines.number() < headerLines) {
            line = lines.next();
            if (line == null) {
                throw lines.error("the file announces " + headerLines + " header lines but ends at line "
                        + lines.number() + " (a truncated file?); export the data from EC-Lab again");
            }
        }
        return line;
    }
}
