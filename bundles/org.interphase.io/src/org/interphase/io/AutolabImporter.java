package org.interphase.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the impedance spectrum of a Metrohm Autolab NOVA ASCII export (FRA data exported as text): a header row of
 * "Name (unit)" headings such as {@code Index;Frequency (Hz);Z' (Ω);-Z'' (Ω);Z (Ω);-Phase (°);Time (s)},
 * separated by semicolons, tabs or commas as chosen in the export, then one row per frequency. NOVA writes −Z'', which is negated
 * to Im Z (a column "Z'' (Ω)" is taken as Im Z as it is); units are taken from the headings, and a semicolon- or
 * tab-separated export may have decimal commas.
 */
public final class AutolabImporter implements DataImporter {

    @Override
    public String id() {
        return "autolab-txt";
    }

    @Override
    public String label() {
        return "Autolab NOVA impedance text export (.txt, .csv)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("txt", "csv");
    }

    @Override
    public boolean recognizes(String head) {
        return head.lines().filter(l -> !l.isBlank()).findFirst().map(AutolabImporter::isHeader).orElse(false);
    }

    private static boolean isHeader(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return (lower.contains("frequency (hz)") || lower.contains("freq (hz)")) && lower.contains("z' (")
                && lower.contains("z'' (");
    }

    @Override
    public MeasuredData read(Path file) {
        try (TextLines lines = TextLines.open(file)) {
            String first = lines.nextNonBlank();
            if (first == null || !isHeader(first)) {
                throw new ImportException(file, first == null ? 0 : lines.number(), "the first line should be NOVA's"
                        + " header, e.g. 'Frequency (Hz);Z' (Ω);-Z'' (Ω)'; export the FRA data from NOVA again");
            }
            Cells cells = HeaderLines.cellsOf(first);
            List<String> headings = cells.split(lines, first);
            LabelledHeader header = LabelledHeader.parenthesised(lines, headings);
            BoundColumn negated = header.find(Channel.IMAGINARY, -1, "-Z''");
            List<BoundColumn> columns = List.of(header.require(Channel.FREQUENCY, 1, "Frequency", "Freq"),
                    header.require(Channel.REAL, 1, "Z'"),
                    negated != null ? negated : header.require(Channel.IMAGINARY, 1, "-Z''", "Z''"));
            return MeasuredSpectrum.of(NumericTable.read(lines, cells, cells.width(headings), columns, l -> false));
        }
    }
}
