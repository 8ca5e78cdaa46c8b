package org.interphase.dsl.ui.internal;

import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.information.IInformationProvider;
import org.eclipse.jface.text.information.IInformationProviderExtension;
import org.interphase.dsl.ide.hover.InterphaseHoverText;
import org.interphase.dsl.library.Libraries;

/**
 * The editor's hover: what {@link InterphaseHoverText} says about the word under the mouse (a material's sourced
 * properties, a recipe's grown thickness, a quantity in SI), else the annotation hover of the text editor (problem
 * messages). JFace computes hovers on a thread of their own, so the file may be parsed here when the reconciler's
 * model is out of date. Also the information (F2, "Show Tooltip Description") at the caret, which runs on the UI
 * thread and so only reads the reconciler's model.
 */
final class InterphaseTextHover
        implements ITextHover, ITextHoverExtension, ITextHoverExtension2, IInformationProvider, IInformationProviderExtension {

    private static final class Library {
        static final InterphaseHoverText HOVERS = new InterphaseHoverText(Libraries.installed());
    }

    private final InterphaseEditor editor;
    private final ITextHover problems;

    InterphaseTextHover(InterphaseEditor editor, ITextHover problems) {
        this.editor = editor;
        this.problems = problems;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        // The word is found when the text is computed; a point region keeps the hover open while the mouse moves on it.
        return new Region(offset, 0);
    }

    @Override
    public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
        return info(viewer, region, true);
    }

    @Override
    public IRegion getSubject(ITextViewer viewer, int offset) {
        return getHoverRegion(viewer, offset);
    }

    @Override
    public Object getInformation2(ITextViewer viewer, IRegion subject) {
        return info(viewer, subject, false);
    }

    @Override
    @Deprecated
    public String getInformation(ITextViewer viewer, IRegion subject) {
        Object info = getInformation2(viewer, subject);
        return info == null ? null : info.toString();
    }

    private Object info(ITextViewer viewer, IRegion region, boolean mayParse) {
        String text = viewer.getDocument().get();
        return (mayParse ? editor.modelOf(text) : editor.reconciledResource(text))
                .flatMap(resource -> Library.HOVERS.at(resource, region.getOffset()))
                .<Object>map(InterphaseHoverText.Hover::text)
                .orElseGet(() -> problems == null ? null : problems.getHoverInfo(viewer, region));
    }

    @Override
    @Deprecated
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        Object info = getHoverInfo2(viewer, region);
        return info == null ? null : info.toString();
    }

    @Override
    public IInformationControlCreator getHoverControlCreator() {
        return problems instanceof ITextHoverExtension extension ? extension.getHoverControlCreator() : null;
    }
}
