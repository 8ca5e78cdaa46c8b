package org.interphase.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.analysis.AnalysisException;
import org.interphase.analysis.AnalysisFiles;
import org.interphase.analysis.AnalysisResults;
import org.interphase.analysis.ImpedanceAnalysis;
import org.interphase.model.Experiment;
import org.interphase.model.ImpedanceSweep;
import org.interphase.model.Measurement;
import org.interphase.model.Model;
import org.interphase.runs.ResultFolder;
import org.interphase.sim.impedance.CircuitSyntaxException;
import org.interphase.sim.impedance.FitConstraints;
import org.interphase.sim.impedance.ParameterValues;
import org.interphase.sim.impedance.Spectrum;

/**
 * The analysis commands' common part: reading the spectrum (a measured file, or the one an .iph experiment's
 * impedance sweep names), parsing name=value options, and writing the CSV files and report.txt into a claimed folder.
 */
final class Analyses {

    static final String REPORT = "report.txt";

    private Analyses() {
    }

    /**
     * A spectrum and the name it is reported under, with the impedance measurement that names it when it comes from
     * an .iph experiment, whose analysis clauses (fit "…", kramers-kronig M elements, drt lambda λ) give the
     * settings a command line does not.
     */
    record Source(Spectrum spectrum, String name, String stem, Optional<ImpedanceSweep> measurement) {
    }

    /**
     * @throws UsageException  if the file does not exist or an .iph file is given without a usable experiment
     * @throws AnalysisException if the file cannot be imported
     */
    static Source read(String file, String experimentName) throws UsageException, AnalysisException {
        Path path = Path.of(file).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new UsageException(file + " is not a file");
        }
        String stem = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        if (!path.getFileName().toString().endsWith(ModelFiles.EXTENSION)) {
            if (experimentName != null) {
                throw new UsageException("--experiment applies to an .iph file, not to " + path.getFileName());
            }
            return new Source(ImpedanceAnalysis.read(path), file, stem, Optional.empty());
        }
        ModelFiles files = ModelFiles.load(List.of(path.getParent().toString(), path.toString()));
        Model model = (Model) files.resource(path).getContents().get(0);
        List<Experiment> experiments = model.getElements().stream().filter(Experiment.class::isInstance)
                .map(Experiment.class::cast).filter(e -> experimentName == null || experimentName.equals(e.getName()))
                .toList();
        if (experimentName == null || experiments.isEmpty()) {
            throw new UsageException("name the experiment with --experiment; " + path.getFileName() + " has "
                    + model.getElements().stream().filter(Experiment.class::isInstance)
                            .map(e -> ((Experiment) e).getName()).toList());
        }
        for (Measurement measurement : experiments.get(0).getMeasurements()) {
            if (measurement instanceof ImpedanceSweep sweep && measurement.getMeasuredData() != null) {
                Path measured = path.getParent().resolve(measurement.getMeasuredData());
                return new Source(ImpedanceAnalysis.read(measured), measurement.getMeasuredData(),
                        experimentName, Optional.of(sweep));
            }
        }
        throw new UsageException("experiment " + experimentName + " has no impedance sweep that names a measured file"
                + " (impedance from 1 MHz to 1 Hz measured \"data/x.mpt\")");
    }

    /** "R1=100,CPE1_alpha=0.9" as an ordered map, read as a fit clause of the language reads it. */
    static Map<String, Double> named(String option, String text) throws UsageException {
        if (text == null) {
            return new LinkedHashMap<>();
        }
        try {
            return ParameterValues.parse(text);
        } catch (CircuitSyntaxException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    /** The starting values of a fit clause, {@code initial "R0=20, R1=100"}; none if it gives none. */
    static Map<String, Double> initial(ImpedanceSweep clause) throws AnalysisException {
        try {
            return clause.getFitInitial() == null ? Map.of() : ParameterValues.parse(clause.getFitInitial());
        } catch (CircuitSyntaxException e) {
            throw new AnalysisException("initial \"" + clause.getFitInitial() + "\": " + e.getMessage());
        }
    }

    /** "CPE1_alpha=0.5:1" as bounds. */
    static Map<String, FitConstraints.Bounds> bounds(String option, String text) throws UsageException {
        Map<String, FitConstraints.Bounds> bounds = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : ranges(option, text).entrySet()) {
            String[] range = entry.getValue().split(":", 2);
            bounds.put(entry.getKey(), new FitConstraints.Bounds(number(option, range[0]), number(option, range[1])));
        }
        return bounds;
    }

    /** "CPE2=1:5" as characteristic-frequency bounds in Hz. */
    static List<FitConstraints.FrequencyBounds> frequencies(String option, String text) throws UsageException {
        List<FitConstraints.FrequencyBounds> bounds = new ArrayList<>();
        for (Map.Entry<String, String> entry : ranges(option, text).entrySet()) {
            String[] range = entry.getValue().split(":", 2);
            bounds.add(new FitConstraints.FrequencyBounds(entry.getKey(), number(option, range[0]),
                    number(option, range[1])));
        }
        return bounds;
    }

    private static Map<String, String> ranges(String option, String text) throws UsageException {
        Map<String, String> ranges = new LinkedHashMap<>();
        if (text == null) {
            return ranges;
        }
        for (String item : text.split(",")) {
            String[] pair = item.split("=", 2);
            if (pair.length != 2 || !pair[1].contains(":")) {
                throw new UsageException(option + " takes name=lower:upper pairs separated by commas, got '" + item
                        + "'");
            }
            ranges.put(pair[0].trim(), pair[1].trim());
        }
        return ranges;
    }

    static double number(String option, String text) throws UsageException {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": '" + text.trim() + "' is not a number");
        }
    }

    /**
     * Claims {@code target}, writes the CSV files and report.txt of {@code results} into it and prints the report.
     *
     * @return the folder written
     */
    static Path write(AnalysisResults results, Path target, ResultFolder.Replace replace, PrintStream out)
            throws IOException {
        List<String> report = AnalysisFiles.report(results, "");
        try (ResultFolder folder = ResultFolder.claim(target, replace)) {
            AnalysisFiles.writeCsv(results, folder.staging(), "");
            Files.write(folder.staging().resolve(REPORT), report, StandardCharsets.UTF_8);
            folder.commit();
        }
        report.forEach(out::println);
        return target;
    }
}
