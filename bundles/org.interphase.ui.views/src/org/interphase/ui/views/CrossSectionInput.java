package org.interphase.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.interphase.dsl.compiler.CompiledStack;
import org.interphase.model.Layer;
import org.interphase.model.LayerRole;
import org.interphase.model.Stack;
import org.interphase.model.run.LayerSection;
import org.interphase.model.run.SimulationRun;
import org.interphase.sim.stack.CellStack;
import org.interphase.sim.stack.StackInterface;
import org.interphase.sim.stack.StackLayer;
import org.interphase.sim.stack.StackPart;

/**
 * What the stack cross-section view draws: the electrodes and, between them, the layers in order with their
 * thickness (to scale) and what they are.
 *
 * @param title      e.g. the stack's name
 * @param left       the left electrode's name
 * @param right      the right electrode's name
 * @param layers     the layers from left to right
 * @param interfaces the interfaces with charge-transfer kinetics, by label ("Li|LATP")
 */
public record CrossSectionInput(String title, String left, String right, List<Band> layers,
        List<String> interfaces) {

    /** What a layer is; interphases are drawn hatched. */
    public enum Role {
        ELECTROLYTE, COATING, INTERPHASE, LAYER
    }

    /**
     * @param label     the layer's label in the stack ("PAA-PEO-LbL-crosslinked #2")
     * @param material  its material id, which sets its colour
     * @param thickness t, m
     * @param role      what it is
     */
    public record Band(String label, String material, double thickness, Role role) {
        public Band {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(material, "material");
            Objects.requireNonNull(role, "role");
        }
    }

    public CrossSectionInput {
        Objects.requireNonNull(title, "title");
        layers = List.copyOf(layers);
        interfaces = List.copyOf(interfaces);
    }

    /** From an engine stack; the layers labelled in {@code interphases} are drawn as interphases. */
    public static CrossSectionInput of(String title, CellStack cell, Set<String> interphases) {
        List<Band> bands = new ArrayList<>();
        List<String> interfaces = new ArrayList<>();
        for (StackPart part : cell.parts()) {
            switch (part) {
                case StackLayer layer -> bands.add(new Band(layer.label(), layer.material().id(), layer.thickness(),
                        interphases.contains(layer.label()) ? Role.INTERPHASE : Role.LAYER));
                case StackInterface contact -> interfaces.add(contact.label());
            }
        }
        return new CrossSectionInput(title, cell.left().name(), cell.right().name(), bands, interfaces);
    }

    /** From a compiled DSL stack, with the roles (electrolyte, coating, interphase) its DSL layers declare. */
    public static CrossSectionInput of(CompiledStack compiled, Stack stack) {
        CrossSectionInput plain = of(compiled.name(), compiled.cell(), Set.of());
        List<Layer> declared = stack.getLayers();
        List<Layer> between = declared.size() >= 2 ? declared.subList(1, declared.size() - 1) : List.of();
        if (between.size() != plain.layers().size()) {
            return plain;
        }
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < between.size(); i++) {
            Band band = plain.layers().get(i);
            bands.add(new Band(band.label(), band.material(), band.thickness(), role(between.get(i).getRole())));
        }
        return new CrossSectionInput(plain.title(), plain.left(), plain.right(), bands, plain.interfaces());
    }

    /** Roles of a saved run's layer sections that are electrodes (drawn at the ends) rather than layers. */
    private static final Set<String> ELECTRODE_ROLES = Set.of("anode", "cathode", "lithium", "collector", "electrode");

    /**
     * From a saved run's layer sections: the leading and trailing electrode sections (anode, cathode, lithium,
     * collector) become the electrodes, the sections between them the layers.
     */
    public static CrossSectionInput of(SimulationRun run) {
        List<LayerSection> sections = run.getLayers();
        int first = 0;
        while (first < sections.size() && isElectrode(sections.get(first))) {
            first++;
        }
        int last = sections.size();
        while (last > first && isElectrode(sections.get(last - 1))) {
            last--;
        }
        List<Band> bands = new ArrayList<>();
        for (LayerSection section : sections.subList(first, last)) {
            bands.add(new Band(String.valueOf(section.getName()), String.valueOf(section.getMaterial()),
                    section.getThickness(), role(section)));
        }
        String title = run.getStack() != null ? run.getStack() : String.valueOf(run.getExperiment());
        return new CrossSectionInput(title, electrodeName(sections.subList(0, first)),
                electrodeName(sections.subList(last, sections.size())), bands, List.of());
    }

    private static boolean isElectrode(LayerSection section) {
        return section.getRole() != null && ELECTRODE_ROLES.contains(section.getRole().toLowerCase(java.util.Locale.ROOT));
    }

    private static String electrodeName(List<LayerSection> sections) {
        if (sections.isEmpty()) {
            return "?";
        }
        return String.join("/", sections.stream().map(s -> s.getMaterial() != null ? s.getMaterial()
                : String.valueOf(s.getName())).toList());
    }

    private static Role role(LayerSection section) {
        if (section.isInterphase()) {
            return Role.INTERPHASE;
        }
        String role = section.getRole() == null ? "" : section.getRole().toLowerCase(java.util.Locale.ROOT);
        return switch (role) {
            case "electrolyte" -> Role.ELECTROLYTE;
            case "coating" -> Role.COATING;
            case "interphase" -> Role.INTERPHASE;
            default -> Role.LAYER;
        };
    }

    private static Role role(LayerRole role) {
        if (role == null) {
            return Role.LAYER;
        }
        return switch (role) {
            case ELECTROLYTE -> Role.ELECTROLYTE;
            case COATING -> Role.COATING;
            case INTERPHASE -> Role.INTERPHASE;
            default -> Role.LAYER;
        };
    }

    /** The distance between the electrodes, m. */
    public double totalThickness() {
        return layers.stream().mapToDouble(Band::thickness).sum();
    }
}
