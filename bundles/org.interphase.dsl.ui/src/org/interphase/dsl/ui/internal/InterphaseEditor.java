package org.interphase.dsl.ui.internal;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.resource.XtextResource;
import org.interphase.dsl.ide.library.InstalledLibraryFiles;
import org.interphase.dsl.library.Libraries;
import org.interphase.dsl.library.LibraryFiles;
import org.interphase.dsl.ui.InterphaseEditorIds;

/**
 * The editor of {@code .iph} files: a JFace text editor on the workspace file buffer, coloured by the language's
 * lexer, validated in the background by the Xtext runtime (Xtext's own Eclipse editor is not available), with an
 * outline, folding, hovers, Ctrl+click navigation, formatting, toggle comment and quick fixes. Everything that needs
 * the parsed model reuses the reconciler's {@link ReconciledModel}, so typing never waits for a parse. It also shows
 * the installed library's files ({@link LibraryFileInput}) read-only, parsed once when opened.
 */
public final class InterphaseEditor extends TextEditor {

    static final String CONTENT_ASSIST_ACTION = "ContentAssistProposal";
    static final String FORMAT_ACTION = "Format";
    static final String TOGGLE_COMMENT_ACTION = "ToggleComment";
    static final String OPEN_DECLARATION_ACTION = "OpenDeclaration";
    static final String RENAME_ACTION = "Rename";
    static final String FIND_REFERENCES_ACTION = "FindReferences";

    private final InterphaseOutlinePage outlinePage = new InterphaseOutlinePage(this);
    private final InterphaseHyperlinkDetector hyperlinks = new InterphaseHyperlinkDetector(this);
    private final CrossSectionLink crossSection = new CrossSectionLink(this);
    /** The text whose stacks the cross-section was last given after a reconcile (UI thread only). */
    private String sketchedText;
    private final OccurrenceMarker occurrences = new OccurrenceMarker(this);
    private final SyntaxColours colours = new SyntaxColours(this::textBackground);
    private final SemanticColouring colouring = new SemanticColouring(colours);
    /** Document lines drawn with the latest colours, as of {@link #colouredStamp}. */
    private final BitSet colouredLines = new BitSet();
    private long colouredStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
    private volatile ReconciledModel reconciled;
    private ProjectionSupport projectionSupport;

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setSourceViewerConfiguration(new InterphaseSourceViewerConfiguration(this, getPreferenceStore()));
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] {InterphaseEditorIds.EDITOR_CONTEXT});
    }

    /** Library files are read from their bundle and cannot be modified; workspace files use the file buffers. */
    @Override
    protected void setDocumentProvider(IEditorInput input) {
        if (input instanceof LibraryFileInput) {
            setDocumentProvider(LibraryDocumentProvider.INSTANCE);
        } else {
            super.setDocumentProvider(input);
        }
    }

    @Override
    protected void doSetInput(IEditorInput input) throws CoreException {
        super.doSetInput(input);
        if (input instanceof LibraryFileInput library) {
            // The reconciler validates workspace files only; a library file's text never changes, so one parse
            // gives its outline, colours, hovers and links for good.
            LibraryFiles.Text file = InstalledLibraryFiles.named(library.fileName()).orElseThrow();
            Job.create("Reading " + file.name(), monitor -> {
                reconciled(LibraryEditors.model(file, monitor::isCanceled));
            }).schedule();
        }
    }

    /** What a user who types into a library file reads in the status line. */
    static String readOnlyMessage(String fileName) {
        return fileName + " is read-only (" + InstalledLibraryFiles.owner(fileName) + "): declare the entry in"
                + " your own .iph file to change it";
    }

    @Override
    protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
        ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(),
                styles);
        getSourceViewerDecorationSupport(viewer);
        return viewer;
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
        projectionSupport = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
        projectionSupport.install();
        viewer.doOperation(ProjectionViewer.TOGGLE);
        viewer.addTextPresentationListener(colouring);
        viewer.addViewportListener(verticalOffset -> redrawVisibleText());
        if (document() != null) {
            document().addDocumentListener(colouring);
        }
        // The text widget ignores keys in a read-only editor; the status line says why.
        viewer.prependVerifyKeyListener(event -> {
            if (getEditorInput() instanceof LibraryFileInput library && event.character != 0
                    && (event.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) == 0) {
                showStatus(readOnlyMessage(library.fileName()), true);
            }
        });
        // Post-selection: after the caret rests, so arrowing through a file does not redraw the view every line.
        viewer.addPostSelectionChangedListener(event -> {
            crossSection.refresh(caret());
            occurrences.update(caret());
        });
    }

    @Override
    public void dispose() {
        if (projectionSupport != null) {
            projectionSupport.dispose();
        }
        crossSection.dispose();
        if (document() != null) {
            document().removeDocumentListener(colouring);
        }
        super.dispose();
    }

    @Override
    protected void createActions() {
        super.createActions();
        // TextEditor has no content assist action; this one makes the command (Ctrl+Space) open the proposals.
        Action contentAssist = new Action("Content Assist") {
            @Override
            public void run() {
                ((ITextOperationTarget) getSourceViewer()).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
            }
        };
        contentAssist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction(CONTENT_ASSIST_ACTION, contentAssist);
        setAction(FORMAT_ACTION, new FormatAction(this));
        setAction(TOGGLE_COMMENT_ACTION, new ToggleCommentAction(this));
        setAction(OPEN_DECLARATION_ACTION, new OpenDeclarationAction(this, hyperlinks));
        setAction(RENAME_ACTION, new RenameAction(this));
        setAction(FIND_REFERENCES_ACTION, new FindReferencesAction(this));
    }

    @Override
    protected void editorContextMenuAboutToShow(IMenuManager menu) {
        super.editorContextMenuAboutToShow(menu);
        addAction(menu, ITextEditorActionConstants.GROUP_EDIT, RENAME_ACTION);
        addAction(menu, ITextEditorActionConstants.GROUP_FIND, FIND_REFERENCES_ACTION);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class) {
            return adapter.cast(outlinePage);
        }
        if (projectionSupport != null) {
            T projection = projectionSupport.getAdapter(getSourceViewer(), adapter);
            if (projection != null) {
                return projection;
            }
        }
        return super.getAdapter(adapter);
    }

    /**
     * Takes the model of a newly validated text; called from the reconciler's thread. The outline and folding follow
     * on the UI thread, unless the user has typed on since, in which case a newer model is on its way.
     */
    void reconciled(ReconciledModel model) {
        reconciled = model;
        crossSection.sketches(StackSketches.of(model.resource(), Libraries.installed()));
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            IDocument document = document();
            if (document != null && model == reconciled && model.describes(document.get())) {
                outlinePage.update(model.outline());
                updateFolding(model.folds());
                colouring.update(model.colours());
                colouredLines.clear();
                redrawVisibleText();
                // Only a changed text moves the cross-section: a file validated again because the workspace changed
                // (a run writing its results) must not replace the run's stack that the view shows.
                String text = document.get();
                if (!text.equals(sketchedText)) {
                    sketchedText = text;
                    crossSection.refresh(caret());
                }
                occurrences.update(caret());
            }
        });
    }

    /**
     * Re-colours the visible lines that have not been drawn with the latest colours: a whole 2 000-line file would
     * be re-coloured on the UI thread after every pause, so the rest follows as it is scrolled into view (the text
     * widget keeps the styles it was given, so scrolling alone would show the colours of the file as opened).
     */
    private void redrawVisibleText() {
        if (getSourceViewer() instanceof ProjectionViewer viewer && viewer.getTextWidget() != null
                && viewer.getDocument() instanceof IDocumentExtension4 document) {
            if (document.getModificationStamp() != colouredStamp) {
                // Edits move lines; the lines drawn before are no longer known.
                colouredLines.clear();
                colouredStamp = document.getModificationStamp();
            }
            int top = viewer.getTopIndexStartOffset();
            int bottom = viewer.getBottomIndexEndOffset();
            try {
                int first = viewer.getDocument().getLineOfOffset(top);
                int last = viewer.getDocument().getLineOfOffset(bottom);
                if (bottom > top && colouredLines.nextClearBit(first) <= last) {
                    viewer.invalidateTextPresentation(top, bottom - top);
                    colouredLines.set(first, last + 1);
                }
            } catch (BadLocationException changedMeanwhile) {
                // The next reconcile or scroll draws them.
            }
        }
    }

    /** The syntax colours, which follow the editor's background (light or dark theme). */
    SyntaxColours colours() {
        return colours;
    }

    private Color textBackground() {
        ISourceViewer viewer = getSourceViewer();
        return viewer == null || viewer.getTextWidget() == null ? null : viewer.getTextWidget().getBackground();
    }

    SemanticColouring colouring() {
        return colouring;
    }

    private int caret() {
        ISourceViewer viewer = getSourceViewer();
        return viewer == null ? 0 : viewer.getSelectedRange().x;
    }

    /** The reconciler's parse of {@code text}, if it has parsed exactly that text; safe on the UI thread. */
    Optional<XtextResource> reconciledResource(String text) {
        ReconciledModel model = reconciled;
        return model != null && model.describes(text) ? Optional.of(model.resource()) : Optional.empty();
    }

    /**
     * The parse of {@code text} with the project's other files: the reconciler's, or a new one if the user typed on.
     * Not for the UI thread, where a parse of a big file would freeze the editor.
     */
    Optional<XtextResource> modelOf(String text) {
        Optional<XtextResource> current = reconciledResource(text);
        if (current.isPresent() || !(getEditorInput() instanceof IFileEditorInput input)) {
            return current;
        }
        IFile file = input.getFile();
        try {
            return Optional.of((XtextResource) new ProjectModels(file.getProject(), file, text).resourceOf(file));
        } catch (CoreException e) {
            return Optional.empty();
        }
    }

    /** Replaces the folding regions by {@code regions}, keeping those that did not change (and so their state). */
    private void updateFolding(List<Position> regions) {
        ProjectionAnnotationModel model = getSourceViewer() instanceof ProjectionViewer viewer
                ? viewer.getProjectionAnnotationModel() : null;
        if (model == null) {
            return;
        }
        Set<Position> added = new LinkedHashSet<>(regions);
        Set<Annotation> removed = new HashSet<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            Position position = model.getPosition(annotation);
            if (position == null || !added.remove(new Position(position.getOffset(), position.getLength()))) {
                removed.add(annotation);
            }
        }
        if (!removed.isEmpty() || !added.isEmpty()) {
            Map<ProjectionAnnotation, Position> additions = added.stream()
                    .collect(Collectors.toMap(position -> new ProjectionAnnotation(), position -> position));
            model.modifyAnnotations(removed.toArray(Annotation[]::new), additions, null);
        }
    }

    /** Shows {@code message} in the workbench window's status line. */
    void showStatus(String message, boolean error) {
        IStatusLineManager status = getEditorSite().getActionBars().getStatusLineManager();
        if (error) {
            status.setErrorMessage(message);
        } else {
            status.setMessage(message);
        }
    }

    IDocument document() {
        return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
    }

    OccurrenceMarker occurrences() {
        return occurrences;
    }

    ISourceViewer viewer() {
        return getSourceViewer();
    }

    InterphaseOutlinePage outlinePage() {
        return outlinePage;
    }

    InterphaseHyperlinkDetector hyperlinkDetector() {
        return hyperlinks;
    }
}
