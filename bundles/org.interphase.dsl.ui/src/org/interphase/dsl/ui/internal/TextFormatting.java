package org.interphase.dsl.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes.TextEdit;

import com.google.inject.Injector;

/** The edits the language's formatter (formatting2) makes to a text, the same layout the CLI and tests use. */
final class TextFormatting {

    private TextFormatting() {
    }

    /** The edits that format {@code text}; empty if it has syntax errors, which the formatter would make worse. */
    static Optional<List<TextEdit>> edits(String text) {
        Injector injector = LanguageServices.injector();
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        // Formatting needs the syntax only, so the file is parsed on its own, without the project's other files.
        XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class)
                .createResource(URI.createURI("format." + ProjectModels.FILE_EXTENSION));
        resourceSet.getResources().add(resource);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot parse text held in memory", e);
        }
        if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
            return Optional.empty();
        }
        var access = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
        return Optional.of(injector.getInstance(IFormatter2.class)
                .format(new FormatterRequest().setTextRegionAccess(access)).stream()
                .map(replacement -> new TextEdit(replacement.getOffset(), replacement.getLength(),
                        replacement.getReplacementText()))
                .filter(edit -> !text.substring(edit.offset(), edit.offset() + edit.length()).equals(edit.text()))
                .toList());
    }
}
