package org.interphase.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.interphase.core.units.Dimension;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.library.LibraryException;
import org.interphase.library.MaterialProperty;
import org.interphase.library.MissingProperty;
import org.interphase.model.Experiment;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Property;
import org.interphase.model.Stack;
import org.interphase.model.Study;
import org.interphase.model.StudyParameter;
import org.interphase.sim.SimulationException;

/**
 * The contract of validation: an experiment without an error here compiles into the engines' inputs, because this
 * check compiles it exactly as a run does (the same {@link ModelCompiler} and binding) and reports what the run would
 * refuse as an error on the experiment's name. A property a material lacks is named with the material, and its issue
 * data carry a line to complete, which a quick fix writes. It runs only on files without other errors, whose
 * messages say more precisely what is wrong.
 */
final class SimulationChecks extends InterphaseCheckBase {

	@Check(CheckType.NORMAL)
	public void checkSimulates(Experiment experiment) {
		if (experiment.getStack() == null || experiment.getStack().eIsProxy() || hasErrors()
				|| !experiment.eResource().getErrors().isEmpty()) {
			return;
		}
		try {
			// The installed library, as `./interphase simulate` and the IDE's runs compile over it.
			new ModelCompiler(LibraryFacts.library()).compile(experiment);
		} catch (CompileException | SimulationException | LibraryException e) {
			Optional<MissingProperty> missing = missing(e);
			if (missing.isPresent()) {
				MissingProperty property = missing.get();
				List<String> names = property.properties();
				boolean one = names.size() == 1;
				// data: the material, the properties, then the line the quick fix writes for each
				List<String> data = new ArrayList<>(List.of(property.material(), String.join(", ", names)));
				names.forEach(name -> data.add(template(name)));
				error(experiment.getName() + " cannot be simulated: " + property.material() + " has no "
						+ String.join(" and ", names) + "; state " + (one ? "it" : "them") + " in this file (Quick Fix"
						+ " writes the " + (one ? "line" : "lines") + " to complete)", experiment,
						InterphasePackage.Literals.NAMED_ELEMENT__NAME, InterphaseIssueCodes.MISSING_PROPERTY,
						data.toArray(String[]::new));
			} else {
				error(experiment.getName() + " cannot be simulated: " + withoutLocation(e.getMessage()), experiment,
						InterphasePackage.Literals.NAMED_ELEMENT__NAME, InterphaseIssueCodes.CANNOT_SIMULATE);
			}
		}
	}

	/**
	 * A study that varies the stack runs its experiment on each stack listed: each must compile with the
	 * experiment's measurements as the experiment's own stack does, or the study would refuse those points.
	 */
	@Check(CheckType.NORMAL)
	public void checkStudyStacks(StudyParameter parameter) {
		if (!(parameter.eContainer() instanceof Study study) || study.getExperiment() == null
				|| study.getExperiment().eIsProxy() || hasErrors() || !parameter.eResource().getErrors().isEmpty()) {
			return;
		}
		Experiment experiment = study.getExperiment();
		for (int i = 0; i < parameter.getStacks().size(); i++) {
			Stack stack = parameter.getStacks().get(i);
			if (stack.eIsProxy()) {
				continue;
			}
			try {
				new ModelCompiler(LibraryFacts.library()).compile(experiment, stack);
			} catch (CompileException | SimulationException | LibraryException e) {
				error("experiment " + experiment.getName() + " cannot run on stack " + stack.getName() + ": "
						+ withoutLocation(e.getMessage()), parameter,
						InterphasePackage.Literals.STUDY_PARAMETER__STACKS, i, InterphaseIssueCodes.CANNOT_SIMULATE);
			}
		}
	}

	@Check
	public void checkExampleValue(Property property) {
		if (InterphaseIssueCodes.EXAMPLE_VALUE_NOTE.equals(property.getNote())) {
			warning(property.getKey() + " is still the example value the quick fix wrote: replace it with your "
					+ "measurement and cite its source", property, InterphasePackage.Literals.PROPERTY__VALUE,
					InterphaseIssueCodes.EXAMPLE_VALUE);
		}
	}

	/** Whether a check before this one found an error in the file. */
	private boolean hasErrors() {
		DiagnosticChain chain = getChain();
		return chain instanceof Diagnostic diagnostic && diagnostic.getSeverity() >= Diagnostic.ERROR;
	}

	private static Optional<MissingProperty> missing(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof MissingProperty missing) {
				return Optional.of(missing);
			}
		}
		return Optional.empty();
	}

	/** "ionicConductivity = 1e-4 S/cm at 25 °C": the property with an example value of its kind. */
	static String template(String property) {
		// A plain number is written without a unit (relativePermittivity = 10), not like the "2 wt%" example.
		return MaterialProperty.fromKey(property).map(known -> property + " = "
				+ (known.dimension().equals(Dimension.NONE) ? "10" : known.dimension().example())
				+ (known.measuredAtTemperature() ? " at 25 °C" : "")).orElse(property + " = ");
	}

	/** The compiler's message without the "file:line: " it starts with: the marker already says where. */
	private static String withoutLocation(String message) {
		return message.replaceFirst("^\\S+:\\d+: ", "");
	}
}
