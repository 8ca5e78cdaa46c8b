package org.interphase.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the impedance spectrum of a Scribner ZPlot / ZView data file (.z), in either of its two layouts. "ZPLOT2
 * ASCII" files have a block of settings ending with the line "End Comments", then tab-separated rows. Files that start
 * with a quoted title ("ZPlotW Data File: Version 3.2c", also Autolab's "Z60W Data File") have a quoted column line
 * ("Freq(Hz) Ampl Bias Time(Sec) Z'(a) Z''(b) GD Err Range"), settings lines, a line with the number of points alone,
 * then comma-separated rows; fewer or more rows than that number mean a damaged file. In both, the columns are by
 * position: frequency (Hz) first, Z' (Ω) fifth and Z'' (Ω) sixth; Z'' is Im Z, negative when capacitive, so no sign
 * changes.
 */
public final class ZPlotImporter implements DataImporter {

    private static final String ZPLOT2 = "ZPLOT2 ASCII";
    private static final String END_COMMENTS = "End Comments";
    private static final Pattern QUOTED_TITLE = Pattern.compile("\"Z\\w* (Calculated )?Data File: Version .*\"\\s*");
    private static final Pattern COUNT = Pattern.compile("\\s*\\d{1,9}\\s*");
    /** The fifth and sixth column; a row needs at least these. */
    private static final int MIN_WIDTH = 6;

    @Override
    public String id() {
        return "zplot-z";
    }

    @Override
    public String label() {
        return "ZPlot / ZView data file (.z)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("z");
    }

    @Override
    public boolean recognizes(String head) {
        String first = head.lines().findFirst().orElse("");
        return first.strip().equals(ZPLOT2) || QUOTED_TITLE.matcher(first).matches();
    }

    @Override
    public MeasuredData read(Path file) {
        try (TextLines lines = TextLines.open(file)) {
            String first = lines.next();
            if (first == null) {
                throw new ImportException(file, 0, "the file is empty; save the data from ZPlot or ZView again");
            }
            int declared = -1;
            int countLine = 0;
            Cells cells;
            if (first.strip().equals(ZPLOT2)) {
                HeaderLines.skipTo(lines, l -> l.strip().equals(END_COMMENTS), "there is no '" + END_COMMENTS
                        + "' line before the data (a truncated file?); save the data from ZPlot again");
                cells = Cells.TABS_ANY_DECIMAL;
            } else if (QUOTED_TITLE.matcher(first).matches()) {
                HeaderLines.skipTo(lines, l -> l.startsWith("\"") && l.contains("Freq(Hz)"),
                        "there is no quoted 'Freq(Hz) Ampl Bias ...' column line (a truncated file?); save the"
                                + " data from ZPlot or ZView again");
                String count = HeaderLines.skipTo(lines, l -> COUNT.matcher(l).matches(), "there is no line with"
                        + " the number of points before the data (a truncated file?); save the data again");
                declared = Integer.parseInt(count.strip());
                countLine = lines.number();
                cells = new Cells(',', '.');
            } else {
                throw lines.error("this is not a ZPlot or ZView data file: the first line should be '" + ZPLOT2
                        + "' or a quoted title such as \"ZPlotW Data File: Version 3.2c\"; save the data again");
            }
            String firstRow = lines.nextNonBlank();
            if (firstRow == null) {
                throw new ImportException(file, 0, "the file has no data rows after its header; save the data again");
            }
            int width = cells.width(cells.split(lines, firstRow));
            if (width < MIN_WIDTH) {
                throw lines.error("the row has " + width + " cells, but Z'' is the sixth; the file looks damaged:"
                        + " save the data again");
            }
            lines.pushBack(firstRow);
            List<BoundColumn> columns = new ArrayList<>(List.of(
                    new BoundColumn(Channel.FREQUENCY, 0, "frequency (1st column)", Channel.FREQUENCY.unit("Hz"), 1),
                    new BoundColumn(Channel.REAL, 4, "Z real (5th column)", Channel.REAL.unit("ohm"), 1),
                    new BoundColumn(Channel.IMAGINARY, 5, "Z imaginary (6th column)",
                            Channel.IMAGINARY.unit("ohm"), 1)));
            NumericTable table = NumericTable.read(lines, cells, width, columns, l -> false);
            int read = table.get(Channel.FREQUENCY).length;
            if (declared >= 0 && declared != read) {
                throw new ImportException(file, countLine, "the file announces " + declared + " points but has "
                        + read + (read < declared ? " (a truncated file?)" : "") + "; save the data again");
            }
            return MeasuredSpectrum.of(table);
        }
    }
}
