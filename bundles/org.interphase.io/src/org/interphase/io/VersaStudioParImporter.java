package org.interphase.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads the impedance spectrum of a VersaStudio data file (.par, Princeton Applied Research / Ametek VersaSTAT and
 * Parstat instruments). The file is a list of "&lt;Section&gt; ... &lt;/Section&gt;" blocks of "key=value" lines; the
 * data is in "&lt;Segment1&gt;": a "Definition=" line names the comma-separated columns ("Segment #, Point #, E(V),
 * I(A), Elapsed Time(s), ..., Frequency(Hz), ..., Z Real, Z Imag, ..."), then one row per point up to
 * "&lt;/Segment1&gt;". VersaStudio ends the Definition with a number that is no column, which is not counted.
 * Z Real and Z Imag are in Ω and Z Imag is Im Z, negative when capacitive, so no sign changes. Only the first segment
 * is read.
 */
public final class VersaStudioParImporter implements DataImporter {

    private static final String SEGMENT = "<Segment1>";
    private static final String DEFINITION = "Definition=";
    private static final Cells CELLS = new Cells(',', '.');

    @Override
    public String id() {
        return "versastudio-par";
    }

    @Override
    public String label() {
        return "VersaStudio data file (.par)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("par");
    }

    @Override
    public boolean recognizes(String head) {
        return head.contains("\n" + SEGMENT + "\n") && head.contains("\n" + DEFINITION + "Segment #");
    }

    @Override
    public MeasuredData read(Path file) {
        try (TextLines lines = TextLines.open(file)) {
            HeaderLines.skipTo(lines, l -> l.strip().equals(SEGMENT), "there is no " + SEGMENT + " block, so no"
                    + " data; open a .par file VersaStudio saved after a measurement");
            String definition = HeaderLines.skipTo(lines, l -> l.startsWith(DEFINITION) || l.startsWith("</"),
                    "the " + SEGMENT + " block has no " + DEFINITION + " line; the file looks damaged");
            if (!definition.startsWith(DEFINITION)) {
                throw lines.error("the " + SEGMENT + " block ends before its " + DEFINITION + " line; the file looks"
                        + " damaged");
            }
            List<String> headings = new ArrayList<>(CELLS.split(lines, definition.substring(DEFINITION.length())));
            while (!headings.isEmpty() && !Double.isNaN(CELLS.number(headings.getLast()))) {
                headings.removeLast();
            }
            LabelledHeader header = LabelledHeader.parenthesised(lines, headings);
            List<BoundColumn> columns = List.of(header.require(Channel.FREQUENCY, 1, "Frequency"),
                    header.requireIn("ohm", Channel.REAL, 1, "Z Real"),
                    header.requireIn("ohm", Channel.IMAGINARY, 1, "Z Imag"));
            AtomicBoolean closed = new AtomicBoolean();
            NumericTable table = NumericTable.read(lines, CELLS, headings.size(), columns,
                    l -> {
                        closed.set(l.startsWith("</"));
                        return closed.get();
                    });
            if (!closed.get()) {
                throw new ImportException(file, 0, "the " + SEGMENT + " block is not closed by </Segment1> (a"
                        + " truncated file?); open the file VersaStudio saved");
            }
            return MeasuredSpectrum.of(table);
        }
    }
}
