package org.interphase.dsl.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * Validates the editor's text as the user types. The reconciler calls this on its own background thread after a
 * pause in typing, so parsing never blocks the UI; the whole text is parsed afresh together with the project's other
 * files, and the issues replace the file's problem markers (which the ruler and the Problems view show). The same
 * parse gives the outline and the folding regions, and hover and navigation reuse it (see {@link ReconciledModel}).
 */
final class ValidationReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

    private final ITextEditor editor;
    private final Consumer<ReconciledModel> reconciled;
    private IDocument document;
    private IProgressMonitor monitor = new NullProgressMonitor();

    /** {@code reconciled} receives the model of each validated text, on the reconciler's thread. */
    ValidationReconcilingStrategy(ITextEditor editor, Consumer<ReconciledModel> reconciled) {
        this.editor = editor;
        this.reconciled = reconciled;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void initialReconcile() {
        validate();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        validate();
    }

    @Override
    public void reconcile(IRegion partition) {
        validate();
    }

    private void validate() {
        if (document == null || !(editor.getEditorInput() instanceof IFileEditorInput input)) {
            return;
        }
        IFile file = input.getFile();
        String text = document.get();
        try {
            ProjectModels models = new ProjectModels(file.getProject(), file, text);
            List<Issue> issues = models.validate(file, CheckMode.FAST_ONLY, monitor::isCanceled);
            // A newer edit cancels this run: its issues describe text that is already gone.
            if (!monitor.isCanceled()) {
                ProblemMarkers.replace(file, issues, monitor);
                XtextResource resource = (XtextResource) models.resourceOf(file);
                reconciled.accept(new ReconciledModel(text, resource, OutlineItem.of(resource),
                        FoldingRegions.of(resource), SemanticColouring.of(resource, monitor::isCanceled)));
            }
        } catch (OperationCanceledError cancelled) {
            // The editor closed or a newer edit arrived while Xtext was validating: nothing to report.
        } catch (CoreException e) {
            ILog.of(getClass()).error("cannot validate " + file.getFullPath(), e);
        }
    }
}
