package org.interphase.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.study.StudyOutput;
import org.interphase.dsl.study.StudySlots;
import org.interphase.model.Experiment;
import org.interphase.model.Study;
import org.interphase.model.run.Result;
import org.interphase.model.run.RunValue;
import org.interphase.runs.Execution;
import org.interphase.runs.RunExecutor;
import org.interphase.sim.electrochem.RunMonitor;

/**
 * Runs a point as the experiment it stands for: the point's values are written into this evaluator's own copy of
 * the model, the experiment is compiled and run by {@link RunExecutor} as a single run would be, and the outputs
 * are read from the run's summary by their {@link StudyOutput} names.
 */
final class ModelPointEvaluator implements PointEvaluator {

    private final StudyPlan plan;
    private final Experiment experiment;
    private final List<EObject> targets = new ArrayList<>();
    private final List<StudyOutput> outputs;
    private final RunExecutor executor = new RunExecutor(Libraries.installed());

    ModelPointEvaluator(StudyPlan plan, Study study) {
        this.plan = plan;
        this.experiment = study.getExperiment();
        ResourceSet resources = study.eResource().getResourceSet();
        for (Axis axis : plan.axes()) {
            targets.add(axis.targetUri() == null ? null : resources.getEObject(URI.createURI(axis.targetUri()), true));
        }
        this.outputs = plan.outputs().stream().map(name -> StudyOutput.named(name)
                .orElseThrow(() -> new StudyException("no output named " + name))).toList();
    }

    @Override
    public PointResult evaluate(StudyPoint point) {
        try {
            for (int i = 0; i < targets.size(); i++) {
                Axis axis = plan.axes().get(i);
                StudySlots.apply(targets.get(i), axis.slot(), experiment, point.value(i), axis.unit());
            }
            Execution execution = executor.execute(experiment, RunMonitor.NONE);
            return new PointResult(point, outputs(execution), false, "");
        } catch (RuntimeException e) {
            // A point the compiler or an engine refuses is recorded with the reason; the study goes on.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return PointResult.failed(point, outputs.size(), message.replaceAll("\\s+", " ").strip());
        }
    }

    private double[] outputs(Execution execution) {
        double[] values = new double[outputs.size()];
        Arrays.fill(values, Double.NaN);
        // The run's first results are its measurements', in order; growth results follow.
        List<Result> measured = execution.run().getResults().subList(0, execution.measured().size());
        for (int i = 0; i < outputs.size(); i++) {
            StudyOutput output = outputs.get(i);
            for (Result result : measured) {
                for (RunValue value : result.getSummary()) {
                    if (output.matches(value.getName()) && (Double.isNaN(values[i]) || output == StudyOutput.capacity
                            || output == StudyOutput.retention)) {
                        values[i] = value.getValue();
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
