package org.interphase.dsl.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.Position;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.interphase.model.Cycle;
import org.interphase.model.CyclingProtocol;
import org.interphase.model.Experiment;
import org.interphase.model.LayerByLayer;
import org.interphase.model.Material;
import org.interphase.model.Recipe;
import org.interphase.model.Stack;
import org.interphase.model.StepGroup;

/**
 * The blocks of a parsed file a user folds: recipes, stacks, experiments, material blocks, deposition cycles, LbL
 * blocks and cycling protocols, when they span more than one line. Each region runs from the start of its first line
 * to the end of its last, so that folding hides whole lines.
 */
final class FoldingRegions {

    private FoldingRegions() {
    }

    static List<Position> of(Resource resource) {
        List<Position> regions = new ArrayList<>();
        resource.getAllContents().forEachRemaining(object -> {
            if (isBlock(object)) {
                ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
                if (node != null && node.getStartLine() < node.getEndLine()) {
                    String text = node.getRootNode().getText();
                    int start = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
                    int lineEnd = text.indexOf('\n', node.getEndOffset());
                    int end = lineEnd < 0 ? text.length() : lineEnd + 1;
                    regions.add(new Position(start, end - start));
                }
            }
        });
        return regions;
    }

    private static boolean isBlock(EObject object) {
        return object instanceof Recipe || object instanceof Stack || object instanceof Experiment
                || object instanceof Material || object instanceof Cycle || object instanceof LayerByLayer
                || object instanceof CyclingProtocol || object instanceof StepGroup;
    }
}
