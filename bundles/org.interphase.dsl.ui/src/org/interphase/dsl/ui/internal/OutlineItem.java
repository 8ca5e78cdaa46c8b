package org.interphase.dsl.ui.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.interphase.model.Experiment;
import org.interphase.model.Model;
import org.interphase.model.Recipe;
import org.interphase.model.Stack;

/**
 * One node of the editor's outline: the first line of a model element's text (without its block), where the text is,
 * and the element's parts (a recipe's steps, a stack's layers, an experiment's measurements).
 */
record OutlineItem(String label, int offset, int length, List<OutlineItem> children) {

    private static final int MAX_LABEL = 80;

    /** The outline of a parsed .iph file: its elements, in file order. */
    static List<OutlineItem> of(Resource resource) {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
            return List.of();
        }
        return model.getElements().stream().map(element -> of(element, switch (element) {
            case Recipe recipe -> recipe.getSteps();
            case Stack stack -> stack.getLayers();
            case Experiment experiment -> experiment.getMeasurements();
            default -> List.<EObject>of();
        })).toList();
    }

    /** The labels of {@code items} and of their parts, without positions: what the outline's tree shows. */
    static List<Object> labelsOf(List<OutlineItem> items) {
        return items.stream().<Object>map(item -> List.of(item.label(), labelsOf(item.children()))).toList();
    }

    private static OutlineItem of(EObject element, List<? extends EObject> parts) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        List<OutlineItem> children = parts.stream().map(part -> of(part, List.of())).toList();
        if (node == null) {
            return new OutlineItem(element.eClass().getName(), 0, 0, children);
        }
        String text = node.getRootNode().getText().substring(node.getOffset(), node.getEndOffset());
        return new OutlineItem(labelOf(text), node.getOffset(), node.getLength(), children);
    }

    private static String labelOf(String text) {
        String label = text.lines().findFirst().orElse("");
        int block = label.indexOf('{');
        label = (block >= 0 ? label.substring(0, block) : label).strip();
        return label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL) + "\u2026" : label;
    }
}
