package org.interphase.dsl.ide.server;

import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Formats only files that parse, as the Eclipse editor does: on a file with syntax errors the formatter would move
 * the broken text around (and Xtext's formatter may fail on the node model of an error recovery).
 */
public class InterphaseFormattingService extends FormattingService {

    @Override
    public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
            FormattingOptions options) {
        if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
            return List.of();
        }
        return super.format(resource, document, offset, length, options);
    }
}
