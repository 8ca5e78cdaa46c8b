package org.interphase.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.xtext.diagnostics.Severity;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.library.MaterialLibrary;
import org.interphase.model.Experiment;
import org.interphase.model.Model;
import org.interphase.runs.ResultFolder;
import org.interphase.runs.ResultFolderException;
import org.interphase.sim.SimulationException;
import org.interphase.sim.electrochem.RunCancelledException;

/**
 * The commands of the headless command line, shared by {@link Main} and {@link HeadlessApplication}. Exit codes:
 * 0 success, 1 errors in the files or a failed simulation, 2 wrong usage or paths, 130 cancelled (as shells report
 * Ctrl+C).
 */
final class Commands {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int CANCELLED = 130;

    static final String USAGE_TEXT = """
            usage: interphase validate <files or folders>...
                     checks every .iph file found; prints file:line:col: severity: message
                   interphase simulate <file> [--experiment <name>] [--out <dir>] [--force]
                     runs the experiments of the file (all, or the one named) and writes the saved run
                     <experiment>.iphrun, the time series, summary.csv and report.txt into <dir>
                     (default ./out/<experiment>); a folder that exists is used only if it is empty or
                     holds an earlier Interphase result, which --force replaces""";

    private final PrintStream out;
    private final PrintStream err;
    private final BooleanSupplier cancelled;
    private final Path workingDirectory = Path.of("").toAbsolutePath();

    Commands(PrintStream out, PrintStream err, BooleanSupplier cancelled) {
        this.out = out;
        this.err = err;
        this.cancelled = cancelled;
    }

    int run(String[] args) {
        if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
            (args.length == 0 ? err : out).println(USAGE_TEXT);
            return args.length == 0 ? USAGE : OK;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "validate" -> validate(rest);
                case "simulate" -> simulate(rest);
                default -> throw new UsageException("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            err.println("interphase: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
    }

    private int validate(List<String> paths) throws UsageException {
        ModelFiles files = ModelFiles.load(paths);
        List<ModelFiles.Problem> problems = files.validate();
        problems.forEach(problem -> out.println(problem.describe(workingDirectory)));
        long errors = count(problems, Severity.ERROR);
        long infos = count(problems, Severity.INFO);
        out.println(files.files().size() + (files.files().size() == 1 ? " file" : " files") + " checked: "
                + counted(errors, "error") + ", " + counted(count(problems, Severity.WARNING), "warning")
                + (infos > 0 ? ", " + counted(infos, "note") : ""));
        return errors > 0 ? FAILED : OK;
    }

    private static long count(List<ModelFiles.Problem> problems, Severity severity) {
        return problems.stream().filter(problem -> problem.severity() == severity).count();
    }

    /** "1 error", "2 errors". */
    private static String counted(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private int simulate(List<String> args) throws UsageException {
        String file = null;
        String experimentName = null;
        Path outDir = null;
        ResultFolder.Replace replace = ResultFolder.Replace.NEVER;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--experiment" -> experimentName = value(args, ++i, arg);
                case "--out" -> outDir = Path.of(value(args, ++i, arg)).toAbsolutePath().normalize();
                case "--force" -> replace = ResultFolder.Replace.EARLIER_RESULT;
                default -> {
                    if (arg.startsWith("--") || file != null) {
                        throw new UsageException("unexpected argument '" + arg + "'");
                    }
                    file = arg;
                }
            }
        }
        if (file == null) {
            throw new UsageException("simulate needs the .iph file with the experiment");
        }
        Path path = Path.of(file).toAbsolutePath().normalize();
        if (!java.nio.file.Files.isRegularFile(path)) {
            throw new UsageException(file + " is not a file");
        }
        // The file's folder is its project: the files it imports are loaded with it.
        ModelFiles files = ModelFiles.load(List.of(path.getParent().toString(), path.toString()));
        List<ModelFiles.Problem> errors = files.validate().stream().filter(ModelFiles.Problem::isError).toList();
        if (!errors.isEmpty()) {
            errors.forEach(problem -> err.println(problem.describe(workingDirectory)));
            err.println("interphase: fix the errors above before simulating");
            return FAILED;
        }
        List<Experiment> experiments = experiments(files, path, experimentName);
        MaterialLibrary library = MaterialLibrary.installed();
        int code = OK;
        for (Experiment experiment : experiments) {
            Path target = outDir == null ? workingDirectory.resolve("out").resolve(experiment.getName())
                    : experiments.size() == 1 ? outDir : outDir.resolve(experiment.getName());
            try {
                Path written = new PlanRunner(library, err, cancelled).run(experiment, target, replace);
                out.println(experiment.getName() + ": results in " + written);
            } catch (ResultFolderException e) {
                err.println("interphase: " + experiment.getName() + ": " + e.getMessage());
                code = Math.max(code, USAGE);
            } catch (CompileException | SimulationException | UncheckedIOException e) {
                // One experiment that cannot run does not keep the file's others from running.
                err.println();
                err.println("interphase: " + experiment.getName() + ": " + e.getMessage());
                code = Math.max(code, FAILED);
            } catch (RunCancelledException e) {
                err.println();
                err.println("interphase: cancelled; nothing was written to " + target);
                return CANCELLED;
            }
        }
        return code;
    }

    private static List<Experiment> experiments(ModelFiles files, Path path, String name) throws UsageException {
        Model model = (Model) files.resource(path).getContents().get(0);
        List<Experiment> all = new ArrayList<>();
        model.getElements().stream().filter(Experiment.class::isInstance).map(Experiment.class::cast)
                .forEach(all::add);
        if (all.isEmpty()) {
            throw new UsageException(path.getFileName() + " has no experiment to simulate");
        }
        if (name == null) {
            return all;
        }
        return all.stream().filter(e -> name.equals(e.getName())).findFirst().map(List::of)
                .orElseThrow(() -> new UsageException(path.getFileName() + " has no experiment '" + name
                        + "'; it has " + all.stream().map(Experiment::getName).toList()));
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }
}
