package org.interphase.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.library.FilesLibrary;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.study.StudyOutput;
import org.interphase.dsl.study.StudySlots;
import org.interphase.library.MaterialLibrary;
import org.interphase.model.Experiment;
import org.interphase.model.Stack;
import org.interphase.model.Study;
import org.interphase.runs.Measured;
import org.interphase.runs.RunExecutor;
import org.interphase.runs.Summaries;
import org.interphase.sim.electrochem.RunMonitor;

/**
 * Runs a point as the experiment it stands for: the point's values are written into this evaluator's own copy of
 * the model, the experiment is compiled and its engines run as {@link RunExecutor} runs them, and the outputs are
 * the run's {@link Summaries} values of their {@link StudyOutput} names. No run model is built: a point needs its
 * few key values, not its curves. The files' library is combined once per evaluator unless a parameter changes
 * what the files declare for it (a material's property).
 */
final class ModelPointEvaluator implements PointEvaluator {

    private final StudyPlan plan;
    private final Experiment experiment;
    private final List<EObject> targets = new ArrayList<>();
    /** Per axis, the stacks it chooses from (empty for an axis of numbers). */
    private final List<List<Stack>> stacks = new ArrayList<>();
    private final List<StudyOutput> outputs;
    private final ModelCompiler compiler;

    ModelPointEvaluator(StudyPlan plan, Study study) {
        this.plan = plan;
        this.experiment = study.getExperiment();
        ResourceSet resources = study.eResource().getResourceSet();
        for (Axis axis : plan.axes()) {
            targets.add(axis.targetUri() == null ? null : resources.getEObject(URI.createURI(axis.targetUri()), true));
            stacks.add(axis.choices().stream()
                    .map(choice -> (Stack) resources.getEObject(URI.createURI(choice.uri()), true)).toList());
        }
        this.outputs = plan.outputs().stream().map(name -> StudyOutput.named(name)
                .orElseThrow(() -> new StudyException("no output named " + name))).toList();
        MaterialLibrary library = Libraries.installed();
        FilesLibrary files = FilesLibrary.of(study.eResource(), library);
        this.compiler = new ModelCompiler(library, changesLibrary(files) ? null : files);
    }

    /** Whether a parameter is a value inside what the files declare for the library. */
    private boolean changesLibrary(FilesLibrary files) {
        Set<EObject> declared = new HashSet<>(files.written().declared());
        for (EObject target : targets) {
            for (EObject at = target; at != null; at = at.eContainer()) {
                if (declared.contains(at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Writes the point's values into this evaluator's model; returns its experiment, as the point runs it. */
    Experiment apply(StudyPoint point) {
        for (int i = 0; i < targets.size(); i++) {
            Axis axis = plan.axes().get(i);
            if (axis.kind() == Axis.Kind.CHOICE) {
                StudySlots.choose(experiment, stacks.get(i).get((int) point.value(i)));
            } else {
                StudySlots.apply(targets.get(i), axis.slot(), experiment, point.value(i), axis.unit());
            }
        }
        return experiment;
    }

    @Override
    public PointResult evaluate(StudyPoint point) {
        try {
            List<Measured> measured = RunExecutor.measure(compiler.compile(apply(point)), RunMonitor.NONE);
            return new PointResult(point, outputs(measured), false, "");
        } catch (RuntimeException e) {
            // A point the compiler or an engine refuses is recorded with the reason; the study goes on.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return PointResult.failed(point, outputs.size(), message.replaceAll("\\s+", " ").strip());
        }
    }

    /** Each output from the first measurement that reports it; capacity and retention from its last value. */
    private double[] outputs(List<Measured> measured) {
        double[] values = new double[outputs.size()];
        Arrays.fill(values, Double.NaN);
        List<List<Summaries.Value>> summaries = measured.stream().map(Summaries::of).toList();
        for (int i = 0; i < outputs.size(); i++) {
            StudyOutput output = outputs.get(i);
            for (List<Summaries.Value> summary : summaries) {
                for (Summaries.Value value : summary) {
                    if (output.matches(value.name()) && (Double.isNaN(values[i]) || output == StudyOutput.capacity
                            || output == StudyOutput.retention)) {
                        values[i] = value.value();
                    }
                }
                if (!Double.isNaN(values[i])) {
                    break;
                }
            }
        }
        return values;
    }
}
