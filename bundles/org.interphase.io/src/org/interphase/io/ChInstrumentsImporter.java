package org.interphase.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads the impedance spectrum of a CH Instruments text export (A.C. Impedance, "Save As" text): a date line, the
 * technique "A.C. Impedance", instrument and parameter lines, then the comma-separated header
 * {@code Freq/Hz, Z'/ohm, Z"/ohm, Z/ohm, Phase/deg}, a blank line and one row per frequency. Z" is Im Z, negative
 * when capacitive (the phase has its sign), so no sign changes; units are taken from the headings.
 */
public final class ChInstrumentsImporter implements DataImporter {

    private static final String TECHNIQUE = "A.C. Impedance";
    private static final String HEADER = "Freq/Hz";
    private static final Cells CELLS = new Cells(',', '.');

    @Override
    public String id() {
        return "chi-txt";
    }

    @Override
    public String label() {
        return "CH Instruments impedance text export (.txt)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("txt");
    }

    @Override
    public boolean recognizes(String head) {
        return head.lines().limit(3).anyMatch(l -> l.strip().equals(TECHNIQUE))
                && head.lines().anyMatch(ChInstrumentsImporter::isHeader);
    }

    /** The header names the frequency and Z' columns, whatever their order. */
    private static boolean isHeader(String line) {
        return line.contains(HEADER) && line.contains("Z'/");
    }

    @Override
    public MeasuredData read(Path file) {
        try (TextLines lines = TextLines.open(file)) {
            String first = HeaderLines.skipTo(lines, ChInstrumentsImporter::isHeader,
                    "there is no '" + HEADER + ", Z'/ohm, Z\"/ohm, ...' header, so no impedance table; save the"
                            + " A.C. Impedance data as text from the CHI program again");
            List<String> headings = CELLS.split(lines, first);
            LabelledHeader header = new LabelledHeader(lines, headings);
            List<BoundColumn> columns = List.of(header.require(Channel.FREQUENCY, 1, "Freq"),
                    header.require(Channel.REAL, 1, "Z'"), header.require(Channel.IMAGINARY, 1, "Z\""));
            return MeasuredSpectrum.of(NumericTable.read(lines, CELLS, CELLS.width(headings), columns, l -> false));
        }
    }
}
