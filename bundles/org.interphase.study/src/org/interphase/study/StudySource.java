package org.interphase.study;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.interphase.dsl.InterphaseStandaloneSetup;
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

    /** An evaluator of the plan's points on a model of its own. */
    @Override
    public PointEvaluator evaluator(StudyPlan plan) {
        return new ModelPointEvaluator(plan, load());
    }
}
