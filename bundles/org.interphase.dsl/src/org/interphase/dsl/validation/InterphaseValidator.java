package org.interphase.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Validation of Interphase models, composed of focused checkers: units and values, recipes against the library's
 * processes, stacks, and experiments. Issue codes are in {@link InterphaseIssueCodes}.
 */
@ComposedChecks(validators = { QuantityChecks.class, RecipeChecks.class, StackChecks.class, ExperimentChecks.class,
		MeasuredDataChecks.class })
public class InterphaseValidator extends AbstractInterphaseValidator {
}
