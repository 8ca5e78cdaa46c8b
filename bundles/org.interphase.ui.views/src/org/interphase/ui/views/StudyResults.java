package org.interphase.ui.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.interphase.dsl.study.StudyOutput;

/**
 * A study's results folder as the Study view reads it: points.csv (index, one column per parameter, one per output,
 * status, message); when the study has an objective, optimum.csv (method, parameters, outputs, objective; the
 * last row is the study's answer), or with several objectives pareto.csv (the front's points); and when it has
 * uncertain parameters, distributions.csv (per design point, each output's mean, sd, 5 % and 95 %). Output columns
 * are told from parameter columns by their names, which are the study language's output names.
 *
 * @param study      the study's name (the folder's)
 * @param parameters the parameter columns as written, e.g. "cycles of Alumina150"
 * @param outputs    the output names, e.g. "ASR"
 * @param values     per point, its parameter values
 * @param results    per point, its outputs (NaN where a point did not report one)
 * @param failed     per point, whether its run failed
 * @param messages   per point, the run's message ("" if none)
 * @param optimum    the study's answer, if it has an objective and a point met its bounds
 * @param indices    per point, its index in the study
 * @param front      the Pareto front, if the study has several objectives
 * @param bands      the Monte Carlo distributions, if the study has uncertain parameters
 * @param categories per parameter, the names it chooses from in the order first met (a study's {@code vary stack
 *                   over A, B}), its values being their positions; empty for a parameter of numbers
 */
public record StudyResults(String study, List<String> parameters, List<String> outputs, double[][] values,
        double[][] results, boolean[] failed, String[] messages, Optional<Optimum> optimum, long[] indices,
        Optional<Front> front, Optional<Bands> bands, List<List<String>> categories) {

    /** Points file of a study's results folder. */
    public static final String POINTS = "points.csv";
    /** Optimum file of a study's results folder. */
    public static final String OPTIMUM = "optimum.csv";
    /** Pareto front file of a study with several objectives. */
    public static final String PARETO = "pareto.csv";
    /** Monte Carlo distributions file of a study with uncertain parameters. */
    public static final String DISTRIBUTIONS = "distributions.csv";

    /**
     * The study's answer.
     *
     * @param method    "grid" or "optimiser"
     * @param objective the objective column, e.g. "minimum of cycles"
     * @param value     the objective's value
     */
    public record Optimum(String method, double[] values, double[] results, String objective, double value) {
    }

    /**
     * The Pareto front of a study with several objectives.
     *
     * @param goals   the objectives as written, e.g. "minimize ASR", "maximize lifetime"
     * @param indices the indices of the points on the front, along the first objective
     */
    public record Front(List<String> goals, long[] indices) {

        /** The output or parameter slot of an objective, e.g. "ASR". */
        public String quantity(int goal) {
            return goals.get(goal).substring(goals.get(goal).indexOf(' ') + 1);
        }
    }

    /**
     * The distributions of the outputs over the Monte Carlo samples of each design point.
     *
     * @param parameters the design's parameter columns (not the uncertain ones)
     * @param values     per design point, its parameter values
     * @param columns    the statistic columns, "output statistic" (mean, sd, p5, p95)
     * @param statistics per design point, its statistics in the order of the columns
     */
    public record Bands(List<String> parameters, double[][] values, List<String> columns, double[][] statistics) {

        /** One statistic ("mean", "sd", "p5", "p95") of an output, design point by design point. */
        public double[] statistic(String output, String statistic) {
            int column = columns.indexOf(output + " " + statistic);
            double[] found = new double[statistics.length];
            for (int i = 0; i < found.length; i++) {
                found[i] = column < 0 ? Double.NaN : statistics[i][column];
            }
            return found;
        }

        /** The values of one design parameter, design point by design point. */
        public double[] parameter(int parameter) {
            double[] found = new double[values.length];
            for (int i = 0; i < found.length; i++) {
                found[i] = values[i][parameter];
            }
            return found;
        }
    }

    /**
     * Reads a study's results folder, or the folder of a points.csv.
     *
     * @throws IOException with a one-line reason if the folder holds no readable study results
     */
    public static StudyResults read(Path folderOrPoints) throws IOException {
        Path folder = Files.isDirectory(folderOrPoints) ? folderOrPoints : folderOrPoints.getParent();
        Path points = folder.resolve(POINTS);
        if (!Files.isRegularFile(points)) {
            throw new IOException(folder + " has no " + POINTS + ": run the study first");
        }
        List<String> lines = Files.readAllLines(points, StandardCharsets.UTF_8);
        List<String> header = lines.isEmpty() ? List.of() : fields(lines.get(0));
        int status = header.indexOf("status");
        if (header.size() < 3 || !header.get(0).equals("index") || status < 1) {
            throw new IOException(points + " is not a study's points file (its header has no index and status)");
        }
        // Parameters come first, outputs last; a study has at least one parameter, and an output name (such as
        // "cycles") may also be a measurement's parameter, so the outputs are the output names at the end.
        int firstOutput = status;
        while (firstOutput > 2 && StudyOutput.named(header.get(firstOutput - 1)).isPresent()) {
            firstOutput--;
        }
        List<String> parameters = header.subList(1, firstOutput);
        List<String> outputs = header.subList(firstOutput, status);
        int rows = lines.size() - 1;
        double[][] values = new double[rows][];
        double[][] results = new double[rows][];
        boolean[] failed = new boolean[rows];
        String[] messages = new String[rows];
        long[] indices = new long[rows];
        List<List<String>> categories = new ArrayList<>();
        parameters.forEach(parameter -> categories.add(new ArrayList<>()));
        for (int row = 0; row < rows; row++) {
            List<String> fields = fields(lines.get(row + 1));
            if (fields.size() <= status) {
                throw new IOException(points + " line " + (row + 2) + " has " + fields.size() + " fields, not "
                        + header.size());
            }
            indices[row] = (long) number(fields.get(0), points, row + 2);
            values[row] = new double[parameters.size()];
            results[row] = new double[outputs.size()];
            for (int c = 1; c < firstOutput; c++) {
                values[row][c - 1] = parameter(fields.get(c), categories.get(c - 1), points, row + 2);
            }
            for (int c = firstOutput; c < status; c++) {
                results[row][c - firstOutput] = number(fields.get(c), points, row + 2);
            }
            failed[row] = "failed".equals(fields.get(status));
            messages[row] = fields.size() > status + 1 ? fields.get(status + 1) : "";
        }
        return new StudyResults(folder.getFileName().toString(), List.copyOf(parameters), List.copyOf(outputs),
                values, results, failed, messages, optimum(folder.resolve(OPTIMUM), parameters, outputs, categories),
                indices, front(folder.resolve(PARETO)), bands(folder.resolve(DISTRIBUTIONS)),
                categories.stream().map(List::copyOf).toList());
    }

    /** pareto.csv: the index first, the objectives ("minimize ASR") last; no index when no point met the bounds. */
    private static Optional<Front> front(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = lines.isEmpty() ? List.of() : fields(lines.get(0));
        List<String> goals = header.stream().filter(c -> c.startsWith("minimize ") || c.startsWith("maximize "))
                .toList();
        List<Long> indices = new ArrayList<>();
        for (int line = 1; line < lines.size(); line++) {
            String first = fields(lines.get(line)).get(0);
            if (!first.startsWith("none")) {
                indices.add((long) number(first, file, line + 1));
            }
        }
        return Optional.of(new Front(goals, indices.stream().mapToLong(Long::longValue).toArray()));
    }

    /** distributions.csv: point, the design's parameters, samples, then "output statistic" columns. */
    private static Optional<Bands> bands(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = lines.isEmpty() ? List.of() : fields(lines.get(0));
        int samples = header.indexOf("samples");
        if (samples < 1) {
            throw new IOException(file + " is not a study's distributions file (its header has no samples)");
        }
        double[][] values = new double[lines.size() - 1][];
        double[][] statistics = new double[lines.size() - 1][];
        for (int row = 0; row < values.length; row++) {
            List<String> fields = fields(lines.get(row + 1));
            if (fields.size() != header.size()) {
                throw new IOException(file + " line " + (row + 2) + " has " + fields.size() + " fields, not "
                        + header.size());
            }
            double[] numbers = new double[fields.size()];
            for (int c = 0; c < numbers.length; c++) {
                numbers[c] = number(fields.get(c), file, row + 2);
            }
            values[row] = Arrays.copyOfRange(numbers, 1, samples);
            statistics[row] = Arrays.copyOfRange(numbers, samples + 1, numbers.length);
        }
        return Optional.of(new Bands(List.copyOf(header.subList(1, samples)), values,
                List.copyOf(header.subList(samples + 1, header.size())), statistics));
    }

    /**
     * The values of an output (by name) or a parameter (by its slot, the first word of its column), point by point;
     * empty if the study has neither.
     */
    public Optional<double[]> quantity(String name) {
        if (outputs.contains(name)) {
            return Optional.of(output(outputs.indexOf(name)));
        }
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).equals(name) || parameters.get(i).startsWith(name + " ")) {
                return Optional.of(parameter(i));
            }
        }
        return Optional.empty();
    }

    /** The row of the point of that index, or -1. */
    public int row(long index) {
        for (int row = 0; row < indices.length; row++) {
            if (indices[row] == index) {
                return row;
            }
        }
        return -1;
    }

    /** The last row of optimum.csv, whose columns follow points.csv's: method, parameters, outputs, objective. */
    private static Optional<Optimum> optimum(Path file, List<String> parameters, List<String> outputs,
            List<List<String>> categories) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int width = 2 + parameters.size() + outputs.size();
        if (lines.size() < 2) {
            return Optional.empty();
        }
        List<String> header = fields(lines.get(0));
        List<String> last = fields(lines.get(lines.size() - 1));
        if (header.size() != width || last.size() != width) {
            // "none: no point that ran meets every bound", or a file of another layout.
            return Optional.empty();
        }
        double[] values = new double[parameters.size()];
        double[] results = new double[outputs.size()];
        for (int c = 1; c <= parameters.size(); c++) {
            values[c - 1] = parameter(last.get(c), categories.get(c - 1), file, lines.size());
        }
        for (int c = parameters.size() + 1; c < width - 1; c++) {
            results[c - 1 - parameters.size()] = number(last.get(c), file, lines.size());
        }
        return Optional.of(new Optimum(last.get(0), values, results, header.get(width - 1),
                number(last.get(width - 1), file, lines.size())));
    }

    /** The number of points. */
    public int size() {
        return values.length;
    }

    /** Points whose run failed. */
    public int failures() {
        int count = 0;
        for (boolean each : failed) {
            count += each ? 1 : 0;
        }
        return count;
    }

    /** The values of one parameter, point by point. */
    public double[] parameter(int parameter) {
        double[] column = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            column[i] = values[i][parameter];
        }
        return column;
    }

    /** The values of one output, point by point (NaN where missing). */
    public double[] output(int output) {
        double[] column = new double[results.length];
        for (int i = 0; i < results.length; i++) {
            column[i] = results[i][output];
        }
        return column;
    }

    /** "ASR (Ω cm²)": an output with its unit, as axes and legends title it. */
    public static String titled(String output) {
        String unit = StudyOutput.named(output).map(StudyOutput::unit).orElse("");
        return unit.isEmpty() ? output : output + " (" + unit + ")";
    }

    /** A parameter's value: its number, or for a column of names (the stack chosen) the name's position. */
    private static double parameter(String field, List<String> names, Path file, int line) throws IOException {
        if (names.isEmpty() && (field.isEmpty() || numeric(field))) {
            return number(field, file, line);
        }
        if (!names.contains(field)) {
            names.add(field);
        }
        return names.indexOf(field);
    }

    private static boolean numeric(String field) {
        try {
            Double.parseDouble(field);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double number(String field, Path file, int line) throws IOException {
        if (field.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(field);
        } catch (NumberFormatException e) {
            throw new IOException(file + " line " + line + ": '" + field + "' is not a number");
        }
    }

    /** The fields of a CSV line; a quoted field may hold commas and doubled quotes. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
