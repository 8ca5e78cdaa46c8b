package org.interphase.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.interphase.core.units.Dimension;
import org.interphase.dsl.study.StudyOutput;
import org.interphase.dsl.study.StudySlots;
import org.interphase.model.Constraint;
import org.interphase.model.Design;
import org.interphase.model.Experiment;
import org.interphase.model.Goal;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Objective;
import org.interphase.model.Quantity;
import org.interphase.model.Stack;
import org.interphase.model.Study;
import org.interphase.model.StudyParameter;

/**
 * Studies: every parameter path addresses a slot the engine can set, with values of its dimension and a range that
 * has points; every output and bound is one the experiment's measurements report; uncertain values have a
 * positive spread. A study with no error runs every point (a point may still fail in its engine, and is recorded).
 */
public class StudyChecks extends InterphaseCheckBase {

	private static final InterphasePackage P = InterphasePackage.eINSTANCE;

	@Check
	public void checkParameter(StudyParameter parameter) {
		if (!(parameter.eContainer() instanceof Study study) || !hasExperiment(study)
				|| parameter.getTarget() != null && parameter.getTarget().eIsProxy()) {
			return;
		}
		if (!parameter.getStacks().isEmpty() || isStack(parameter)) {
			checkStackChoice(study, parameter);
			return;
		}
		StudySlots.Resolution resolution = StudySlots.resolve(parameter.getTarget(), parameter.getSlot(),
				study.getExperiment());
		if (resolution.slot().isEmpty()) {
			error(resolution.problem(), parameter, P.getStudyParameter_Slot(), InterphaseIssueCodes.INVALID_STUDY);
			return;
		}
		List<Dimension> dimensions = resolution.slot().get().dimensions();
		for (Quantity quantity : List.of(parameter.getValues(), nonNull(parameter.getFrom()),
				nonNull(parameter.getTo()), nonNull(parameter.getStep()), nonNull(parameter.getNominal())).stream()
				.flatMap(List::stream).toList()) {
			Optional<org.interphase.core.units.Quantity> parsed = parse(quantity);
			if (parsed.isPresent() && !dimensions.contains(parsed.get().dimension())) {
				error(parameter.getSlot() + " takes " + dimensions.get(0).describe() + ", not '"
						+ parsed.get().text() + "'", quantity, P.getQuantity_Unit(),
						InterphaseIssueCodes.INVALID_STUDY);
				return;
			}
		}
		checkRange(parameter);
	}

	/** {@code vary stack over A, B}: stacks by name, each once, for the experiment's stack only, in one parameter. */
	private void checkStackChoice(Study study, StudyParameter parameter) {
		if (!isStack(parameter)) {
			error("only the experiment's stack is chosen by name: write 'vary stack over "
					+ String.join(", ", parameter.getStacks().stream().map(Stack::getName).toList()) + "'", parameter,
					P.getStudyParameter_Slot(), InterphaseIssueCodes.INVALID_STUDY);
		} else if (parameter.getStacks().isEmpty()) {
			error("the stack is chosen from stacks by name: write 'vary stack over SampleA, SampleB'", parameter,
					P.getStudyParameter_Slot(), InterphaseIssueCodes.INVALID_STUDY);
		} else if (study.getParameters().stream().takeWhile(p -> p != parameter).anyMatch(StudyChecks::isStack)) {
			error("the stack is varied twice; list every stack in one 'vary stack over ...'", parameter,
					P.getStudyParameter_Slot(), InterphaseIssueCodes.INVALID_STUDY);
		}
		for (int i = 0; i < parameter.getStacks().size(); i++) {
			if (parameter.getStacks().subList(0, i).contains(parameter.getStacks().get(i))) {
				error(parameter.getStacks().get(i).getName() + " is listed twice", parameter,
						P.getStudyParameter_Stacks(), i, InterphaseIssueCodes.INVALID_STUDY);
			}
		}
	}

	private static boolean isStack(StudyParameter parameter) {
		return parameter.getTarget() == null && StudySlots.STACK.equals(parameter.getSlot());
	}

	private void checkRange(StudyParameter parameter) {
		Optional<Double> from = parse(parameter.getFrom()).map(org.interphase.core.units.Quantity::si);
		Optional<Double> to = parse(parameter.getTo()).map(org.interphase.core.units.Quantity::si);
		Design design = parameter.getDesign();
		if (design == Design.STEP) {
			// The written value: a step is a difference, so 0 °C is no step although it is 273.15 K.
			if (parameter.getStep() != null && parameter.getStep().getValue() <= 0) {
				error("the step must be positive; write the range from its lower to its upper end", parameter,
						P.getStudyParameter_Step(), InterphaseIssueCodes.INVALID_STUDY);
			} else if (from.isPresent() && to.isPresent() && to.get() < from.get()) {
				error("the range is empty: it must go from its lower to its upper end", parameter,
						P.getStudyParameter_To(), InterphaseIssueCodes.INVALID_STUDY);
			}
		}
		if (design == Design.LOG && from.isPresent() && to.isPresent()) {
			double a = parameter.getFrom().getValue();
			double b = parameter.getTo().getValue();
			if (a <= 0 || b <= 0) {
				error("a logarithmic range must lie above zero; write both ends as positive values", parameter,
						P.getStudyParameter_From(), InterphaseIssueCodes.INVALID_STUDY);
			}
		}
		if ((design == Design.LOG || design == Design.RANDOM || design == Design.LATIN) && parameter.getCount() < 1) {
			error("at least one point is needed; write a count of 1 or more", parameter,
					P.getStudyParameter_Count(), InterphaseIssueCodes.INVALID_STUDY);
		}
		if ((design == Design.RANDOM || design == Design.LATIN) && from.isPresent() && to.isPresent()
				&& to.get() <= from.get()) {
			error("the range is empty: it must go from its lower to its upper end", parameter,
					P.getStudyParameter_To(), InterphaseIssueCodes.INVALID_STUDY);
		}
		if (design == Design.UNCERTAIN && parameter.getNominal() != null
				&& !(parameter.getNominal().isSetUncertainty() && parameter.getNominal().getUncertainty() > 0)) {
			error("an uncertain value needs a positive spread: write it as value ± standard deviation", parameter,
					P.getStudyParameter_Nominal(), InterphaseIssueCodes.INVALID_STUDY);
		}
	}

	@Check
	public void checkStudy(Study study) {
		if (!hasExperiment(study)) {
			return;
		}
		List<StudyParameter> sampled = study.getParameters().stream()
				.filter(p -> p.getDesign() == Design.RANDOM || p.getDesign() == Design.LATIN).toList();
		for (StudyParameter parameter : sampled) {
			if (parameter.getCount() != sampled.get(0).getCount()) {
				error("sampled parameters are drawn together: give them all the same count ("
						+ sampled.get(0).getCount() + ")", parameter, P.getStudyParameter_Count(),
						InterphaseIssueCodes.INVALID_STUDY);
			}
		}
		if (study.isSetSamples() && study.getSamples() < 1) {
			error("at least one Monte Carlo sample is needed", study, P.getStudy_Samples(),
					InterphaseIssueCodes.INVALID_STUDY);
		}
		for (int i = 0; i < study.getOutputs().size(); i++) {
			String problem = outputProblem(study.getOutputs().get(i), study.getExperiment());
			if (problem != null) {
				error(problem, study, P.getStudy_Outputs(), i, InterphaseIssueCodes.INVALID_STUDY);
			}
		}
		if (study.getEngine() != null && !List.of("local", "spark").contains(study.getEngine())) {
			error("unknown engine '" + study.getEngine() + "'; write local or spark", study, P.getStudy_Engine(),
					InterphaseIssueCodes.INVALID_STUDY);
		}
	}

	@Check
	public void checkObjective(Objective objective) {
		checkGoal((Study) objective.eContainer(), objective.getQuantity(), objective, P.getObjective_Quantity());
	}

	@Check
	public void checkGoal(Goal goal) {
		if (goal.eContainer() instanceof Objective objective) {
			checkGoal((Study) objective.eContainer(), goal.getQuantity(), goal, P.getGoal_Quantity());
		}
	}

	/** Each objective is an output the study reports or a varied parameter's slot. */
	private void checkGoal(Study study, String quantity, EObject goal, EStructuralFeature feature) {
		if (!hasExperiment(study)) {
			return;
		}
		boolean parameter = study.getParameters().stream().filter(p -> !isStack(p))
				.anyMatch(p -> quantity.equals(p.getSlot()));
		if (parameter || study.getOutputs().contains(quantity)) {
			return;
		}
		String problem = outputProblem(quantity, study.getExperiment());
		error(problem != null && StudyOutput.named(quantity).isPresent() ? problem
				: "the objective must be one of the study's outputs (" + String.join(", ", study.getOutputs())
						+ ") or a varied parameter's slot; add it to 'output' if the experiment reports it",
				goal, feature, InterphaseIssueCodes.INVALID_STUDY);
	}

	@Check
	public void checkConstraint(Constraint constraint) {
		Study study = (Study) constraint.eContainer().eContainer();
		if (!hasExperiment(study)) {
			return;
		}
		if (!study.getOutputs().contains(constraint.getQuantity())) {
			error("a bound must be on one of the study's outputs (" + String.join(", ", study.getOutputs())
					+ "); add " + constraint.getQuantity() + " to 'output' if the experiment reports it", constraint,
					P.getConstraint_Quantity(), InterphaseIssueCodes.INVALID_STUDY);
			return;
		}
		StudyOutput output = StudyOutput.named(constraint.getQuantity()).orElseThrow();
		parse(constraint.getBound()).filter(bound -> !bound.dimension().equals(output.dimension()))
				.ifPresent(bound -> error(output.name() + " is " + output.dimension().describe()
						+ ", so its bound cannot be '" + bound.text() + "'", constraint.getBound(), P.getQuantity_Unit(),
						InterphaseIssueCodes.INVALID_STUDY));
	}

	/** Why {@code name} is not an output of the experiment; null if it is. */
	private static String outputProblem(String name, Experiment experiment) {
		Optional<StudyOutput> output = StudyOutput.named(name);
		if (output.isEmpty()) {
			return "unknown output '" + name + "'; outputs: " + String.join(", ",
					java.util.Arrays.stream(StudyOutput.values()).map(Enum::name).toList());
		}
		return output.get().reportedBy(experiment) ? null
				: "experiment " + experiment.getName() + " does not report " + name
				+ ": it needs " + output.get().measurement();
	}

	private static boolean hasExperiment(Study study) {
		return study.getExperiment() != null && !study.getExperiment().eIsProxy();
	}

	private static List<Quantity> nonNull(Quantity quantity) {
		return quantity == null ? List.of() : List.of(quantity);
	}
}
