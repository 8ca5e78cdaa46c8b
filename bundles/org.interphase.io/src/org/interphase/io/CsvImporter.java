package org.interphase.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a delimited text file (CSV, semicolon- or tab-separated) as the user's {@link ColumnMapping} describes it.
 * It needs its mapping, so it is created by the import dialog rather than found as a service.
 */
public final class CsvImporter implements DataImporter {

    private final ColumnMapping mapping;

    /** @throws IllegalArgumentException with the mapping's {@link ColumnMapping#problems() problems} */
    public CsvImporter(ColumnMapping mapping) {
        List<String> problems = mapping.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the column mapping is incomplete: " + String.join("; ", problems));
        }
        this.mapping = mapping;
    }

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String label() {
        return "Delimited text with chosen columns (.csv, .txt)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv", "txt", "tsv");
    }

    @Override
    public MeasuredData read(Path file) {
        Cells cells = mapping.cells();
        try (TextLines lines = TextLines.open(file)) {
            String first = lines.nextNonBlank();
            while (first != null && first.startsWith("#")) {
                first = lines.nextNonBlank();
            }
            if (first == null) {
                throw new ImportException(file, 0, "the file holds no rows; choose a file with data");
            }
            List<String> row = cells.split(lines, first);
            // A header is needed to find columns by heading; otherwise a row with a number in it is data.
            boolean header = mapping.byHeading() ? row.stream().anyMatch(cell -> Double.isNaN(cells.number(cell)))
                    : row.stream().allMatch(cell -> Double.isNaN(cells.number(cell)));
            int width = cells.width(row);
            List<BoundColumn> columns = mapping.bind(lines, header ? row : null, width);
            if (!header) {
                lines.pushBack(first);
            }
            NumericTable table = NumericTable.read(lines, cells, width, columns, l -> false);
            return mapping.kind() == ColumnMapping.Kind.SPECTRUM ? MeasuredSpectrum.of(table)
                    : CyclingAssembler.assemble(table, null, null);
        }
    }
}
