package org.interphase.dsl.edit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.interphase.core.units.Dimension;
import org.eclipse.emf.ecore.resource.Resource;
import org.interphase.dsl.library.FilesLibrary;
import org.interphase.dsl.library.Libraries;
import org.interphase.library.MaterialInterface;
import org.interphase.library.MaterialLibrary;
import org.interphase.library.MaterialProperty;
import org.interphase.model.Layer;
import org.interphase.model.Material;
import org.interphase.model.Model;
import org.interphase.model.Property;
import org.interphase.model.Source;
import org.interphase.model.Stack;

/**
 * Writes fitted material properties into a DSL file as text edits, so the user's own layout and comments stay and an
 * editor can apply them as one undoable change. A value of a material the fitted stack has a layer of goes into that
 * layer's own block ({@code electrolyte LATP { ionicConductivity = … }}), which changes that stack alone (every layer of
 * the material in the stack, as the stack has one of each material). A value of any other material (an interphase
 * the stack's interfaces form) goes file-wide: it replaces the property of the material declared in the file, or a
 * material only the built-in library has gets a block in the file that overrides just that property. Every written
 * value cites a source element that says what it was fitted to, so its provenance is as clear as a paper's.
 */
public final class FittedValueEdits {

    /** Conductivities are written in S/cm, the unit papers and the library use. */
    private static final double SIEMENS_PER_CM = 100;
    private static final double KELVIN_OFFSET = 273.15;
    private static final MathContext SIGNIFICANT = new MathContext(3);
    private static final String INDENT = "  ";

    /**
     * A fitted value.
     *
     * @param material    the material's name
     * @param property    a conductivity (the fits give these)
     * @param value       S/m
     * @param temperature K, the temperature the value holds at
     * @param locator     written after the citation, e.g. "±2.1 %, coating arc"
     */
    public record FittedValue(String material, MaterialProperty property, double value, double temperature,
            String locator) {

        public FittedValue {
            if (property.dimension() != Dimension.CONDUCTIVITY) {
                throw new IllegalArgumentException("only conductivities are written back, not " + property.key());
            }
        }
    }

    /**
     * A stack that an edit of a material changes besides the one fitted.
     *
     * @param stack    its name
     * @param location "file.iph:12", the line it starts on
     * @param layers   its layers made of an edited material, e.g. "electrolyte pellet: LATP"
     */
    public record AffectedStack(String stack, String location, List<String> layers) {

        /** "PaaPeoSymmetric (cells.iph:32): electrolyte pellet: LATP". */
        public String describe() {
            return stack + " (" + location + "): " + String.join(", ", layers);
        }
    }

    /** Replace {@code length} characters at {@code offset} with {@code text}. */
    public record TextEdit(int offset, int length, String text) {
    }

    private FittedValueEdits() {
    }

    /**
     * @param model      a file parsed with its node model
     * @param stack      the name of the stack the values were fitted to, a stack of {@code model}
     * @param values     what to write
     * @param sourceName the name of the source element the values cite; declared at the end of the file unless it is
     * @param citation   the source's text, e.g. "Fitted by Interphase to data/eis.mpt on 2026-11-22"
     * @return non-overlapping edits in descending offset order, so applying them one after the other is safe
     * @throws IllegalArgumentException if two values of one property of a material of the stack differ (two faces
     *                                  fitted apart), which one stack cannot hold
     */
    public static List<TextEdit> edits(Model model, String stack, List<FittedValue> values, String sourceName,
            String citation) {
        String text = NodeModelUtils.getNode(model).getRootNode().getText();
        List<TextEdit> edits = new ArrayList<>();
        StringBuilder appended = new StringBuilder();
        boolean declared = model.getElements().stream()
                .anyMatch(e -> e instanceof Source source && sourceName.equals(source.getName()));
        if (!declared) {
            appended.append("\nsource ").append(sourceName).append(' ').append(quoted(citation)).append('\n');
        }
        Map<EObject, List<String>> newLines = new LinkedHashMap<>();
        Map<String, String> fileWide = new LinkedHashMap<>();
        Map<String, String> inStack = new LinkedHashMap<>();
        for (FittedValue value : values) {
            String line = value.property().key() + " = " + conductivity(value.value()) + " at "
                    + celsius(value.temperature()) + " source " + sourceName + " " + quoted(value.locator());
            List<Layer> layers = layers(model, stack, value.material());
            String what = value.material() + " " + value.property().key();
            String before = inStack.putIfAbsent(what, conductivity(value.value()));
            if (!layers.isEmpty() && before != null && !before.equals(conductivity(value.value()))) {
                throw new IllegalArgumentException("the fit gives two values of " + value.property().key() + " of "
                        + value.material() + " (" + before + " and " + conductivity(value.value()) + "), but stack "
                        + stack + " has one " + value.material() + "; fit a circuit that takes its layers as one");
            }
            if (before != null) {
                continue;
            }
            List<EObject> owners = layers.isEmpty()
                    ? declared(model, value.material()).<List<EObject>>map(List::of).orElse(List.of())
                    : List.copyOf(layers);
            if (owners.isEmpty()) {
                fileWide.merge(value.material(), INDENT + line + "\n", String::concat);
            }
            for (EObject owner : owners) {
                Optional<Property> written = properties(owner).stream()
                        .filter(p -> value.property().key().equals(p.getKey())).findFirst();
                if (written.isPresent()) {
                    ICompositeNode node = NodeModelUtils.getNode(written.get());
                    edits.add(new TextEdit(node.getOffset(), node.getLength(), line));
                } else {
                    newLines.computeIfAbsent(owner, o -> new ArrayList<>()).add(line);
                }
            }
        }
        newLines.forEach((owner, lines) -> edits.add(insertion(owner, lines, text)));
        fileWide.forEach((name, lines) -> appended.append("\nmaterial ").append(name).append(" {\n").append(lines)
                .append("}\n"));
        if (!appended.isEmpty()) {
            String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
            edits.add(new TextEdit(text.length(), 0, separator + appended));
        }
        edits.sort(Comparator.comparingInt(TextEdit::offset).reversed());
        return List.copyOf(edits);
    }

    /**
     * Where {@link #edits} writes each value: "layer electrolyte LATP of stack Bare (cells.iph:5)" for a material the
     * stack has a layer of, else "material LATP-MCI, file-wide".
     */
    public static List<String> destinations(Model model, String stack, List<FittedValue> values) {
        Set<String> destinations = new LinkedHashSet<>();
        for (FittedValue value : values) {
            List<Layer> layers = layers(model, stack, value.material());
            if (layers.isEmpty()) {
                destinations.add("material " + value.material() + ", file-wide");
            }
            layers.forEach(layer -> destinations.add("layer " + describe(layer) + " of stack " + stack + " ("
                    + model.eResource().getURI().lastSegment() + ":" + NodeModelUtils.getNode(layer).getStartLine()
                    + ")"));
        }
        return List.copyOf(destinations);
    }

    /**
     * The stacks besides {@code fitted} that the edits of {@link #edits} would change: a value written file-wide into
     * a material is seen by every stack of the files loaded with it (a project), so each stack with a layer of such
     * a material, or with two neighbouring layers whose interface grows it as an interphase, is listed, for the user
     * to confirm before the values are written.
     *
     * @param model  the edited file, loaded with the other files of its project
     * @param values what would be written
     * @param fitted the stack the values were fitted to
     */
    public static List<AffectedStack> otherStacks(Model model, List<FittedValue> values, String fitted) {
        // Values written into the fitted stack's own layers change no other stack.
        Set<String> materials = values.stream().map(FittedValue::material)
                .filter(material -> layers(model, fitted, material).isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        if (materials.isEmpty()) {
            return List.of();
        }
        List<Resource> resources = model.eResource().getResourceSet() == null ? List.of(model.eResource())
                : model.eResource().getResourceSet().getResources();
        // An interphase's material is in every stack where its interface's two materials touch.
        MaterialLibrary library = model.eResource().getResourceSet() == null ? Libraries.installed()
                : FilesLibrary.of(model.eResource(), Libraries.installed()).combined().orElse(Libraries.installed());
        List<AffectedStack> affected = new ArrayList<>();
        for (Resource resource : List.copyOf(resources)) {
            for (Object content : resource.getContents()) {
                if (!(content instanceof Model file)) {
                    continue;
                }
                for (Object element : file.getElements()) {
                    if (element instanceof Stack stack && !fitted.equals(stack.getName())) {
                        List<String> layers = new ArrayList<>(stack.getLayers().stream()
                                .filter(layer -> layer.getMaterial() != null
                                        && materials.contains(layer.getMaterial().getName()))
                                .map(FittedValueEdits::describe).toList());
                        layers.addAll(interphases(stack, materials, library));
                        if (!layers.isEmpty()) {
                            affected.add(new AffectedStack(stack.getName(), resource.getURI().lastSegment() + ":"
                                    + NodeModelUtils.getNode(stack).getStartLine(), layers));
                        }
                    }
                }
            }
        }
        return List.copyOf(affected);
    }

    /** "interphase Li|LATP: LATP-MCI" for each contact of neighbouring layers that grows one of {@code materials}. */
    private static List<String> interphases(Stack stack, Set<String> materials, MaterialLibrary library) {
        List<String> found = new ArrayList<>();
        List<Layer> layers = stack.getLayers();
        for (int i = 0; i + 1 < layers.size(); i++) {
            if (layers.get(i).getMaterial() == null || layers.get(i + 1).getMaterial() == null) {
                continue;
            }
            String a = layers.get(i).getMaterial().getName();
            String b = layers.get(i + 1).getMaterial().getName();
            library.interfaceBetween(a, b).flatMap(MaterialInterface::interphase).filter(materials::contains)
                    .ifPresent(interphase -> found.add("interphase " + a + "|" + b + ": " + interphase));
        }
        return found;
    }

    private static String describe(Layer layer) {
        return layer.getRole().getLiteral() + " " + (layer.getName() == null ? "" : layer.getName() + ": ")
                + layer.getMaterial().getName();
    }

    /** Applies edits from {@link #edits} to a text, for headless use (the editor applies them to its document). */
    public static String apply(String text, List<TextEdit> edits) {
        StringBuilder result = new StringBuilder(text);
        edits.forEach(e -> result.replace(e.offset(), e.offset() + e.length(), e.text()));
        return result.toString();
    }

    private static Optional<Material> declared(Model model, String name) {
        return model.getElements().stream().filter(e -> e instanceof Material m && name.equals(m.getName()))
                .map(Material.class::cast).findFirst();
    }

    /** The layers of material {@code material} in stack {@code stack} of the file. */
    private static List<Layer> layers(Model model, String stack, String material) {
        return model.getElements().stream().filter(e -> e instanceof Stack s && stack.equals(s.getName()))
                .flatMap(e -> ((Stack) e).getLayers().stream())
                .filter(layer -> layer.getMaterial() != null && material.equals(layer.getMaterial().getName()))
                .toList();
    }

    private static List<Property> properties(EObject owner) {
        return owner instanceof Layer layer ? layer.getProperties() : ((Material) owner).getProperties();
    }

    /**
     * New property lines at the end of a material's or layer's block; a block is added, indented under the line it
     * opens on, if it has none.
     */
    private static TextEdit insertion(EObject owner, List<String> lines, String text) {
        ICompositeNode node = NodeModelUtils.getNode(owner);
        Optional<ILeafNode> closing = lastBrace(node);
        if (closing.isEmpty()) {
            int start = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
            String indent = text.substring(start, node.getOffset()).isBlank() ? text.substring(start,
                    node.getOffset()) : "";
            return new TextEdit(node.getEndOffset(), 0, " {\n" + block(indent + INDENT, lines) + indent + "}");
        }
        int brace = closing.get().getOffset();
        int lineStart = text.lastIndexOf('\n', brace - 1) + 1;
        String before = text.substring(lineStart, brace);
        return before.isBlank()
                ? new TextEdit(lineStart, 0, block(before + INDENT, lines))
                : new TextEdit(brace, 0, " " + String.join(" ", lines) + " ");
    }

    private static String block(String indent, List<String> lines) {
        StringBuilder block = new StringBuilder();
        lines.forEach(line -> block.append(indent).append(line).append('\n'));
        return block.toString();
    }

    private static Optional<ILeafNode> lastBrace(ICompositeNode node) {
        ILeafNode last = null;
        for (ILeafNode leaf : node.getLeafNodes()) {
            if (!leaf.isHidden() && "}".equals(leaf.getText())) {
                last = leaf;
            }
        }
        return Optional.ofNullable(last);
    }

    private static String conductivity(double siemensPerMetre) {
        return new BigDecimal(siemensPerMetre / SIEMENS_PER_CM).round(SIGNIFICANT).toString() + " S/cm";
    }

    private static String celsius(double kelvin) {
        return new BigDecimal(kelvin - KELVIN_OFFSET).round(new MathContext(4)).stripTrailingZeros().toPlainString()
                + " °C";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "'") + "\"";
    }
}
