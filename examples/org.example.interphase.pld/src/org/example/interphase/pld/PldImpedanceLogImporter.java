package org.example.interphase.pld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.interphase.io.DataImporter;
import org.interphase.io.ImportException;
import org.interphase.io.MeasuredData;
import org.interphase.io.MeasuredSpectrum;

/**
 * Reads the impedance log that the (example) PLD chamber's in-situ probe writes after a run, a tiny format:
 * <pre>
 * # any comment lines
 * frequency_Hz,re_ohm,minus_im_ohm
 * 1e6,120.5,3.2
 * ...
 * </pre>
 * The instrument writes −Im Z, so the sign is flipped into Interphase's convention (Im Z negative when capacitive).
 */
public final class PldImpedanceLogImporter implements DataImporter {

    static final String HEADER = "frequency_Hz,re_ohm,minus_im_ohm";

    @Override
    public String id() {
        return "pld-eis-log";
    }

    @Override
    public String label() {
        return "PLD chamber in-situ impedance log (.eislog)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("eislog");
    }

    @Override
    public boolean recognizes(String head) {
        return head.lines().map(String::strip).anyMatch(HEADER::equals);
    }

    @Override
    public MeasuredData read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be read (" + e.getMessage() + "); check that it exists and"
                    + " is readable", e);
        }
        int header = -1;
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header < 0) {
                if (!line.equals(HEADER)) {
                    throw new ImportException(file, i + 1, "expected the header '" + HEADER + "' but found '" + line
                            + "'; is this a PLD impedance log?");
                }
                header = i;
                continue;
            }
            rows.add(row(file, i + 1, line));
        }
        if (header < 0) {
            throw new ImportException(file, 0, "has no header line '" + HEADER + "'; is this a PLD impedance log?");
        }
        double[] frequency = new double[rows.size()];
        double[] real = new double[rows.size()];
        double[] imaginary = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            frequency[i] = rows.get(i)[0];
            real[i] = rows.get(i)[1];
            imaginary[i] = -rows.get(i)[2];
        }
        return new MeasuredSpectrum(file, frequency, real, imaginary);
    }

    private static double[] row(Path file, int lineNumber, String line) {
        String[] cells = line.split(",", -1);
        if (cells.length != 3) {
            throw new ImportException(file, lineNumber, "expected 3 comma-separated values (" + HEADER + ") but"
                    + " found " + cells.length + "; fix or delete the line");
        }
        double[] values = new double[3];
        String[] names = HEADER.split(",");
        for (int c = 0; c < 3; c++) {
            try {
                values[c] = Double.parseDouble(cells[c].strip());
            } catch (NumberFormatException e) {
                throw new ImportException(file, lineNumber, "column '" + names[c] + "' holds '" + cells[c].strip()
                        + "', not a number; fix or delete the line");
            }
            if (!Double.isFinite(values[c])) {
                throw new ImportException(file, lineNumber, "column '" + names[c] + "' holds '" + cells[c].strip()
                        + "', not a finite number; fix or delete the line");
            }
        }
        if (values[0] <= 0) {
            throw new ImportException(file, lineNumber, "frequency " + cells[0].strip() + " Hz is not positive;"
                    + " fix or delete the line");
        }
        return values;
    }
}
