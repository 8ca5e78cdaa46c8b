package org.example.interphase.pld;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.interphase.dsl.ide.InterphaseIdeSetup;
import org.interphase.model.Model;

import com.google.inject.Injector;

/** The Interphase language as the editor runs it (IDE setup): parse, validate and complete text. */
final class PldLanguage implements AutoCloseable {

    private final Injector injector = new InterphaseIdeSetup().createInjectorAndDoEMFRegistration();
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    /** Parses {@code text} as a file of its own. */
    XtextResource parse(String text) {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("pld-test.iph"));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource;
    }

    static Model model(XtextResource resource) {
        return (Model) resource.getContents().get(0);
    }

    /** Every issue (syntax, linking, validation) of {@code text}. */
    List<Issue> issues(String text) {
        return injector.getInstance(IResourceValidator.class).validate(parse(text), CheckMode.ALL,
                CancelIndicator.NullImpl);
    }

    /** The completions at the '|' of {@code textWithCursor}. */
    List<ContentAssistEntry> proposals(String textWithCursor) {
        int offset = textWithCursor.indexOf('|');
        String text = textWithCursor.substring(0, offset) + textWithCursor.substring(offset + 1);
        XtextResource resource = parse(text);
        ContentAssistContextFactory contexts = injector.getInstance(ContentAssistContextFactory.class);
        contexts.setPool(pool);
        IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
        injector.getInstance(IdeContentProposalProvider.class).createProposals(
                Arrays.asList(contexts.create(text, new TextRegion(offset, 0), offset, resource)), acceptor);
        return StreamSupport.stream(acceptor.getEntries().spliterator(), false).toList();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
