package org.interphase.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Validation of Interphase models, composed of focused checkers: units and values, materials and processes against
 * the library's vocabulary, recipes against the library's processes, stacks, experiments, the steps of techniques
 * that plug-ins contribute, the file's structure (unique names, nesting), and last whether each experiment compiles
 * into simulation inputs, so that no error means the run will not refuse. Issue codes are in
 * {@link InterphaseIssueCodes}.
 */
@ComposedChecks(validators = { QuantityChecks.class, LibraryEntryChecks.class, RecipeChecks.class, StackChecks.class,
		ExperimentChecks.class, MeasuredDataChecks.class, AnalysisChecks.class, TechniqueChecks.class,
		StructureChecks.class, StudyChecks.class, SimulationChecks.class })
public class InterphaseValidator extends AbstractInterphaseValidator {
}
