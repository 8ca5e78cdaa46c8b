package org.interphase.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the impedance spectrum of a Princeton Applied Research Parstat text export: a tab-separated header of
 * "Name (unit)" headings, {@code Potential (V) Current (A) Elapsed Time (s) Frequency (Hz) Zre (ohms) Zim (ohms)
 * |Vac| (V) |Iac| (A)}, each row ended by a tab; or PowerSuite's {@code Frequency Zre Zimg} in Hz and Ω. Zim is Im Z,
 * negative when capacitive, so no sign changes. The rows a Parstat writes before the sweep, with frequency and
 * impedance all 0, are DC points rather than part of the spectrum and are left out.
 */
public final class ParstatImporter implements DataImporter {

    @Override
    public String id() {
        return "parstat-txt";
    }

    @Override
    public String label() {
        return "Parstat / PowerSuite impedance text export (.txt)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("txt");
    }

    @Override
    public boolean recognizes(String head) {
        String first = head.lines().findFirst().orElse("");
        return first.startsWith("Frequency\t") && first.contains("Zimg")
                || first.contains("\tFrequency (Hz)\t") && first.contains("\tZre (ohms)\t");
    }

    @Override
    public MeasuredData read(Path file) {
        try (TextLines lines = TextLines.open(file)) {
            String first = lines.nextNonBlank();
            if (first == null) {
                throw new ImportException(file, 0, "the file is empty; export the impedance data again");
            }
            List<String> headings = Cells.TABS_ANY_DECIMAL.split(lines, first);
            LabelledHeader header = LabelledHeader.parenthesised(lines, headings);
            // PowerSuite's headings carry no unit; Parstat's do.
            BoundColumn frequency = header.findIn("Hz", Channel.FREQUENCY, 1, "Frequency");
            BoundColumn real = header.findIn("ohm", Channel.REAL, 1, "Zre");
            List<BoundColumn> columns = List.of(
                    frequency != null ? frequency : header.require(Channel.FREQUENCY, 1, "Frequency"),
                    real != null ? real : header.require(Channel.REAL, 1, "Zre"),
                    real != null ? header.requireIn("ohm", Channel.IMAGINARY, 1, "Zimg")
                            : header.require(Channel.IMAGINARY, 1, "Zim"));
            int[] read = columns.stream().mapToInt(BoundColumn::index).toArray();
            return MeasuredSpectrum.of(NumericTable.read(lines, Cells.TABS_ANY_DECIMAL,
                    Cells.TABS_ANY_DECIMAL.width(headings), columns, l -> false,
                    row -> Arrays.stream(read).allMatch(i -> Cells.TABS_ANY_DECIMAL.number(row.get(i)) == 0)));
        }
    }
}
