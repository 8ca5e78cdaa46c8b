package org.interphase.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads back the result files of Interphase's own runs, whose headings are "quantity_unit": a spectrum
 * ("frequency_Hz,Z_real_ohm,Z_imag_ohm", then one pair of columns per layer) and a time series
 * ("time_s,current_A,voltage_V", then the net capacity "capacity_Ah" and "cycle_index" of cycling runs, or a
 * resistance per layer of plating/stripping runs). '#' lines before the header are comments. The files are in
 * Interphase's units and signs, so nothing is converted; a time series without capacity gets the integral of the
 * current.
 */
public final class InterphaseCsvImporter implements DataImporter {

    private static final String SPECTRUM = "frequency_Hz,Z_real_ohm,Z_imag_ohm";
    private static final String SERIES = "time_s,current_A,voltage_V";
    private static final Cells CELLS = new Cells(',', '.');

    @Override
    public String id() {
        return "interphase-csv";
    }

    @Override
    public String label() {
        return "Interphase run results (.csv)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv");
    }

    @Override
    public boolean recognizes(String head) {
        String header = head.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElse("");
        return header.startsWith(SPECTRUM) || header.startsWith(SERIES);
    }

    @Override
    public MeasuredData read(Path file) {
        try (TextLines lines = TextLines.open(file)) {
            String first = lines.nextNonBlank();
            while (first != null && first.startsWith("#")) {
                first = lines.nextNonBlank();
            }
            if (first == null) {
                throw new ImportException(file, 0, "the file holds no header; it should start '" + SPECTRUM
                        + "' or '" + SERIES + "'");
            }
            List<String> headings = CELLS.split(lines, first);
            LabelledHeader header = new LabelledHeader(lines, headings);
            int width = CELLS.width(headings);
            if (first.startsWith(SPECTRUM)) {
                List<BoundColumn> columns = List.of(header.requireIn("Hz", Channel.FREQUENCY, 1, "frequency_Hz"),
                        header.requireIn("ohm", Channel.REAL, 1, "Z_real_ohm"),
                        header.requireIn("ohm", Channel.IMAGINARY, 1, "Z_imag_ohm"));
                return MeasuredSpectrum.of(NumericTable.read(lines, CELLS, width, columns, l -> false));
            }
            // Plating/stripping series have neither capacity nor cycle columns.
            List<BoundColumn> columns = new ArrayList<>(Arrays.asList(header.requireIn("s", Channel.TIME, 1, "time_s"),
                    header.requireIn("A", Channel.CURRENT, 1, "current_A"),
                    header.requireIn("V", Channel.VOLTAGE, 1, "voltage_V"),
                    header.findIn("Ah", Channel.CAPACITY, 1, "capacity_Ah"),
                    header.findIn("", Channel.CYCLE, 1, "cycle_index")));
            columns.removeIf(Objects::isNull);
            return CyclingAssembler.assemble(NumericTable.read(lines, CELLS, width, columns, l -> false), null,
                    null);
        }
    }
}
