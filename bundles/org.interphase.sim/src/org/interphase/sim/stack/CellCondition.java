package org.interphase.sim.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.sim.InputChecks;

/**
 * What a measurement leaves in a cell for the next measurement of the same experiment: the layers whose thickness
 * changed (interphases grown, electrolyte consumed), interphases that grew where the assembled stack had none, the
 * share of each contact's area still touching, the depth to which coatings that convert with Li are lithiated, and
 * the Li inventory of the anode. Engines return it with their result and start from one; {@link #applyTo} gives
 * the stack as an impedance measured in that condition sees it.
 * <p>
 * Labels are the engines' and the stack's: a layer's label, an interface's "a|b" (found in either order, since a
 * full cell's engine writes it cathode first whatever the stack's order), an interphase's "a|b interphase".
 *
 * @param thickness        t now, m, of layers whose thickness changed, by label; 0 for a layer wholly consumed
 * @param grown            interphases that grew where the assembled stack had no layer
 * @param contact          area fraction in (0, 1] still in contact, by interface label
 * @param lithiated        coatings converted from their Li side, by layer label
 * @param lithiumInventory charge of the Li metal anode, C, where the engine follows it
 * @param cathodeLithiation mean lithiation of an insertion cathode's contacted part, 0 to 1, where the engine follows
 *                          it; the next measurement starts from it relaxed (uniform), as after a rest
 */
public record CellCondition(Map<String, Double> thickness, List<GrownLayer> grown, Map<String, Double> contact,
        Map<String, Lithiation> lithiated, OptionalDouble lithiumInventory, OptionalDouble cathodeLithiation) {

    /** The cell as assembled: nothing has happened to it yet. */
    public static final CellCondition ASSEMBLED = new CellCondition(Map.of(), List.of(), Map.of(), Map.of(),
            OptionalDouble.empty(), OptionalDouble.empty());

    /**
     * An interphase that grew where the stack had none, e.g. under a coating.
     *
     * @param layer  the interphase with its thickness now
     * @param beside label of the layer it grows into
     * @param before whether it lies before (left of) that layer
     */
    public record GrownLayer(StackLayer layer, String beside, boolean before) {
        public GrownLayer {
            Objects.requireNonNull(layer, "grown layer");
            InputChecks.named(beside, "layer the interphase grows into");
        }
    }

    /**
     * A coating lithiated from its Li side to {@code depth}: that part conducts as {@code material}, the rest as
     * assembled.
     *
     * @param depth    m, 0 up to the coating's thickness
     * @param material the lithiated phase (e.g. Li-Al-O from ALD Al2O3)
     * @param fromLeft whether its Li side is its left face
     */
    public record Lithiation(double depth, LayerMaterial material, boolean fromLeft) {
        public Lithiation {
            InputChecks.nonNegative(depth, "lithiated depth", "m");
            Objects.requireNonNull(material, "lithiated material");
        }
    }

    public CellCondition {
        thickness = Map.copyOf(thickness);
        grown = List.copyOf(grown);
        contact = Map.copyOf(contact);
        lithiated = Map.copyOf(lithiated);
        Objects.requireNonNull(lithiumInventory, "Li inventory (OptionalDouble.empty() if not followed)");
        Objects.requireNonNull(cathodeLithiation, "cathode lithiation (OptionalDouble.empty() if not followed)");
        thickness.forEach((label, t) -> InputChecks.nonNegative(t, "thickness of " + label, "m"));
        contact.forEach((label, f) -> InputChecks.positiveUpToOne(f, "contact fraction of " + label,
                "1 is full contact"));
    }

    /** A value of {@code map} by label, written in either order of the two sides of an "a|b" label. */
    public static <T> Optional<T> byLabel(Map<String, T> map, String label) {
        T value = map.get(label);
        return Optional.ofNullable(value != null ? value : map.get(reversed(label)));
    }

    /** "a|b" → "b|a", "a|b interphase" → "b|a interphase"; other labels unchanged. */
    static String reversed(String label) {
        String suffix = label.endsWith(" interphase") ? " interphase" : "";
        String pair = label.substring(0, label.length() - suffix.length());
        int bar = pair.indexOf('|');
        return bar < 0 ? label : pair.substring(bar + 1) + "|" + pair.substring(0, bar) + suffix;
    }

    /**
     * The stack in this condition: changed layers at their thickness (a consumed one left out), grown interphases
     * beside the layer they grow into, lithiated coatings as a lithiated sublayer on their Li side ("&lt;label&gt;,
     * lithiated") and the rest, and each contact with the area left: its i₀ and double layer scale with the
     * fraction, and an insertion electrode behind it keeps only that share of its active material (its diffusion
     * resistance divides by it).
     */
    public CellStack applyTo(CellStack stack) {
        if (equals(ASSEMBLED)) {
            return stack;
        }
        List<StackPart> parts = new ArrayList<>();
        for (StackPart part : stack.parts()) {
            switch (part) {
                case StackInterface contact -> parts.add(byLabel(this.contact, contact.label())
                        .map(f -> scaled(contact, f)).orElse(contact));
                case StackLayer layer -> {
                    grownBeside(layer, true, parts);
                    addLayer(layer, parts);
                    grownBeside(layer, false, parts);
                }
            }
        }
        return new CellStack(electrode(stack.left(), stack.parts().get(0)), parts,
                electrode(stack.right(), stack.parts().get(stack.parts().size() - 1)), stack.area(),
                stack.temperature());
    }

    private void grownBeside(StackLayer layer, boolean before, List<StackPart> parts) {
        grown.stream().filter(g -> g.beside().equals(layer.label()) && g.before() == before
                && g.layer().thickness() > 0).forEach(g -> parts.add(g.layer()));
    }

    private void addLayer(StackLayer layer, List<StackPart> parts) {
        double t = byLabel(thickness, layer.label()).orElse(layer.thickness());
        if (t <= 0) {
            return;
        }
        Optional<Lithiation> lithiation = Optional.ofNullable(lithiated.get(layer.label()));
        double depth = Math.min(t, lithiation.map(Lithiation::depth).orElse(0.0));
        StackLayer rest = depth < t ? resized(layer, layer.label(), layer.material(), t - depth) : null;
        StackLayer converted = depth > 0
                ? resized(layer, layer.label() + ", lithiated", lithiation.orElseThrow().material(), depth)
                : null;
        boolean convertedFirst = lithiation.map(Lithiation::fromLeft).orElse(true);
        for (StackLayer sub : convertedFirst ? new StackLayer[] {converted, rest}
                : new StackLayer[] {rest, converted}) {
            if (sub != null) {
                parts.add(sub);
            }
        }
    }

    private static StackLayer resized(StackLayer layer, String label, LayerMaterial material, double thickness) {
        return new StackLayer(label, material, thickness, layer.polycrystalline(), layer.cpeExponent());
    }

    private static StackInterface scaled(StackInterface contact, double fraction) {
        return new StackInterface(contact.label(), contact.exchangeCurrentDensity().map(i0 -> new Arrhenius(
                i0.name(), i0.referenceValue() * fraction, i0.referenceTemperature(), i0.activationEnergy())),
                contact.doubleLayerCapacitance() * fraction, contact.cpeExponent());
    }

    /** An insertion electrode whose contact lost area keeps that share of its active material. */
    private Electrode electrode(Electrode electrode, StackPart next) {
        if (electrode.kind() != Electrode.Kind.INTERCALATING || !(next instanceof StackInterface contact)) {
            return electrode;
        }
        double fraction = byLabel(this.contact, contact.label()).orElse(1.0);
        FiniteDiffusion diffusion = electrode.diffusion().orElseThrow();
        return Electrode.intercalating(electrode.name(), new FiniteDiffusion(diffusion.diffusionCoefficient(),
                diffusion.length(), diffusion.areaSpecificResistance() / fraction));
    }
}
