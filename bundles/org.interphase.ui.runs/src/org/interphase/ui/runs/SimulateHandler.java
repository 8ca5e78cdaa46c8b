package org.interphase.ui.runs;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.interphase.model.Experiment;

/**
 * Simulate: in the .iph editor, runs the experiment at the caret (or asks which one when the caret is in none);
 * on an .iph file selected in the Project Explorer, runs its experiment or asks which. The run itself is a
 * {@link SimulationJob}, which this handler returns so that callers can join it; {@code null} when nothing was
 * started.
 */
public final class SimulateHandler extends AbstractHandler {

    private static final String TITLE = "Simulate";
    private static final String EXTENSION = "iph";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Optional<Source> source = editorSource(HandlerUtil.getActivePart(event))
                .or(() -> selectedFile(HandlerUtil.getCurrentSelection(event)))
                .or(() -> editorSource(HandlerUtil.getActiveEditor(event)));
        if (source.isEmpty()) {
            MessageDialog.openInformation(shell, TITLE, "Select an .iph file in the Project Explorer, or place the"
                    + " caret in an experiment of an open .iph file, and simulate again.");
            return null;
        }
        ProjectExperiments experiments;
        try {
            experiments = ProjectExperiments.load(source.get().file(), source.get().text());
        } catch (CoreException e) {
            MessageDialog.openError(shell, TITLE, e.getStatus().getMessage());
            return null;
        }
        Optional<Experiment> chosen = choose(event.getParameter(SimulateCommand.EXPERIMENT), source.get(),
                experiments, shell);
        if (chosen.isEmpty()) {
            return null;
        }
        Job job = new SimulationJob(chosen.get(), source.get().file().getProject());
        job.schedule();
        return job;
    }

    private static Optional<Experiment> choose(String named, Source source, ProjectExperiments experiments,
            Shell shell) {
        String file = source.file().getName();
        List<Experiment> all = experiments.all();
        if (all.isEmpty()) {
            MessageDialog.openInformation(shell, TITLE, file + " has no experiment to simulate.");
            return Optional.empty();
        }
        if (named != null) {
            Optional<Experiment> found = experiments.named(named);
            if (found.isEmpty()) {
                MessageDialog.openError(shell, TITLE, file + " has no experiment '" + named + "'; it has "
                        + all.stream().map(Experiment::getName).toList() + ".");
            }
            return found;
        }
        Optional<Experiment> atCaret = source.caret().flatMap(experiments::at);
        if (atCaret.isPresent() || all.size() == 1) {
            return atCaret.or(() -> Optional.of(all.get(0)));
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Experiment) element).getName();
            }
        });
        dialog.setTitle(TITLE);
        dialog.setMessage("Which experiment of " + file + " do you want to simulate?");
        dialog.setElements(all.toArray());
        dialog.setMultipleSelection(false);
        return dialog.open() == ElementListSelectionDialog.OK ? Optional.of((Experiment) dialog.getFirstResult())
                : Optional.empty();
    }

    /** The .iph file of an editor, with its unsaved text and caret. */
    private static Optional<Source> editorSource(IWorkbenchPart part) {
        if (!(part instanceof IEditorPart editor) || !(editor.getEditorInput() instanceof IFileEditorInput input)
                || !EXTENSION.equals(input.getFile().getFileExtension())) {
            return Optional.empty();
        }
        if (!(editor instanceof ITextEditor text)) {
            return Optional.of(new Source(input.getFile(), Optional.empty(), Optional.empty()));
        }
        Optional<Integer> caret = text.getSelectionProvider().getSelection() instanceof ITextSelection selection
                ? Optional.of(selection.getOffset()) : Optional.empty();
        return Optional.of(new Source(input.getFile(),
                Optional.of(text.getDocumentProvider().getDocument(input).get()), caret));
    }

    private static Optional<Source> selectedFile(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.size() != 1) {
            return Optional.empty();
        }
        IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
        return file != null && EXTENSION.equals(file.getFileExtension())
                ? Optional.of(new Source(file, Optional.empty(), Optional.empty())) : Optional.empty();
    }

    /** Where the experiment comes from: a file, its editor text if open there, and the caret. */
    private record Source(IFile file, Optional<String> text, Optional<Integer> caret) {
    }
}
