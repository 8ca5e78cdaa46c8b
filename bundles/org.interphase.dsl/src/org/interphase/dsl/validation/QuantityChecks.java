package org.interphase.dsl.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.interphase.core.units.Dimension;
import org.interphase.core.units.QuantityException;
import org.interphase.core.units.Units;
import org.interphase.library.LibraryVocabulary;
import org.interphase.model.Cycle;
import org.interphase.model.Immersion;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Layer;
import org.interphase.model.LayerByLayer;
import org.interphase.model.Parameter;
import org.interphase.model.Property;
import org.interphase.model.Quantity;
import org.interphase.model.RateCapability;
import org.interphase.model.StepGroup;

/**
 * Units and values everywhere, by one rule: the dimensions a slot accepts come from the metamodel's
 * {@value QuantitySlots#DIMENSION_ANNOTATION} annotations, a property's from the library's property names, and
 * {@link Units} reads the unit. Also values no experiment can have.
 */
public class QuantityChecks extends InterphaseCheckBase {

	private static final double MAX_PH = 14;

	@Check
	public void checkQuantity(Quantity quantity) {
		Optional<List<Dimension>> accepted = QuantitySlots.accepted(quantity);
		// A technique's own parameters ("speed = 3000 rpm") are the business of the plug-in that declares it.
		if (accepted.isEmpty() && quantity.eContainingFeature() == InterphasePackage.Literals.PARAMETER__QUANTITY) {
			return;
		}
		if (!Double.isFinite(quantity.getValue())) {
			// The text as written: the value itself would print as "Infinity".
			String written = NodeModelUtils.findNodesForFeature(quantity, InterphasePackage.Literals.QUANTITY__VALUE)
					.stream().findFirst().map(NodeModelUtils::getTokenText).orElse("this number");
			error(written + " is beyond the range of numbers (about ±1.8e308); check the exponent", quantity,
					InterphasePackage.Literals.QUANTITY__VALUE, InterphaseIssueCodes.IMPOSSIBLE_VALUE);
			return;
		}
		String unit = quantity.getUnit() == null ? "" : quantity.getUnit().strip();
		org.interphase.core.units.Quantity parsed;
		try {
			parsed = org.interphase.core.units.Quantity.of(quantity.getValue(), unit);
		} catch (QuantityException e) {
			error(e.getMessage(), quantity, InterphasePackage.Literals.QUANTITY__UNIT, InterphaseIssueCodes.UNKNOWN_UNIT,
					unit);
			return;
		}
		if (accepted.isEmpty()) {
			return;
		}
		String what = describeSlot(quantity);
		List<Dimension> dimensions = accepted.get();
		String[] units = dimensions.stream().map(QuantitySlots::exampleUnit).toArray(String[]::new);
		if (!dimensions.contains(parsed.dimension())) {
			String expected = dimensions.stream().map(d -> d.describe() + ", e.g. " + d.example())
					.collect(Collectors.joining(" or "));
			if (unit.isEmpty()) {
				error(what + " needs a unit: expected " + expected, quantity, InterphasePackage.Literals.QUANTITY__VALUE,
						InterphaseIssueCodes.MISSING_UNIT, units);
			} else {
				error("expected " + expected + " for " + what + " but '" + unit + "' is a unit of "
						+ parsed.dimension().describe(), quantity, InterphasePackage.Literals.QUANTITY__UNIT,
						InterphaseIssueCodes.WRONG_DIMENSION, units);
			}
			return;
		}
		checkPossible(quantity, parsed, what);
	}

	@Check
	public void checkPropertyKey(Property property) {
		List<String> known = LibraryVocabulary.properties(QuantitySlots.entryKind(property));
		if (property.getKey() != null && !known.isEmpty() && !known.contains(property.getKey())) {
			Optional<String> closest = known.stream().filter(key -> key.equalsIgnoreCase(property.getKey())).findFirst();
			String message = "the library knows no property '" + property.getKey() + "' of a "
					+ QuantitySlots.entryKind(property) + ", so no model can use it" + closest.map(key -> "; did you"
							+ " mean " + key + "?").orElse("; known properties: " + String.join(", ", known));
			// A layer's block exists only to change what its stack's models read: a key they cannot read is a mistake.
			if (property.eContainer() instanceof Layer) {
				error(message, property, InterphasePackage.Literals.PROPERTY__KEY, InterphaseIssueCodes.UNKNOWN_PROPERTY,
						closest.orElse(""));
			} else {
				warning(message, property, InterphasePackage.Literals.PROPERTY__KEY,
						InterphaseIssueCodes.UNKNOWN_PROPERTY, closest.orElse(""));
			}
		}
	}

	@Check
	public void checkPh(Immersion immersion) {
		if (immersion.isSetPh() && (immersion.getPh() < 0 || immersion.getPh() > MAX_PH)) {
			error("pH " + immersion.getPh() + " is impossible in water; write a value from 0 to 14", immersion,
					InterphasePackage.Literals.IMMERSION__PH, InterphaseIssueCodes.IMPOSSIBLE_VALUE);
		}
	}

	@Check
	public void checkRepeats(Cycle cycle) {
		requireOneOrMore(cycle.getRepeats(), cycle, InterphasePackage.Literals.CYCLE__REPEATS, "a cycle");
	}

	@Check
	public void checkRepeats(StepGroup group) {
		requireOneOrMore(group.getRepeats(), group, InterphasePackage.Literals.STEP_GROUP__REPEATS, "a repeat group");
	}

	@Check
	public void checkBilayers(LayerByLayer lbl) {
		requireOneOrMore(lbl.getBilayerCount(), lbl, InterphasePackage.Literals.LAYER_BY_LAYER__BILAYER_COUNT,
				"the bilayer sequence");
	}

	@Check
	public void checkVoltageWindow(RateCapability rates) {
		Optional<Double> lower = si(rates.getLowerVoltage(), Dimension.VOLTAGE);
		Optional<Double> upper = si(rates.getUpperVoltage(), Dimension.VOLTAGE);
		if (lower.isPresent() && upper.isPresent() && lower.get() >= upper.get()) {
			error("the voltage window must go from the lower to the higher voltage", rates,
					InterphasePackage.Literals.RATE_CAPABILITY__UPPER_VOLTAGE, InterphaseIssueCodes.IMPOSSIBLE_VALUE);
		}
	}

	private void requireOneOrMore(int count, EObject object, EStructuralFeature feature, String what) {
		if (count < 1) {
			error(what + " must run at least once; write x 1 or more", object, feature,
					InterphaseIssueCodes.IMPOSSIBLE_VALUE);
		}
	}

	/**
	 * Temperatures are absolute, so they must lie above 0 K; times, lengths, areas, rates and fractions are
	 * magnitudes, so they must be positive, and fractions at most 100 %. Voltages and currents carry a sign. A
	 * layer may be 0 thick: it is then left out, as a sweep over coating thickness needs.
	 */
	private void checkPossible(Quantity quantity, org.interphase.core.units.Quantity parsed, String what) {
		Dimension dimension = parsed.dimension();
		if (dimension.equals(Dimension.VOLTAGE) || dimension.equals(Dimension.CURRENT)
				|| quantity.eContainingFeature() == InterphasePackage.Literals.PROPERTY__VALUE) {
			return;
		}
		String problem = null;
		if (dimension.equals(Dimension.TEMPERATURE) && parsed.si() <= 0) {
			problem = parsed.text() + " is at or below absolute zero";
		} else if (!dimension.equals(Dimension.TEMPERATURE) && (parsed.si() < 0 || parsed.si() == 0
				&& quantity.eContainingFeature() != InterphasePackage.Literals.LAYER__THICKNESS)) {
			problem = what + " must be positive, got " + parsed.text();
		} else if (dimension.equals(Dimension.NONE) && parsed.si() > 1) {
			problem = what + " is a fraction and cannot exceed 100 %, got " + parsed.text();
		}
		if (problem != null) {
			error(problem, quantity, InterphasePackage.Literals.QUANTITY__VALUE, InterphaseIssueCodes.IMPOSSIBLE_VALUE);
		}
	}

	/** "the thickness" for a slot; the key for a property or a technique parameter, e.g. "density". */
	private static String describeSlot(Quantity quantity) {
		EObject container = quantity.eContainer();
		if (container instanceof Property property
				&& quantity.eContainingFeature() == InterphasePackage.Literals.PROPERTY__VALUE) {
			return property.getKey();
		}
		if (container instanceof Parameter parameter) {
			return parameter.getKey();
		}
		return "the " + words(quantity.eContainingFeature().getName());
	}

	/** A feature name as words for messages, e.g. "halfCycleTime" as "half cycle time". */
	private static String words(String camelCase) {
		return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}
}
