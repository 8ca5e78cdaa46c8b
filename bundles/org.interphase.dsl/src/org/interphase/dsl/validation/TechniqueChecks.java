package org.interphase.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.interphase.core.units.Quantity;
import org.interphase.dsl.technique.TechniqueSteps;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Parameter;
import org.interphase.model.TechniqueStep;
import org.interphase.sim.technique.DepositionTechnique;
import org.interphase.sim.technique.TechniqueCheck;
import org.interphase.sim.technique.TechniqueParameter;
import org.interphase.sim.technique.TechniqueProblem;
import org.interphase.sim.technique.Techniques;

/**
 * Checks {@code step <technique> { ... }} against the technique an installed plug-in declares: every parameter is
 * declared, required ones are written, values have the declared kind of quantity and lie in the
 * declared range, and the technique's own validation accepts them; the film, if named, is a library material. A step
 * naming no installed technique is not an error: the language has always allowed named preparation steps that grow
 * nothing.
 */
final class TechniqueChecks extends InterphaseCheckBase {

	@Check
	public void checkTechniqueStep(TechniqueStep step) {
		Optional<DepositionTechnique> technique = TechniqueSteps.technique(step);
		if (technique.isEmpty()) {
			reportUninstalled(step);
			return;
		}
		if (!writtenOnce(step) || !unitsReadable(step) || !filmKnown(step, technique.get())) {
			return;
		}
		Map<String, Quantity> written = TechniqueSteps.quantities(step);
		for (TechniqueProblem problem : TechniqueCheck.problems(technique.get(), written)) {
			report(step, technique.get(), problem);
		}
	}

	/**
	 * A step no plug-in declares is a documented preparation (e.g. "step SurfaceActivation"): it grows nothing and
	 * stays valid, so it gets an information; a likely misspelling of an installed technique gets a warning.
	 */
	private void reportUninstalled(TechniqueStep step) {
		Techniques installed = Techniques.installed();
		String[] ids = installed.ids().toArray(String[]::new);
		String message = "no installed plug-in contributes the technique '" + step.getTechnique() + "', so this step"
				+ " is documentation only and grows no film";
		Optional<String> meant = installed.likelyMeant(step.getTechnique());
		if (meant.isPresent()) {
			warning(message + "; did you mean " + meant.get() + "?", step,
					InterphasePackage.Literals.TECHNIQUE_STEP__TECHNIQUE, InterphaseIssueCodes.UNKNOWN_TECHNIQUE, ids);
		} else {
			info(message + "; " + (ids.length == 0 ? "no technique plug-in is installed"
					: "installed techniques: " + String.join(", ", ids)), step,
					InterphasePackage.Literals.TECHNIQUE_STEP__TECHNIQUE, InterphaseIssueCodes.UNKNOWN_TECHNIQUE, ids);
		}
	}

	/** Each key once: a second value would silently win or lose. */
	private boolean writtenOnce(TechniqueStep step) {
		Set<String> seen = new HashSet<>();
		boolean once = true;
		for (Parameter parameter : step.getParameters()) {
			if (parameter.getKey() != null && !seen.add(parameter.getKey())) {
				error(parameter.getKey() + " is written twice in this step; keep one value", parameter,
						InterphasePackage.Literals.PARAMETER__KEY, InterphaseIssueCodes.INVALID_TECHNIQUE_STEP);
				once = false;
			}
		}
		return once;
	}

	/** Quantity checks skip technique parameters, so an unreadable unit or a text where a value belongs is reported here. */
	private boolean unitsReadable(TechniqueStep step) {
		boolean readable = true;
		for (Parameter parameter : step.getParameters()) {
			if (TechniqueCheck.FILM.equals(parameter.getKey())) {
				continue;
			}
			if (parameter.getQuantity() == null) {
				error(parameter.getKey() + " takes a value with a unit, not a text", parameter,
						InterphasePackage.Literals.PARAMETER__TEXT, InterphaseIssueCodes.INVALID_TECHNIQUE_STEP);
				readable = false;
			} else if (TechniqueSteps.quantity(parameter).isEmpty()) {
				String unit = parameter.getQuantity().getUnit();
				error("unknown unit '" + unit + "' for " + parameter.getKey(), parameter.getQuantity(),
						InterphasePackage.Literals.QUANTITY__UNIT, InterphaseIssueCodes.UNKNOWN_UNIT, unit);
				readable = false;
			}
		}
		return readable;
	}

	private boolean filmKnown(TechniqueStep step, DepositionTechnique technique) {
		Optional<Parameter> named = TechniqueSteps.filmParameter(step);
		if (named.isPresent() && named.get().getText() == null) {
			error("film names a library material as text, e.g. film = \"" + technique.defaultFilm().orElse("Li3PO4-ALD")
					+ "\"", named.get(), InterphasePackage.Literals.PARAMETER__QUANTITY,
					InterphaseIssueCodes.INVALID_TECHNIQUE_STEP);
			return false;
		}
		Optional<String> film = TechniqueSteps.film(step, technique);
		if (film.isEmpty()) {
			error("technique " + technique.id() + " has no usual film; name the film it deposits with film = \"<library"
					+ " material>\"", step, InterphasePackage.Literals.TECHNIQUE_STEP__TECHNIQUE,
					InterphaseIssueCodes.INVALID_TECHNIQUE_STEP);
			return false;
		}
		if (LibraryFacts.library(step).material(film.get()).isEmpty()) {
			EObject target = named.isPresent() ? named.get() : step;
			EStructuralFeature feature = named.isPresent() ? InterphasePackage.Literals.PARAMETER__TEXT
					: InterphasePackage.Literals.TECHNIQUE_STEP__TECHNIQUE;
			error("the film " + film.get() + " is not a material of the installed library; name one with film ="
					+ " \"<library material>\"", target, feature, InterphaseIssueCodes.INVALID_TECHNIQUE_STEP);
			return false;
		}
		return true;
	}

	private void report(TechniqueStep step, DepositionTechnique technique, TechniqueProblem problem) {
		Optional<Parameter> parameter = step.getParameters().stream()
				.filter(p -> problem.parameter().equals(p.getKey())).findFirst();
		switch (problem.kind()) {
			case UNKNOWN_PARAMETER -> error(problem.message(), parameter.orElseThrow(),
					InterphasePackage.Literals.PARAMETER__KEY, InterphaseIssueCodes.UNKNOWN_TECHNIQUE_PARAMETER,
					technique.parameters().stream().map(TechniqueParameter::name).toArray(String[]::new));
			case MISSING_PARAMETER -> error(problem.message(), step,
					InterphasePackage.Literals.TECHNIQUE_STEP__TECHNIQUE,
					InterphaseIssueCodes.MISSING_TECHNIQUE_PARAMETER, TechniqueCheck.parameter(technique,
							problem.parameter()).map(TechniqueParameter::template).orElse(problem.parameter()));
			case WRONG_DIMENSION -> error(problem.message(), parameter.orElseThrow().getQuantity(),
					InterphasePackage.Literals.QUANTITY__UNIT, InterphaseIssueCodes.WRONG_DIMENSION,
					TechniqueCheck.parameter(technique, problem.parameter()).map(TechniqueParameter::unit)
							.orElse(""));
			case OUT_OF_RANGE -> error(problem.message(), parameter.orElseThrow().getQuantity(),
					InterphasePackage.Literals.QUANTITY__VALUE, InterphaseIssueCodes.TECHNIQUE_VALUE_OUT_OF_RANGE,
					problem.parameter());
			case INVALID -> {
				if (parameter.isPresent()) {
					error(problem.message(), parameter.get(), InterphasePackage.Literals.PARAMETER__KEY,
							InterphaseIssueCodes.INVALID_TECHNIQUE_STEP);
				} else {
					error(problem.message(), step, InterphasePackage.Literals.TECHNIQUE_STEP__TECHNIQUE,
							InterphaseIssueCodes.INVALID_TECHNIQUE_STEP);
				}
			}
		}
	}
}
