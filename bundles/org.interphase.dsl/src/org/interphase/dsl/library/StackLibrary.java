package org.interphase.dsl.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.interphase.library.LibraryException;
import org.interphase.library.LibraryProblem;
import org.interphase.library.MaterialLibrary;
import org.interphase.model.Layer;
import org.interphase.model.Property;
import org.interphase.model.Stack;

/**
 * The library one stack is simulated with: the files' library with the properties its layers state for themselves
 * ({@code electrolyte LATP 1 mm { ionicConductivity = … }}) laid over their materials, so such a block changes its
 * own stack and no other stack of the files. Every model reads one value per material of a stack (the impedance of
 * each layer, the cycling cell's separator, the symmetric cell's shields), so layers of one material in a stack
 * state the same block, or the stack is refused.
 */
public final class StackLibrary {

    private StackLibrary() {
    }

    /**
     * @param files the files' library ({@link FilesLibrary#combined()})
     * @throws LibraryException each problem at the line of the layer or property that causes it
     */
    public static MaterialLibrary of(MaterialLibrary files, Stack stack) {
        Map<String, Layer> first = new LinkedHashMap<>();
        List<LibraryProblem> problems = new ArrayList<>();
        for (Layer layer : stack.getLayers()) {
            if (layer.getMaterial() == null || layer.getMaterial().eIsProxy()) {
                continue;
            }
            String material = layer.getMaterial().getName();
            Layer earlier = first.putIfAbsent(material, layer);
            if (earlier != null && !block(earlier).equals(block(layer))) {
                problems.add(new LibraryProblem(WrittenEntries.origin(layer).file(),
                        WrittenEntries.origin(layer).line(), "this layer and the one at line "
                                + WrittenEntries.origin(earlier).line() + " are both " + material + " but state "
                                + "different properties for it; a stack has one " + material + " for every model, so"
                                + " give both layers the same block (or write the properties in a material of their"
                                + " own)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new LibraryException(problems);
        }
        WrittenEntries overrides = new WrittenEntries(WrittenEntries.Citations.OWN_FILE);
        first.values().stream().filter(layer -> !layer.getProperties().isEmpty()).forEach(overrides::addLayer);
        return overrides.entries().isEmpty() ? files : overrides.laidOver(files);
    }

    /** The layer's block as written, spaces and comments aside, to compare two layers' blocks. */
    private static String block(Layer layer) {
        return layer.getProperties().stream().map(StackLibrary::text).collect(Collectors.joining(";"));
    }

    private static String text(Property property) {
        ICompositeNode node = NodeModelUtils.getNode(property);
        return node == null ? property.getKey() : NodeModelUtils.getTokenText(node);
    }
}
