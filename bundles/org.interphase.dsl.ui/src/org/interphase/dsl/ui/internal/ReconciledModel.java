package org.interphase.dsl.ui.internal;

import java.util.List;

import org.eclipse.jface.text.Position;
import org.eclipse.xtext.resource.XtextResource;

/**
 * What the reconciler computed for one version of the editor's text, on its own thread: the parsed and linked file
 * (which hover and navigation reuse, so the UI thread never parses), its outline, its folding regions and its semantic colours. The
 * resource is read-only from here on.
 *
 * @param text     the text that was parsed; the rest is valid only while the document still holds it
 * @param resource the parsed file, linked with the project's other files
 * @param outline  the outline of the file
 * @param folds    the multi-line blocks the user can fold
 * @param colours  the names coloured by what they stand for
 */
record ReconciledModel(String text, XtextResource resource, List<OutlineItem> outline, List<Position> folds,
        List<SemanticColouring.Highlight> colours) {

    ReconciledModel {
        outline = List.copyOf(outline);
        folds = List.copyOf(folds);
        colours = List.copyOf(colours);
    }

    /** Whether this model describes {@code current}, the document's text now. */
    boolean describes(String current) {
        return text.equals(current);
    }
}
