package org.interphase.dsl.validation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.interphase.core.units.Dimension;
import org.interphase.core.units.Units;
import org.interphase.library.LibraryVocabulary;
import org.interphase.library.MaterialProperty;
import org.interphase.model.Entry;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Parameter;
import org.interphase.model.Property;
import org.interphase.model.Quantity;

/**
 * Which dimensions a quantity may have where it is written: a slot's come from the metamodel's
 * {@value #DIMENSION_ANNOTATION} annotations, a material property's from the library's property names, a technique
 * parameter's from the slot or property of the same name. Validation checks units with it; content assist proposes
 * the units that fit.
 */
public final class QuantitySlots {

	/** Source of the annotations in interphase.ecore that list the dimensions a Quantity slot accepts. */
	public static final String DIMENSION_ANNOTATION = "http://interphase.org/model/1.0/dimension";

	/** Slot dimensions by feature name, for technique parameters named like a slot ("temperature", "duration"). */
	private static final Map<String, List<Dimension>> SLOTS_BY_NAME = slotsByName();

	private static final Map<EStructuralFeature, List<Dimension>> SLOTS = new ConcurrentHashMap<>();

	private QuantitySlots() {
	}

	/** The dimensions {@code quantity} may have; empty where nothing says (an unknown property or parameter). */
	public static Optional<List<Dimension>> accepted(Quantity quantity) {
		EObject container = quantity.eContainer();
		EStructuralFeature feature = quantity.eContainingFeature();
		if (feature == InterphasePackage.Literals.PROPERTY__VALUE || feature == InterphasePackage.Literals.PROPERTY__UPPER) {
			Property property = (Property) container;
			return LibraryVocabulary.dimensions(entryKind(property), property.getKey())
					.map(dimensions -> dimensions.stream().sorted(Comparator.comparing(Dimension::describe)).toList());
		}
		if (feature == InterphasePackage.Literals.PARAMETER__QUANTITY) {
			String key = ((Parameter) container).getKey();
			return Optional.ofNullable(SLOTS_BY_NAME.get(key))
					.or(() -> MaterialProperty.fromKey(key).map(p -> List.of(p.dimension())));
		}
		if (feature == null) {
			return Optional.empty();
		}
		List<Dimension> dimensions = SLOTS.computeIfAbsent(feature, QuantitySlots::annotatedDimensions);
		return dimensions.isEmpty() ? Optional.empty() : Optional.of(dimensions);
	}

	/** The dimensions an annotated Quantity slot of the metamodel accepts; empty for any other feature. */
	public static List<Dimension> dimensions(EStructuralFeature feature) {
		return SLOTS.computeIfAbsent(feature, QuantitySlots::annotatedDimensions);
	}

	/**
	 * The library entry kind whose vocabulary a property belongs to: "material" for materials and chemicals, the
	 * process kind, "interface" or "curve" for the other entries.
	 */
	public static String entryKind(Property property) {
		return property.eContainer() instanceof Entry entry && entry.getKind() != null ? entry.getKind() : "material";
	}

	/**
	 * The units to offer for a dimension: every named unit of it ("nm", "µm", ... for a length), or for a compound
	 * dimension the unit of its usual example and its SI unit ("mA/cm2", "A/m²" for a current density).
	 */
	public static List<String> units(Dimension dimension) {
		List<String> named = Units.knownUnits(dimension);
		if (!named.isEmpty()) {
			return named;
		}
		return Stream.of(exampleUnit(dimension), dimension.siSymbol()).filter(unit -> !unit.isEmpty()).distinct()
				.toList();
	}

	/** The unit of the dimension's example value, e.g. "nm" for a length; "" for a dimensionless number. */
	static String exampleUnit(Dimension dimension) {
		String example = dimension.example();
		int space = example.indexOf(' ');
		return space < 0 ? "" : example.substring(space + 1);
	}

	private static List<Dimension> annotatedDimensions(EStructuralFeature feature) {
		EAnnotation annotation = feature.getEAnnotation(DIMENSION_ANNOTATION);
		if (annotation == null || annotation.getDetails().get("dimensions") == null) {
			return List.of();
		}
		return Arrays.stream(annotation.getDetails().get("dimensions").trim().split("\\s+"))
				.map(QuantitySlots::dimensionNamed).toList();
	}

	private static Dimension dimensionNamed(String name) {
		try {
			return (Dimension) Dimension.class.getField(name).get(null);
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("interphase.ecore names dimension " + name
					+ ", which org.interphase.core.units.Dimension does not define", e);
		}
	}

	/** Every annotated Quantity slot of the metamodel by feature name; a name used twice keeps its first slot. */
	private static Map<String, List<Dimension>> slotsByName() {
		Map<String, List<Dimension>> slots = new HashMap<>();
		for (var classifier : InterphasePackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type) {
				for (EReference reference : type.getEReferences()) {
					List<Dimension> dimensions = annotatedDimensions(reference);
					if (!dimensions.isEmpty()) {
						slots.putIfAbsent(reference.getName(), dimensions);
					}
				}
			}
		}
		return Map.copyOf(slots);
	}
}
