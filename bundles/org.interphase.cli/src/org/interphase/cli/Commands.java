package org.interphase.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.eclipse.xtext.diagnostics.Severity;
import org.interphase.analysis.AnalysisException;
import org.interphase.analysis.AnalysisResults;
import org.interphase.analysis.FitRequest;
import org.interphase.analysis.ImpedanceAnalysis;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.dsl.ide.server.InterphaseServer;
import org.interphase.dsl.library.Libraries;
import org.interphase.library.MaterialLibrary;
import org.interphase.model.Experiment;
import org.interphase.model.Model;
import org.interphase.model.Study;
import org.interphase.runs.ResultFolder;
import org.interphase.runs.ResultFolderException;
import org.interphase.sim.SimulationException;
import org.interphase.sim.electrochem.RunCancelledException;
import org.interphase.study.LocalExecutor;
import org.interphase.study.Optimum;
import org.interphase.study.StudyCompiler;
import org.interphase.study.StudyExecutor;
import org.interphase.study.StudyException;
import org.interphase.study.StudyPlan;
import org.interphase.study.StudyRunner;
import org.interphase.study.StudySource;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The commands of the headless command line, shared by {@link Main} and {@link HeadlessApplication}; picocli parses
 * the arguments and writes the help of every command. Exit codes: 0 success, 1 errors in the files or a failed
 * simulation, 2 wrong usage or paths, 130 cancelled (as shells report Ctrl+C).
 */
@Command(name = "interphase", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = Commands.Version.class, synopsisSubcommandLabel = "COMMAND",
        description = "Checks and simulates Interphase model files (.iph) without the workbench, analyses measured "
                + "impedance spectra (fit, kk, drt), and serves the language to editors.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "  0:success", "  1:errors in the files, or a failed simulation",
                "  2:wrong usage or paths", "130:cancelled (Ctrl+C)" })
final class Commands implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int CANCELLED = 130;
    /** The Spark engine's executor, in releng/org.interphase.spark. */
    private static final String SPARK_EXECUTOR = "org.interphase.spark.SparkExecutor";

    private final PrintStream out;
    private final PrintStream err;
    private final BooleanSupplier cancelled;
    private final Path workingDirectory = Path.of("").toAbsolutePath();

    @Spec
    private CommandSpec spec;

    Commands(PrintStream out, PrintStream err, BooleanSupplier cancelled) {
        this.out = out;
        this.err = err;
        this.cancelled = cancelled;
    }

    int run(String[] args) {
        CommandLine line = new CommandLine(this);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setExecutionExceptionHandler((exception, command, parsed) -> {
            if (exception instanceof UsageException) {
                err.println("interphase " + command.getCommandName() + ": " + exception.getMessage());
                err.println("(see 'interphase " + command.getCommandName() + " --help')");
                return USAGE;
            }
            throw exception;
        });
        return line.execute(args);
    }

    /** Without a command: the overview, as an error because nothing was done. */
    @Override
    public Integer call() {
        spec.commandLine().usage(err);
        return USAGE;
    }

    @Command(name = "validate", description = "Checks every .iph file given or found under a given folder and "
            + "prints file:line:col: severity: message for each problem, then a count.")
    int validate(@Parameters(paramLabel = "<file or folder>", arity = "1..*",
            description = "the .iph files or folders to check") List<String> paths) throws UsageException {
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

    @Command(name = "simulate", description = "Runs the experiments of a file (all, or the one named) and writes "
            + "the saved run <experiment>.iphrun, the time series, summary.csv and report.txt into a folder that "
            + "appears only when complete. Ctrl+C cancels and leaves nothing behind.")
    int simulate(@Parameters(paramLabel = "<file>", description = "the .iph file with the experiments") String file,
            @Option(names = "--experiment", paramLabel = "<name>",
                    description = "run only this experiment") String experimentName,
            @Option(names = "--out", paramLabel = "<dir>",
                    description = "results folder (default ./out/<experiment>; one subfolder per experiment when "
                            + "several run)") Path outFolder,
            @Option(names = "--force",
                    description = "replaces an earlier Interphase result in the folder (a folder that exists is "
                            + "otherwise used only if empty)") boolean force)
            throws UsageException {
        Path outDir = outFolder == null ? null : outFolder.toAbsolutePath().normalize();
        ResultFolder.Replace replace = force ? ResultFolder.Replace.EARLIER_RESULT : ResultFolder.Replace.NEVER;
        Path path = Path.of(file).toAbsolutePath().normalize();
        ModelFiles files = project(file, path, "simulating");
        if (files == null) {
            return FAILED;
        }
        List<Experiment> experiments = experiments(files, path, experimentName);
        MaterialLibrary library = Libraries.installed();
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

    /**
     * The file's folder loaded as its project (the files it imports come with it) and validated; null, with the
     * errors printed, if there are any.
     */
    private ModelFiles project(String file, Path path, String before) throws UsageException {
        if (!Files.isRegularFile(path)) {
            throw new UsageException(file + " is not a file");
        }
        ModelFiles files = ModelFiles.load(List.of(path.getParent().toString(), path.toString()));
        List<ModelFiles.Problem> errors = files.validate().stream().filter(ModelFiles.Problem::isError).toList();
        if (errors.isEmpty()) {
            return files;
        }
        errors.forEach(problem -> err.println(problem.describe(workingDirectory)));
        err.println("interphase: fix the errors above before " + before);
        return null;
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

    @Command(name = "fit", description = "Fits an equivalent circuit to a measured impedance spectrum (any format"
            + " the importers read, or the file an .iph experiment's impedance sweep names) and writes fit.csv (data,"
            + " fitted curve, residuals) and report.txt (parameters with standard errors, χ², residuals).")
    int fit(@Mixin AnalysisTarget target,
            @Option(names = "--circuit", paramLabel = "<circuit>", description = "impedance.py string"
                    + " (R0-p(R1,CPE1)-Wo1) or Boukamp CDC (R(RQ)W); default: the fit clause of the experiment's"
                    + " measurement, with its initial values") String circuit,
            @Option(names = "--initial", paramLabel = "<values>", description = "starting values: all in parameter"
                    + " order (100,2e-7,0.9,...) or by name (R1=100,CPE1_alpha=0.9); default: read off the data")
            String initial,
            @Option(names = "--fix", paramLabel = "<name=value,...>", description = "values held fixed") String fix,
            @Option(names = "--bounds", paramLabel = "<name=lower:upper,...>", description = "parameter bounds")
            String bounds,
            @Option(names = "--frequency-bounds", paramLabel = "<element=lower:upper,...>", description =
                    "bounds in Hz on the characteristic frequency of a C or CPE (its arc with the parallel resistor)"
                            + " or of a Wo, Ws or G element") String frequencyBounds) throws UsageException {
        List<Double> ordered = new ArrayList<>();
        java.util.Map<String, Double> named = java.util.Map.of();
        if (initial != null && initial.contains("=")) {
            named = Analyses.named("--initial", initial);
        } else if (initial != null) {
            for (String value : initial.split(",")) {
                ordered.add(Analyses.number("--initial", value));
            }
        }
        org.interphase.sim.impedance.FitConstraints constraints = new org.interphase.sim.impedance.FitConstraints(
                Analyses.named("--fix", fix), Analyses.bounds("--bounds", bounds),
                Analyses.frequencies("--frequency-bounds", frequencyBounds));
        java.util.Map<String, Double> start = named;
        return analyse(target, "fit", source -> {
            // The experiment's fit clause comes with its own starting values, unless the command line gives others.
            var clause = source.measurement().filter(sweep -> circuit == null && sweep.getFitCircuit() != null);
            if (circuit == null && clause.isEmpty()) {
                throw new AnalysisException("name the circuit with --circuit, or write fit \"R0-p(R1,CPE1)\" in the"
                        + " experiment's impedance measurement");
            }
            FitRequest request = new FitRequest(circuit != null ? circuit : clause.get().getFitCircuit(), ordered,
                    clause.isPresent() && initial == null ? Analyses.initial(clause.get()) : start, constraints);
            return new AnalysisResults(source.name(), java.util.Optional.of(ImpedanceAnalysis.fit(source.spectrum(),
                    request)), java.util.Optional.empty(), java.util.Optional.empty());
        });
    }

    @Command(name = "kk", description = "Tests a measured impedance spectrum with the linear Kramers–Kronig test"
            + " (Schönleber et al. 2014) and writes kramers-kronig.csv (KK model and residuals) and report.txt (M, μ,"
            + " residuals, verdict). Exit code 1 if the data are not Kramers–Kronig consistent.")
    int kk(@Mixin AnalysisTarget target,
            @Option(names = "--m", paramLabel = "<N>", description = "number of RC elements (default: that of the"
                    + " experiment's kramers-kronig clause, else the first M whose μ is at or below 0.85)")
            Integer elements) throws UsageException {
        boolean[] valid = {true};
        int code = analyse(target, "kk", source -> {
            var result = ImpedanceAnalysis.kramersKronig(source.spectrum(), elements != null
                    ? java.util.OptionalInt.of(elements) : source.measurement()
                            .filter(sweep -> sweep.isSetKramersKronigElements())
                            .map(sweep -> java.util.OptionalInt.of(sweep.getKramersKronigElements()))
                            .orElse(java.util.OptionalInt.empty()));
            valid[0] = result.valid();
            return new AnalysisResults(source.name(), java.util.Optional.empty(), java.util.Optional.of(result),
                    java.util.Optional.empty());
        });
        return code == OK && !valid[0] ? FAILED : code;
    }

    @Command(name = "drt", description = "Computes the distribution of relaxation times of a measured impedance"
            + " spectrum (Tikhonov-regularised, non-negative) and writes drt.csv (γ over τ) and report.txt (peaks with"
            + " τ and R, λ and the rule that chose it).")
    int drt(@Mixin AnalysisTarget target,
            @Option(names = "--lambda", paramLabel = "<λ>", description = "regularisation parameter (default: that of"
                    + " the experiment's drt clause, else the discrepancy rule, stated in the report)") Double lambda)
            throws UsageException {
        return analyse(target, "drt", source -> new AnalysisResults(source.name(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of(
                        ImpedanceAnalysis.drt(source.spectrum(), lambda != null ? java.util.OptionalDouble.of(lambda)
                                : source.measurement().filter(sweep -> sweep.isSetDrtLambda())
                                        .map(sweep -> java.util.OptionalDouble.of(sweep.getDrtLambda()))
                                        .orElse(java.util.OptionalDouble.empty())))));
    }

    /** One analysis of a spectrum. */
    private interface Analysis {
        AnalysisResults run(Analyses.Source source) throws AnalysisException;
    }

    /** The spectrum and results folder of an analysis command: picocli adds these options to each. */
    static final class AnalysisTarget {

        @Parameters(paramLabel = "<file>", description = "measured spectrum, or an .iph file with --experiment")
        String file;

        @Option(names = "--experiment", paramLabel = "<name>", description = "the experiment of an .iph file")
        String experiment;

        @Option(names = "--out", paramLabel = "<dir>", description = "results folder (default ./out/<file>-<command>)")
        Path outFolder;

        @Option(names = "--force", description = "replaces an earlier Interphase result in the folder")
        boolean force;
    }

    private int analyse(AnalysisTarget target, String kind, Analysis analysis) throws UsageException {
        try {
            Analyses.Source source = Analyses.read(target.file, target.experiment);
            Path folder = target.outFolder != null ? target.outFolder.toAbsolutePath().normalize()
                    : workingDirectory.resolve("out").resolve(source.stem() + "-" + kind);
            AnalysisResults results = analysis.run(source);
            Path written = Analyses.write(results, folder, target.force ? ResultFolder.Replace.EARLIER_RESULT
                    : ResultFolder.Replace.NEVER, out);
            out.println("results in " + written);
            return OK;
        } catch (AnalysisException e) {
            err.println("interphase " + kind + ": " + e.getMessage());
            return FAILED;
        } catch (ResultFolderException e) {
            err.println("interphase " + kind + ": " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("interphase " + kind + ": cannot write the results: " + e.getMessage());
            return FAILED;
        }
    }

    @Command(name = "study", description = "Runs a design study of a file: its experiment at every point of the "
            + "study, on all cores. Writes points.csv (every point's parameters, outputs and status; on Spark also "
            + "as points.parquet), optimum.csv and report.txt into a folder that appears only when the study is complete. A study stopped by Ctrl+C "
            + "or a kill goes on from where it stopped when the same command is run again.")
    int study(@Parameters(paramLabel = "<file>", description = "the .iph file with the study") String file,
            @Option(names = "--study", paramLabel = "<name>", description = "the study to run when the file has "
                    + "several") String studyName,
            @Option(names = "--out", paramLabel = "<dir>", description = "results folder (default ./out/<study>)")
            Path outFolder,
            @Option(names = "--force", description = "replaces an earlier Interphase result in the folder")
            boolean force,
            @Option(names = "--threads", paramLabel = "<n>", description = "worker threads (default: one per core)")
            Integer threads,
            @Option(names = "--engine", paramLabel = "<engine>", description = "local or spark (default: the "
                    + "study's engine, else local)") String engineOption,
            @Option(names = "--master", paramLabel = "<url>", defaultValue = "local[*]", description = "the Spark "
                    + "master with --engine spark: local[2], spark://host:7077, ... (default local[*])")
            String master) throws UsageException {
        if (engineOption != null && !List.of("local", "spark").contains(engineOption)) {
            throw new UsageException("unknown engine '" + engineOption + "'; use local or spark");
        }
        if (threads != null && threads < 1) {
            throw new UsageException("--threads must be 1 or more");
        }
        Path path = Path.of(file).toAbsolutePath().normalize();
        ModelFiles files = project(file, path, "running the study");
        if (files == null) {
            return FAILED;
        }
        Study study = study(files, path, studyName);
        String engine = engineOption != null ? engineOption : study.getEngine() != null ? study.getEngine() : "local";
        StudyExecutor executor = engine.equals("spark") ? sparkExecutor(master)
                : threads == null ? LocalExecutor.allCores() : new LocalExecutor(threads);
        Path target = outFolder == null ? workingDirectory.resolve("out").resolve(study.getName())
                : outFolder.toAbsolutePath().normalize();
        StudySource source = new StudySource(files.files().stream().map(Path::toString).toList(), study.getName());
        try {
            StudyPlan plan = StudyCompiler.compile(study);
            ConsoleProgress progress = new ConsoleProgress(err, study.getName(), cancelled);
            StudyRunner.Outcome outcome = StudyRunner.run(plan, source, target, force
                    ? ResultFolder.Replace.EARLIER_RESULT : ResultFolder.Replace.NEVER, executor, progress);
            progress.done();
            out.println(String.format(java.util.Locale.ROOT, "%s: %d points (%d failed) in %.1f s, %.1f points/s%s;"
                    + " results in %s", study.getName(), outcome.points(), outcome.failed(), outcome.seconds(),
                    outcome.pointsPerSecond(), outcome.resumedAt() > 0 ? " (resumed at point "
                            + outcome.resumedAt() + ")" : "", outcome.folder()));
            outcome.optimum().ifPresent(found -> out.println(study.getName() + ": optimum "
                    + Optimum.describe(plan, found) + ", see " + outcome.folder().resolve("optimum.csv")));
            plan.objective().filter(objective -> !objective.also().isEmpty()).ifPresent(objective -> out.println(
                    study.getName() + ": " + (outcome.front().isEmpty() ? "no point meets the bounds of "
                            : "Pareto front of " + outcome.front().size() + " points for ") + objective.goals()
                            + ", see " + outcome.folder().resolve("pareto.csv")));
            return OK;
        } catch (ResultFolderException e) {
            err.println("interphase: " + study.getName() + ": " + e.getMessage());
            return USAGE;
        } catch (RunCancelledException e) {
            err.println();
            err.println("interphase: cancelled; the points done are kept: run the same command to go on");
            return CANCELLED;
        } catch (StudyException | IOException | UncheckedIOException e) {
            err.println();
            err.println("interphase: " + study.getName() + ": " + e.getMessage());
            return FAILED;
        }
    }

    /**
     * The Spark engine (releng/org.interphase.spark), found by name: the product and this bundle do not carry Spark,
     * and the interphase script puts the engine and Spark on the class path for a study on Spark.
     */
    private static StudyExecutor sparkExecutor(String master) throws UsageException {
        try {
            return (StudyExecutor) Class.forName(SPARK_EXECUTOR).getConstructor(String.class).newInstance(master);
        } catch (ClassNotFoundException e) {
            throw new UsageException("the spark engine is not on the class path: run the study with ./interphase "
                    + "study, after ./interphase build; or use --engine local");
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new UsageException("the spark engine refuses master '" + master + "': "
                    + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(SPARK_EXECUTOR + " cannot be made", e);
        }
    }

    private static Study study(ModelFiles files, Path path, String name) throws UsageException {
        Model model = (Model) files.resource(path).getContents().get(0);
        List<Study> all = model.getElements().stream().filter(Study.class::isInstance).map(Study.class::cast)
                .toList();
        if (all.isEmpty()) {
            throw new UsageException(path.getFileName() + " has no study to run");
        }
        if (name == null && all.size() > 1) {
            throw new UsageException(path.getFileName() + " has several studies; choose one with --study: "
                    + all.stream().map(Study::getName).toList());
        }
        return all.stream().filter(s -> name == null || name.equals(s.getName())).findFirst()
                .orElseThrow(() -> new UsageException(path.getFileName() + " has no study '" + name + "'; it has "
                        + all.stream().map(Study::getName).toList()));
    }

    @Command(name = "lsp", description = "Serves the language over the Language Server Protocol (diagnostics, "
            + "completion, hover, navigation, rename, formatting, semantic tokens, quick fixes): on standard input "
            + "and output, or on 127.0.0.1:<port>. The workspace is the folder the editor opens.")
    int lsp(@Option(names = "--socket", paramLabel = "<port>",
            description = "listen on 127.0.0.1:<port> (0: a free port, printed on start) instead of stdio")
            Integer port) throws IOException, InterruptedException {
        if (port != null) {
            InterphaseServer.listen(port, err);
            return OK;
        }
        // Standard output carries the protocol from now on: anything else printed goes to the error stream.
        System.setOut(err);
        try {
            InterphaseServer.connect(System.in, out).get();
        } catch (ExecutionException e) {
            err.println("interphase lsp: the connection failed: " + e.getCause());
            return FAILED;
        }
        return OK;
    }

    /** "Interphase 0.1.0.<build>" from the manifest of the jar this class comes from, and the Java running it. */
    static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            return new String[] { "Interphase " + interphaseVersion(),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.home") + ")" };
        }

        private static String interphaseVersion() {
            try {
                Path location = Path.of(Commands.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isRegularFile(location)) {
                    try (JarFile jar = new JarFile(location.toFile())) {
                        Manifest manifest = jar.getManifest();
                        String version = manifest == null ? null
                                : manifest.getMainAttributes().getValue("Bundle-Version");
                        if (version != null) {
                            return version;
                        }
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // falls through: a class folder of a development build has no manifest to read
            }
            return "(development build)";
        }
    }
}
