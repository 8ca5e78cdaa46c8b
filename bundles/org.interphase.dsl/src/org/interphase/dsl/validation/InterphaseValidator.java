package org.interphase.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Validation of Interphase models, composed of focused checkers: units and values, materials and processes against
 * the library's vocabulary, recipes against the library's processes, stacks, experiments, the steps of techniques
 * that plug-ins contribute, and the file's structure (unique names, nesting). Issue codes are in
 * {@link InterphaseIssueCodes}.
 */
@ComposedChecks(validators = { QuantityChecks.class, LibraryEntryChecks.class, RecipeChecks.class, StackChecks.class,
		ExperimentChecks.class, MeasuredDataChecks.class, AnalysisChecks.class,
		TechniqueChecks.class, StructureChecks.class })
public class InterphaseValidator extends AbstractInterphaseValidator {
}
