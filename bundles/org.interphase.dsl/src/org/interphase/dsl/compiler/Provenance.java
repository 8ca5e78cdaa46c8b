package org.interphase.dsl.compiler;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.interphase.core.provenance.SourcedQuantity;
import org.interphase.library.Origin;

/**
 * Where a compiled value comes from: a line of a DSL file, or an entry of the material library with its citation,
 * so that every number of a simulation input can be traced back to what a person wrote or a paper reported.
 *
 * @param location "file:line" of the DSL text or of the library entry
 * @param citation the source's citation (library values and cited DSL properties); empty for plain DSL values
 */
public record Provenance(String location, String citation) {

    public Provenance {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(citation, "citation (\"\" when there is none)");
    }

    /** The line {@code object} starts on in its file, e.g. "file:/home/me/cells.iph:12". */
    public static Provenance of(EObject object) {
        return new Provenance(location(object), "");
    }

    /** The line {@code feature} of {@code object} is written on (a clause of a longer construct), else its start. */
    public static Provenance of(EObject object, EStructuralFeature feature) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
        if (nodes.isEmpty()) {
            return of(object);
        }
        return new Provenance(file(object) + ":" + nodes.get(0).getStartLine(), "");
    }

    /** A library value: the entry's file and line, and the source it cites. */
    public static Provenance library(Origin origin, SourcedQuantity value) {
        return new Provenance("library " + origin, value.source().toString());
    }

    /** A default of a simulation model, which cites its own source. */
    public static Provenance model(SourcedQuantity value) {
        return new Provenance("model default", value.source().toString());
    }

    /** The file URI and 1-based line of {@code object}, or of its nearest container that has a node. */
    static String location(EObject object) {
        String file = file(object);
        for (EObject current = object; current != null; current = current.eContainer()) {
            ICompositeNode node = NodeModelUtils.getNode(current);
            if (node != null) {
                return file + ":" + node.getStartLine();
            }
        }
        return file;
    }

    private static String file(EObject object) {
        Resource resource = object.eResource();
        return resource == null ? "(no file)" : resource.getURI().toString();
    }

    /** E.g. "file:/cells.iph:12" or "library ald.iph:29 [Han2021] L. Han et al. ...". */
    @Override
    public String toString() {
        return citation.isEmpty() ? location : location + " " + citation;
    }
}
