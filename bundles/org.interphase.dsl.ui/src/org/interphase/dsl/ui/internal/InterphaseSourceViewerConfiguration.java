package org.interphase.dsl.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.information.IInformationPresenter;
import org.eclipse.jface.text.information.InformationPresenter;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/**
 * Colouring by the language's lexer, validation in the background, completion, hovers, hyperlinks and quick fixes,
 * for the Interphase editor.
 */
final class InterphaseSourceViewerConfiguration extends TextSourceViewerConfiguration {

    /** Pause in typing after which the text is validated: long enough not to parse on every key stroke. */
    static final int VALIDATION_DELAY_MS = 400;

    private final InterphaseEditor editor;

    InterphaseSourceViewerConfiguration(InterphaseEditor editor, IPreferenceStore preferences) {
        super(preferences);
        this.editor = editor;
    }

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
        return InterphasePartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return InterphasePartitions.CONTENT_TYPES.clone();
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(InterphasePartitions.PARTITIONING);
        install(reconciler, org.eclipse.jface.text.IDocument.DEFAULT_CONTENT_TYPE,
                // Asked here, not in the constructor, which runs before the editor's fields are set.
                new InterphaseTokenScanner(new LexicalClassifier(LanguageServices.injector()), editor.colours()));
        install(reconciler, InterphasePartitions.COMMENT, uniform(TokenCategory.COMMENT));
        install(reconciler, InterphasePartitions.STRING, uniform(TokenCategory.STRING));
        return reconciler;
    }

    private static void install(PresentationReconciler reconciler, String contentType, ITokenScanner scanner) {
        DefaultDamagerRepairer damagerRepairer = new DefaultDamagerRepairer(scanner);
        reconciler.setDamager(damagerRepairer, contentType);
        reconciler.setRepairer(damagerRepairer, contentType);
    }

    /** A scanner that gives a whole partition the colour of {@code category} on the current background. */
    private ITokenScanner uniform(TokenCategory category) {
        SyntaxColours colours = editor.colours();
        return new RuleBasedScanner() {
            @Override
            public void setRange(IDocument document, int offset, int length) {
                setDefaultReturnToken(new Token(colours.style(category)));
                super.setRange(document, offset, length);
            }
        };
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        MonoReconciler reconciler = new MonoReconciler(new ValidationReconcilingStrategy(editor, editor::reconciled), false);
        reconciler.setDelay(VALIDATION_DELAY_MS);
        return reconciler;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        // Asynchronous: the proposals parse the project's files, which must not freeze typing in a big file.
        ContentAssistant assistant = new ContentAssistant(true);
        assistant.setDocumentPartitioning(InterphasePartitions.PARTITIONING);
        // Only code: there is nothing to propose inside comments and strings.
        assistant.setContentAssistProcessor(new InterphaseContentAssistProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(VALIDATION_DELAY_MS);
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new InterphaseTextHover(editor, super.getTextHover(sourceViewer, contentType));
    }

    /** F2 shows the hover of the word at the caret, for keyboard users. */
    @Override
    public IInformationPresenter getInformationPresenter(ISourceViewer sourceViewer) {
        InformationPresenter presenter = new InformationPresenter(getInformationControlCreator(sourceViewer));
        presenter.setDocumentPartitioning(InterphasePartitions.PARTITIONING);
        presenter.setInformationProvider(new InterphaseTextHover(editor, null), IDocument.DEFAULT_CONTENT_TYPE);
        presenter.setSizeConstraints(120, 30, true, true);
        return presenter;
    }

    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
        IHyperlinkDetector[] others = super.getHyperlinkDetectors(sourceViewer);
        List<IHyperlinkDetector> detectors = new ArrayList<>();
        detectors.add(editor.hyperlinkDetector());
        if (others != null) {
            detectors.addAll(List.of(others));
        }
        return detectors.toArray(IHyperlinkDetector[]::new);
    }

    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new InterphaseQuickAssistProcessor());
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }
}
