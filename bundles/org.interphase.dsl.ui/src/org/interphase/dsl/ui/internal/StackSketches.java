package org.interphase.dsl.ui.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.Position;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.library.MaterialLibrary;
import org.interphase.model.Experiment;
import org.interphase.model.Layer;
import org.interphase.model.Stack;
import org.interphase.sim.SimulationException;
import org.interphase.ui.views.CrossSectionInput;
import org.interphase.ui.views.CrossSectionInput.Band;

/**
 * The cross-sections of a file's stacks, computed on the reconciler's thread from the parsed text, with where each
 * drawn layer is written so that a click on it can select its line. A stack that does not compile (yet) has none:
 * while the user types, the view keeps the last good picture rather than flashing an error.
 */
final class StackSketches {

    /**
     * One stack of the file.
     *
     * @param name   the stack's name
     * @param region where the stack, and the experiments on it, are written: the caret in them picks this stack
     * @param input  what the cross-section draws
     * @param layers for each drawn layer, the text of its DSL layer line; null for a layer the file does not write
     *               (an interphase the compiler adds)
     */
    record Sketch(String name, List<Position> region, CrossSectionInput input, List<Position> layers) {

        boolean contains(int offset) {
            return region.stream().anyMatch(p -> p.includes(offset));
        }
    }

    private StackSketches() {
    }

    static List<Sketch> of(XtextResource resource, MaterialLibrary library) {
        List<Sketch> sketches = new ArrayList<>();
        if (resource.getContents().isEmpty()) {
            return sketches;
        }
        ModelCompiler compiler = new ModelCompiler(library);
        for (EObject element : resource.getContents().get(0).eContents()) {
            if (element instanceof Stack stack && stack.getName() != null) {
                try {
                    CrossSectionInput input = CrossSectionInput.of(compiler.stack(stack), stack);
                    sketches.add(new Sketch(stack.getName(), region(stack, resource), input, layerLines(input, stack)));
                } catch (CompileException | SimulationException e) {
                    // Incomplete while typing; the validator reports why.
                }
            }
        }
        return sketches;
    }

    private static List<Position> region(Stack stack, XtextResource resource) {
        List<Position> region = new ArrayList<>();
        position(stack).ifPresent(region::add);
        resource.getContents().get(0).eContents().stream()
                .filter(e -> e instanceof Experiment experiment && experiment.getStack() == stack)
                .forEach(e -> position(e).ifPresent(region::add));
        return region;
    }

    /** Drawn layers match the written ones in order; layers the compiler adds (interphases) match by name. */
    private static List<Position> layerLines(CrossSectionInput input, Stack stack) {
        List<Layer> written = stack.getLayers();
        List<Layer> between = written.size() >= 2 ? written.subList(1, written.size() - 1) : List.of();
        List<Position> lines = new ArrayList<>();
        Set<Layer> used = new HashSet<>();
        for (int i = 0; i < input.layers().size(); i++) {
            Band band = input.layers().get(i);
            Optional<Layer> layer = between.size() == input.layers().size() ? Optional.of(between.get(i))
                    : between.stream().filter(l -> !used.contains(l) && names(l, band)).findFirst();
            layer.ifPresent(used::add);
            lines.add(layer.flatMap(StackSketches::position).orElse(null));
        }
        return lines;
    }

    private static boolean names(Layer layer, Band band) {
        return band.label().equals(layer.getName())
                || layer.getMaterial() != null && band.material().equals(layer.getMaterial().getName());
    }

    private static Optional<Position> position(EObject object) {
        ICompositeNode node = NodeModelUtils.getNode(object);
        return node == null ? Optional.empty() : Optional.of(new Position(node.getOffset(), node.getLength()));
    }
}
