package org.interphase.dsl.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.interphase.dsl.ide.quickfix.InterphaseQuickFixes.TextEdit;

import com.google.inject.Injector;

/**
 * Completion (Ctrl+Space) in the Interphase editor by Xtext's UI-free content assist, the one its language server
 * uses: the grammar gives the keywords and the scopes give the referable materials, recipes and stacks. The text is
 * parsed afresh together with the project's other files, like the validation, so that names from those files and the
 * built-in library are proposed.
 */
final class InterphaseContentAssistProcessor implements IContentAssistProcessor {

    /** Typing a space after a keyword like {@code lithium} or {@code electrolyte pellet:} opens the proposals. */
    private static final char[] AUTO_ACTIVATION = {' '};

    /** Xtext's context factory parses the follow elements in a pool; completion is rare enough for the common one. */
    private static final ExecutorService POOL = ForkJoinPool.commonPool();

    private final ITextEditor editor;

    InterphaseContentAssistProcessor(ITextEditor editor) {
        this.editor = editor;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        return proposals(viewer.getDocument(), offset).toArray(ICompletionProposal[]::new);
    }

    /** The proposals at {@code offset} of {@code document}, the editor's text; none if the editor shows no file. */
    List<ICompletionProposal> proposals(IDocument document, int offset) {
        List<ICompletionProposal> proposals = new ArrayList<>();
        if (!(editor.getEditorInput() instanceof IFileEditorInput input)) {
            return proposals;
        }
        IFile file = input.getFile();
        String text = document.get();
        try {
            XtextResource resource = (XtextResource) new ProjectModels(file.getProject(), file, text).resourceOf(file);
            Injector injector = LanguageServices.injector();
            // The factory keeps the state of one request in its fields, so each request gets a new one.
            ContentAssistContextFactory contexts = injector.getInstance(ContentAssistContextFactory.class);
            contexts.setPool(POOL);
            ContentAssistContext[] atOffset = contexts.create(text, new TextRegion(offset, 0), offset, resource);
            IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
            injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(atOffset), acceptor);
            for (ContentAssistEntry entry : acceptor.getEntries()) {
                proposals.add(toProposal(entry, offset));
            }
        } catch (CoreException e) {
            ILog.of(getClass()).error("cannot compute proposals for " + file.getFullPath(), e);
        }
        return proposals;
    }

    /**
     * Replaces what the user typed of the proposal (Xtext's prefix), makes the entry's other edits (a declaration of
     * the chemical it names) in the same change, and puts the caret after the inserted text.
     */
    private static ICompletionProposal toProposal(ContentAssistEntry entry, int offset) {
        String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
        String label = entry.getLabel() == null ? entry.getProposal() : entry.getLabel();
        String display = entry.getDescription() == null ? label : label + " - " + entry.getDescription();
        if (entry.getTextReplacements().isEmpty()) {
            return new CompletionProposal(entry.getProposal(), offset - prefix.length(), prefix.length(),
                    entry.getProposal().length(), null, display, null, entry.getDocumentation());
        }
        TextEdit main = new TextEdit(offset - prefix.length(), prefix.length(), entry.getProposal());
        List<TextEdit> edits = new ArrayList<>(List.of(main));
        entry.getTextReplacements().forEach(r -> edits.add(new TextEdit(r.getOffset(), r.getLength(), r.getText())));
        int shift = edits.stream().filter(edit -> edit != main && edit.offset() < main.offset())
                .mapToInt(edit -> edit.text().length() - edit.length()).sum();
        return new EditsProposal(edits, main.offset() + shift + main.text().length(), display,
                entry.getDocumentation());
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return AUTO_ACTIVATION.clone();
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
