package org.interphase.dsl.ui.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

/**
 * Ctrl+click on a reference (a material, chemical, recipe, stack or source name) links to its declaration, in this
 * file, another .iph file of the project, or the built-in library. Runs on the UI thread, so it only reads the model
 * the reconciler parsed for the current text; while the user types faster than that, there are no links.
 */
final class InterphaseHyperlinkDetector implements IHyperlinkDetector {

    private final InterphaseEditor editor;
    private final EObjectAtOffsetHelper elements = new EObjectAtOffsetHelper();

    InterphaseHyperlinkDetector(InterphaseEditor editor) {
        this.editor = editor;
    }

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        XtextResource resource = editor.reconciledResource(viewer.getDocument().get()).orElse(null);
        if (resource == null) {
            return null;
        }
        INode reference = elements.getCrossReferenceNode(resource, new TextRegion(region.getOffset(), 0));
        if (reference == null) {
            return null;
        }
        EObject target = elements.resolveCrossReferencedElementAt(resource, region.getOffset());
        if (target == null || target.eIsProxy()) {
            return null;
        }
        IRegion link = new Region(reference.getOffset(), reference.getLength());
        return new IHyperlink[] {DeclarationHyperlink.to(target, link, editor)};
    }
}
