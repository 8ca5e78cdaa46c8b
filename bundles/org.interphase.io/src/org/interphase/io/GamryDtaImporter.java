package org.interphase.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the impedance spectrum of a Gamry Framework data file (.DTA, e.g. from a potentiostatic EIS experiment).
 * <p>
 * A .DTA file is a list of tab-separated "NAME\tKIND\t..." entries; tables ("OCVCURVE\tTABLE", "ZCURVE\tTABLE") go
 * on with a header row ("Pt Time Freq Zreal Zimag ..."), a units row ("# s Hz ohm ohm ...") and data rows, each of
 * them indented by a tab. Only ZCURVE is read; Freq, Zreal and Zimag are taken with the units of the units row.
 * Zimag is already Im Z (negative for a capacitive arc), so no sign changes. A count after TABLE, where the file has
 * one, is the number of points, and fewer rows mean a truncated file. Blank lines inside the table are skipped; the
 * table ends at the next line that is not indented.
 */
public final class GamryDtaImporter implements DataImporter {

    private static final String TABLE = "ZCURVE";

    @Override
    public String id() {
        return "gamry-dta";
    }

    @Override
    public String label() {
        return "Gamry impedance data (.DTA)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("dta");
    }

    @Override
    public boolean recognizes(String head) {
        return head.startsWith("EXPLAIN") && head.contains(TABLE + "\tTABLE");
    }

    @Override
    public MeasuredData read(Path file) {
        try (TextLines lines = TextLines.open(file)) {
            List<String> tables = new ArrayList<>();
            for (String line = lines.next(); line != null; line = lines.next()) {
                List<String> entry = Cells.TABS_ANY_DECIMAL.split(lines, line);
                if (entry.size() >= 2 && entry.get(1).equals("TABLE")) {
                    if (entry.get(0).equals(TABLE)) {
                        return spectrum(lines, entry);
                    }
                    tables.add(entry.get(0));
                }
            }
            throw new ImportException(file, 0, "there is no " + TABLE + " table, so no impedance spectrum"
                    + (tables.isEmpty() ? "" : " (the file has " + String.join(", ", tables) + ")")
                    + "; open the .DTA file of an EIS experiment");
        }
    }

    private static MeasuredSpectrum spectrum(TextLines lines, List<String> tableLine) {
        int tableLineNumber = lines.number();
        String names = lines.next();
        String units = lines.next();
        if (names == null || units == null || !names.startsWith("\t") || !units.startsWith("\t")) {
            throw lines.error("the " + TABLE + " table needs a header row and a units row, each indented by a tab; "
                    + "the file looks truncated or edited: export it again");
        }
        List<String> headings = Cells.TABS_ANY_DECIMAL.split(lines, names);
        List<String> unitCells = Cells.TABS_ANY_DECIMAL.split(lines, units);
        int width = Cells.TABS_ANY_DECIMAL.width(headings);
        if (Cells.TABS_ANY_DECIMAL.width(unitCells) != width) {
            throw lines.error("the units row has " + Cells.TABS_ANY_DECIMAL.width(unitCells) + " cells but the header"
                    + " row above it has " + width + "; the file looks truncated or edited: export it again");
        }
        LabelledHeader header = new LabelledHeader(lines, withUnits(headings, unitCells));
        List<BoundColumn> columns = List.of(header.require(Channel.FREQUENCY, 1, "Freq"),
                header.require(Channel.REAL, 1, "Zreal"), header.require(Channel.IMAGINARY, 1, "Zimag"));
        NumericTable table = NumericTable.read(lines, Cells.TABS_ANY_DECIMAL, width, columns,
                line -> !line.startsWith("\t"));
        int declared = declaredPoints(tableLine);
        double[] frequency = table.get(Channel.FREQUENCY);
        int read = frequency.length;
        if (declared > read) {
            throw new ImportException(lines.file(), tableLineNumber, "the " + TABLE + " table announces " + declared
                    + " points but has " + read + " (a truncated file?); export the data again");
        }
        return new MeasuredSpectrum(lines.file(), frequency, table.get(Channel.REAL), table.get(Channel.IMAGINARY));
    }

    /** Headings "name/unit" from the two rows, so that units are checked like in any labelled header. */
    private static List<String> withUnits(List<String> names, List<String> units) {
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            headings.add(names.get(i) + "/" + (i < units.size() ? units.get(i) : ""));
        }
        return headings;
    }

    private static int declaredPoints(List<String> tableLine) {
        return tableLine.size() > 2 && tableLine.get(2).matches("\\d{1,9}") ? Integer.parseInt(tableLine.get(2)) : 0;
    }
}
