package org.interphase.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
            List<String> row = cells.split(first);
            boolean header = row.stream().anyMatch(cell -> Double.isNaN(cells.number(cell)));
            List<BoundColumn> columns = mapping.bind(lines, header ? row : null);
            if (!header) {
                lines.pushBack(first);
            }
            Map<Channel, double[]> values = NumericTable.readByChannel(lines, cells, columns, l -> false);
            return mapping.kind() == ColumnMapping.Kind.SPECTRUM
                    ? new MeasuredSpectrum(file, values.get(Channel.FREQUENCY), values.get(Channel.REAL),
                            values.get(Channel.IMAGINARY))
                    : CyclingAssembler.assemble(file, values, null);
        }
    }
}
