package org.interphase.dsl.ide.server;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.interphase.dsl.ide.hover.InterphaseHoverText;
import org.interphase.dsl.library.Libraries;

import com.google.inject.Singleton;

/**
 * The language server's hover: the same text as the Eclipse editor's ({@link InterphaseHoverText}: a material's
 * properties with their sources, a recipe's grown thickness, a quantity in SI), instead of Xtext's documentation
 * comments, which .iph files do not use.
 */
@Singleton
public class InterphaseHoverService implements IHoverService {

    /** Built on first use: it compiles recipes with the installed library, which a server may never need. */
    private volatile InterphaseHoverText texts;

    @Override
    public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancel) {
        int offset = document.getOffSet(params.getPosition());
        return texts().at(resource, offset)
                .map(hover -> new Hover(new MarkupContent(MarkupKind.PLAINTEXT, hover.text()),
                        new Range(document.getPosition(hover.offset()),
                                document.getPosition(hover.offset() + hover.length()))))
                .orElse(EMPTY_HOVER);
    }

    private InterphaseHoverText texts() {
        if (texts == null) {
            texts = new InterphaseHoverText(Libraries.installed());
        }
        return texts;
    }
}
