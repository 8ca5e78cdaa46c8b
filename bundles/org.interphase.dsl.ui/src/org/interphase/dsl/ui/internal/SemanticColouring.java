package org.interphase.dsl.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.ide.highlighting.InterphaseSemanticHighlighting;

/**
 * Lays the language's semantic colours (materials, chemicals, recipes, stacks, sources, see
 * {@link InterphaseSemanticHighlighting}) over the lexer's colours. The regions are computed with each reconcile on
 * its thread; the UI thread only merges them into what it redraws anyway. Between reconciles, typing moves the
 * regions after the edit and drops those it touched, so colours stay on their names.
 */
final class SemanticColouring implements ITextPresentationListener, IDocumentListener {

    /** One coloured name, in document offsets. */
    record Highlight(int offset, int length, String style) {
    }

    private final SyntaxColours colours;
    private volatile List<Highlight> highlights = List.of();

    SemanticColouring(SyntaxColours colours) {
        this.colours = colours;
    }

    /** The coloured names of a parsed file; on the reconciler's thread. */
    static List<Highlight> of(XtextResource resource, CancelIndicator cancel) {
        List<Highlight> found = new ArrayList<>();
        LanguageServices.injector().getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(
                resource, (offset, length, ids) -> found.add(new Highlight(offset, length, ids[0])), cancel);
        return found;
    }

    /** Takes the regions of the text the document now holds; the caller then redraws. */
    void update(List<Highlight> latest) {
        highlights = List.copyOf(latest);
    }

    @Override
    public void documentAboutToBeChanged(DocumentEvent event) {
        // The regions are moved once the change is known.
    }

    @Override
    public void documentChanged(DocumentEvent event) {
        int start = event.getOffset();
        int end = start + event.getLength();
        int delta = (event.getText() == null ? 0 : event.getText().length()) - event.getLength();
        List<Highlight> moved = new ArrayList<>(highlights.size());
        for (Highlight h : highlights) {
            if (h.offset() + h.length() <= start) {
                moved.add(h);
            } else if (h.offset() >= end) {
                moved.add(new Highlight(h.offset() + delta, h.length(), h.style()));
            }
        }
        highlights = moved;
    }

    /** The style shown at {@code offset}, if a name is coloured there. */
    String styleAt(int offset) {
        return highlights.stream().filter(h -> offset >= h.offset() && offset < h.offset() + h.length())
                .map(Highlight::style).findFirst().orElse(null);
    }

    @Override
    public void applyTextPresentation(TextPresentation presentation) {
        IRegion extent = presentation.getExtent();
        int start = extent.getOffset();
        int end = start + extent.getLength();
        for (Highlight highlight : highlights) {
            if (highlight.offset() + highlight.length() <= start || highlight.offset() >= end) {
                continue;
            }
            TextAttribute style = colours.semantic(highlight.style());
            if (style != null) {
                int from = Math.max(start, highlight.offset());
                int to = Math.min(end, highlight.offset() + highlight.length());
                presentation.mergeStyleRange(new StyleRange(from, to - from, style.getForeground(), null,
                        style.getStyle()));
            }
        }
    }
}
