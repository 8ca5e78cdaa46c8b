package org.interphase.study;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.interphase.dsl.InterphaseStandaloneSetup;
import org.interphase.model.Experiment;
import org.interphase.model.Model;
import org.interphase.model.Study;

import com.google.inject.Injector;

/**
 * Where a study is written, as plain data: its files (the study's file and the project files it links against) and
 * its name. Each worker loads its own copy of the model from it, because a point's values are written into the
 * model before it is compiled, and models are not shared between threads.
 *
 * @param files absolute paths of the .iph files, the study's among them
 * @param study the study's name
 */
public record StudySource(List<String> files, String study) implements Evaluators {

    private static final long serialVersionUID = 1L;

    /** Setting the language up takes a moment and is needed once per process (or Spark executor). */
    private static final class Language {
        static final Injector INJECTOR = new InterphaseStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    public StudySource {
        files = List.copyOf(files);
    }

    /**
     * Loads a fresh copy of the model and returns its study.
     *
     * @throws StudyException if the files hold no study of that name
     */
    public Study load() {
        XtextResourceSet resources = Language.INJECTOR.getInstance(XtextResourceSet.class);
        for (String file : files) {
            resources.getResource(URI.createFileURI(Path.of(file).toAbsolutePath().toString()), true);
        }
        EcoreUtil.resolveAll(resources);
        return resources.getResources().stream().flatMap(r -> r.getContents().stream())
                .filter(Model.class::isInstance).flatMap(m -> ((Model) m).getElements().stream())
                .filter(Study.class::isInstance).map(Study.class::cast).filter(s -> study.equals(s.getName()))
                .findFirst().orElseThrow(() -> new StudyException("no study " + study + " in " + files));
    }

    /**
     * The study's experiment, on a fresh copy of the model, with a point's values written in exactly as the study
     * ran it: simulated as any experiment, it gives the point's whole run (curves, not only its outputs).
     *
     * @throws RuntimeException as the study's points fail, if a value cannot be written (its reason)
     */
    public Experiment experimentAt(StudyPlan plan, StudyPoint point) {
        return new ModelPointEvaluator(plan, load()).apply(point);
    }

    /**
     * The experiment of point {@code index} of the study's results folder (or the folder of its points.csv), as
     * {@link #experimentAt}: the study is compiled as written now, and its points are the results' only if their
     * columns are the same.
     *
     * @throws StudyException if the folder holds no results of this study as it is written now, or no such point
     * @throws IOException    if points.csv cannot be read
     */
    public Experiment experimentOf(Path results, long index) throws IOException {
        Study loaded = load();
        StudyPlan plan = StudyCompiler.compile(loaded);
        Path points = (Files.isDirectory(results) ? results : results.getParent()).resolve(PointsFile.NAME);
        String header;
        try (BufferedReader reader = Files.newBufferedReader(points, StandardCharsets.UTF_8)) {
            header = reader.readLine();
        } catch (NoSuchFileException e) {
            throw new StudyException(results + " has no " + PointsFile.NAME + ": run the study first");
        }
        if (!PointsFile.header(plan).equals(header)) {
            throw new StudyException("the study " + study + " has changed since " + points + " was written: run it"
                    + " again to open its points");
        }
        if (index < 0 || index >= plan.size()) {
            throw new StudyException("the study " + study + " has no point " + index + " (it has " + plan.size()
                    + ")");
        }
        return new ModelPointEvaluator(plan, loaded).apply(plan.point(index));
    }

    /** An evaluator of the plan's points on a model of its own. */
    @Override
    public PointEvaluator evaluator(StudyPlan plan) {
        return new ModelPointEvaluator(plan, load());
    }
}
