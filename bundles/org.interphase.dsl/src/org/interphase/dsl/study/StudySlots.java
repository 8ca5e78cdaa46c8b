package org.interphase.dsl.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.interphase.core.units.Dimension;
import org.interphase.dsl.scoping.LibraryMaterials;
import org.interphase.dsl.validation.QuantitySlots;
import org.interphase.library.MaterialProperty;
import org.interphase.model.Cycle;
import org.interphase.model.Experiment;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Layer;
import org.interphase.model.Material;
import org.interphase.model.Measurement;
import org.interphase.model.Property;
import org.interphase.model.Quantity;
import org.interphase.model.Recipe;
import org.interphase.model.Step;

/**
 * What a study parameter's path addresses, and how a point's value is put there. A path is a slot of a named
 * element or, without an element, of the experiment's measurements:
 * <ul>
 * <li>{@code cycles of RECIPE}: the repeat count of the recipe's one top-level cycle or supercycle;
 * <li>{@code KEY of MATERIAL}: a property the file writes for the material ({@code ionicConductivity of LATP}),
 * unless a layer of the experiment's stack states it for itself: then {@code KEY of STACK.LAYER} varies the layer's;
 * <li>any quantity slot of the element, by its name in the metamodel: {@code thickness of Stack.layer},
 * {@code temperature}, {@code area} or {@code pressure of Stack}, and without an element the measurements' slots
 * such as {@code currentDensity} or {@code halfCycleTime}.
 * </ul>
 * Validation resolves paths with {@link #resolve} so that a path that resolves is one the engine can set.
 */
public final class StudySlots {

    /** The repeat count of a recipe's cycle. */
    public static final String CYCLES = "cycles";

    /**
     * A resolved slot.
     *
     * @param dimensions the dimensions its values may have
     * @param count      true for a whole number (repeat counts)
     */
    public record Slot(List<Dimension> dimensions, boolean count) {
    }

    /** A slot, or why the path addresses none. */
    public record Resolution(Optional<Slot> slot, String problem) {

        static Resolution of(Slot slot) {
            return new Resolution(Optional.of(slot), "");
        }

        static Resolution problem(String problem) {
            return new Resolution(Optional.empty(), problem);
        }
    }

    private StudySlots() {
    }

    /** Resolves {@code slot} of {@code target} (null: the experiment's measurements). */
    public static Resolution resolve(EObject target, String slot, Experiment experiment) {
        if (slot == null) {
            return Resolution.problem("a parameter needs a slot");
        }
        if (target == null || target instanceof Experiment) {
            Set<Dimension> dimensions = new LinkedHashSet<>();
            experiment.getMeasurements().forEach(m -> quantitySlot(m, slot).ifPresent(dimensions::addAll));
            return dimensions.isEmpty()
                    ? Resolution.problem("no measurement of experiment " + experiment.getName() + " has a slot '"
                            + slot + "'; slots: " + String.join(", ", names(null, experiment)))
                    : Resolution.of(new Slot(List.copyOf(dimensions), false));
        }
        if (target instanceof Recipe recipe && CYCLES.equals(slot)) {
            List<Cycle> cycles = cycles(recipe);
            return cycles.size() == 1 ? Resolution.of(new Slot(List.of(Dimension.NONE), true))
                    : Resolution.problem("recipe " + recipe.getName() + " has " + cycles.size() + " top-level "
                            + "cycles; its cycles can be varied when it has exactly one");
        }
        if (target instanceof Layer layer && written(layer.getProperties(), slot).isPresent()) {
            return MaterialProperty.fromKey(slot).map(p -> Resolution.of(new Slot(List.of(p.dimension()), false)))
                    .orElseGet(() -> Resolution.problem("materials have no numeric property '" + slot + "'"));
        }
        if (target instanceof Material material) {
            Optional<Layer> own = stated(material, slot, experiment);
            if (own.isPresent()) {
                String stack = experiment.getStack().getName();
                String layer = own.get().getName();
                return Resolution.problem("a layer of stack " + stack + " states " + slot + " of "
                        + material.getName() + " for itself, which the stack reads instead of the material's; vary '"
                        + slot + " of " + stack + "." + (layer != null ? layer + "'" : "film' after naming that layer"
                                + " ('" + own.get().getRole().getLiteral() + " film: " + material.getName() + " …')"));
            }
            Optional<MaterialProperty> property = MaterialProperty.fromKey(slot);
            if (property.isEmpty()) {
                return Resolution.problem("materials have no numeric property '" + slot + "'; " + "properties: "
                        + String.join(", ", names(material, experiment)));
            }
            if (written(material.getProperties(), slot).isEmpty()) {
                return Resolution.problem(isLibrary(material)
                        ? material.getName() + " is a library material: declare it in the file with '" + slot
                                + " = ...' (it then extends the library's) to vary " + slot
                        : "material " + material.getName() + " does not write " + slot + "; write '" + slot
                                + " = ...' in it to vary it");
            }
            return Resolution.of(new Slot(List.of(property.get().dimension()), false));
        }
        return quantitySlot(target, slot).map(dimensions -> Resolution.of(new Slot(dimensions, false)))
                .orElseGet(() -> Resolution.problem(describe(target) + " has no slot '" + slot + "'; slots: "
                        + String.join(", ", names(target, experiment))));
    }

    /** The slots a path to {@code target} (null: the measurements) may name, for messages and content assist. */
    public static List<String> names(EObject target, Experiment experiment) {
        Set<String> names = new LinkedHashSet<>();
        if (target == null || target instanceof Experiment) {
            experiment.getMeasurements().forEach(m -> names.addAll(quantitySlots(m)));
        } else if (target instanceof Recipe) {
            names.add(CYCLES);
        } else if (target instanceof Material material) {
            material.getProperties().stream().map(Property::getKey)
                    .filter(key -> MaterialProperty.fromKey(key).isPresent()).forEach(names::add);
        } else {
            names.addAll(quantitySlots(target));
            if (target instanceof Layer layer) {
                layer.getProperties().stream().map(Property::getKey)
                        .filter(key -> MaterialProperty.fromKey(key).isPresent()).forEach(names::add);
            }
        }
        return List.copyOf(names);
    }

    /**
     * Writes {@code value unit} into the slot; the model is the point's own copy. A count is rounded.
     *
     * @throws IllegalArgumentException if the path does not resolve (validation reports it first)
     */
    public static void apply(EObject target, String slot, Experiment experiment, double value, String unit) {
        if (target == null || target instanceof Experiment) {
            for (Measurement measurement : experiment.getMeasurements()) {
                if (quantitySlot(measurement, slot).isPresent()) {
                    measurement.eSet(measurement.eClass().getEStructuralFeature(slot), quantity(value, unit));
                }
            }
        } else if (target instanceof Recipe recipe && CYCLES.equals(slot) && cycles(recipe).size() == 1) {
            cycles(recipe).get(0).setRepeats((int) Math.round(value));
        } else if (target instanceof Material material && written(material.getProperties(), slot).isPresent()) {
            written(material.getProperties(), slot).get().setValue(quantity(value, unit));
        } else if (target instanceof Layer layer && written(layer.getProperties(), slot).isPresent()) {
            written(layer.getProperties(), slot).get().setValue(quantity(value, unit));
        } else if (quantitySlot(target, slot).isPresent()) {
            target.eSet(target.eClass().getEStructuralFeature(slot), quantity(value, unit));
        } else {
            throw new IllegalArgumentException(describe(target) + " has no slot '" + slot + "'");
        }
    }

    private static Quantity quantity(double value, String unit) {
        Quantity quantity = InterphaseFactory.eINSTANCE.createQuantity();
        quantity.setValue(value);
        quantity.setUnit(unit.isEmpty() ? null : unit);
        return quantity;
    }

    private static List<Cycle> cycles(Recipe recipe) {
        List<Cycle> cycles = new ArrayList<>();
        for (Step step : recipe.getSteps()) {
            if (step instanceof Cycle cycle) {
                cycles.add(cycle);
            }
        }
        return cycles;
    }

    private static Optional<Property> written(List<Property> properties, String key) {
        return properties.stream().filter(p -> key.equals(p.getKey()) && p.getValue() != null).findFirst();
    }

    /** The layer of the experiment's stack that states {@code key} of {@code material} in its own block. */
    private static Optional<Layer> stated(Material material, String key, Experiment experiment) {
        return experiment.getStack() == null ? Optional.empty() : experiment.getStack().getLayers().stream()
                .filter(layer -> layer.getMaterial() == material && written(layer.getProperties(), key).isPresent())
                .findFirst();
    }

    private static boolean isLibrary(EObject object) {
        return object.eResource() != null && LibraryMaterials.SCHEME.equals(object.eResource().getURI().scheme());
    }

    private static Optional<List<Dimension>> quantitySlot(EObject object, String slot) {
        if (!(object.eClass().getEStructuralFeature(slot) instanceof EReference reference)
                || reference.getEReferenceType() != InterphasePackage.Literals.QUANTITY) {
            return Optional.empty();
        }
        List<Dimension> dimensions = QuantitySlots.dimensions(reference);
        return dimensions.isEmpty() ? Optional.empty() : Optional.of(dimensions);
    }

    private static List<String> quantitySlots(EObject object) {
        return object.eClass().getEAllReferences().stream()
                .filter(r -> r.getEReferenceType() == InterphasePackage.Literals.QUANTITY)
                .filter(r -> !QuantitySlots.dimensions(r).isEmpty()).map(EReference::getName).toList();
    }

    private static String describe(EObject target) {
        String kind = target.eClass().getName().toLowerCase(java.util.Locale.ROOT);
        Object name = target.eClass().getEStructuralFeature("name") == null ? null
                : target.eGet(target.eClass().getEStructuralFeature("name"));
        return name == null ? "the " + kind : kind + " " + name;
    }
}
