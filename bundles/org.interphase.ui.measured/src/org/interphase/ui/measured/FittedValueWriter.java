package org.interphase.ui.measured;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.interphase.dsl.edit.FittedValueEdits;
import org.interphase.dsl.edit.FittedValueEdits.AffectedStack;
import org.interphase.dsl.edit.FittedValueEdits.FittedValue;
import org.interphase.dsl.edit.FittedValueEdits.TextEdit;
import org.interphase.library.MaterialProperty;
import org.interphase.sim.stack.StackFitResult.FittedConductivity;
import org.interphase.ui.views.RunViews;

/**
 * Writes fitted conductivities into the .iph file open in an editor, as one change the editor's Undo reverts. The
 * edits are computed from the editor's current text, so unsaved changes are kept; the file is left dirty for the user
 * to save. A value of a material the fitted stack has a layer of goes into that layer's own block and changes no other
 * stack. A value that must go file-wide (an interphase's material) is seen by every stack of the project, so the
 * other stacks it would change are listed first, and nothing is written unless the user confirms.
 */
final class FittedValueWriter {

    /** Asked before writing values that change other stacks than the fitted one. */
    @FunctionalInterface
    interface Confirmation {

        /** @return whether to write the values although they change {@code others} too */
        boolean changeAlso(String fitted, List<AffectedStack> others);
    }

    private FittedValueWriter() {
    }

    /** A confirmation that asks the user in a dialog listing the other stacks. */
    static Confirmation asking(Shell shell) {
        return (fitted, others) -> MessageDialog.openConfirm(shell, FitToStackHandler.TITLE, "Some fitted values"
                + " belong to no layer of " + fitted + " and are written file-wide, as material properties that"
                + " every stack of the project made of these materials reads. Besides " + fitted + ", they change:"
                + "\n\n" + String.join("\n", others.stream()
                        .map(other -> "  " + other.describe()).toList())
                + "\n\nWrite them anyway? (Cancel writes nothing.)");
    }

    /** @return the editor holding the change, or null if the user declined to change the other stacks */
    static ITextEditor apply(IWorkbenchPage page, FitOutcome outcome, Confirmation confirmation)
            throws ComparisonException {
        FitTarget target = outcome.target();
        ITextEditor editor;
        try {
            RunViews.restoreMaximised(page);
            IEditorPart part = IDE.openEditor(page, target.file());
            if (!(part instanceof ITextEditor text)) {
                throw new ComparisonException(target.file().getName() + " did not open in a text editor");
            }
            editor = text;
        } catch (CoreException e) {
            throw new ComparisonException(target.file().getName() + " cannot be opened: " + e.getMessage());
        }
        IDocument document = Editors.document(editor);
        ModelFiles files;
        try {
            files = new ModelFiles(target.file(), document.get());
        } catch (CoreException e) {
            throw new ComparisonException("The project of " + target.file().getName() + " cannot be read: "
                    + e.getMessage());
        }
        List<String> errors = files.errors();
        if (!errors.isEmpty()) {
            // Edits placed by a model parsed around errors could land in the wrong place.
            throw new ComparisonException(target.file().getName() + " has errors; fix them, then apply again:\n"
                    + String.join("\n", errors.subList(0, Math.min(5, errors.size()))));
        }
        List<FittedValue> values = values(outcome);
        List<TextEdit> edits;
        try {
            edits = FittedValueEdits.edits(files.model(), target.stack(), values, sourceName(target),
                    citation(outcome));
        } catch (IllegalArgumentException e) {
            throw new ComparisonException("Nothing was written: " + e.getMessage());
        }
        List<AffectedStack> others = FittedValueEdits.otherStacks(files.model(), values, target.stack());
        if (!others.isEmpty() && !confirmation.changeAlso(target.stack(), others)) {
            return null;
        }
        IRewriteTarget rewrite = editor.getAdapter(IRewriteTarget.class);
        rewrite.beginCompoundChange();
        try {
            for (TextEdit edit : edits) {
                document.replace(edit.offset(), edit.length(), edit.text());
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("edits computed from this very text are in range", e);
        } finally {
            rewrite.endCompoundChange();
        }
        return editor;
    }

    /**
     * Where Apply would write the values of a fit, as the stack's file is saved: its layers, or materials file-wide
     * ({@link FittedValueEdits#destinations}).
     */
    static List<String> destinations(FitOutcome outcome) throws ComparisonException {
        IFile file = outcome.target().file();
        try (InputStream in = file.getContents(true)) {
            ModelFiles files = new ModelFiles(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return files.model() == null ? List.of() : FittedValueEdits.destinations(files.model(),
                    outcome.target().stack(), values(outcome));
        } catch (CoreException | IOException e) {
            throw new ComparisonException("The project of " + file.getName() + " cannot be read: " + e.getMessage());
        }
    }

    static String sourceName(FitTarget target) {
        return "Fit_" + target.experiment();
    }

    private static String citation(FitOutcome outcome) {
        return String.format(Locale.ROOT, "Fitted by Interphase to %s with %s on %s: reduced chi-square %.3g, residual"
                + " rms %.3g, %d points", outcome.measuredLabel(), outcome.circuit(), LocalDate.now(),
                outcome.result().fit().reducedChiSquare(), outcome.result().fit().residualRms(), outcome.points());
    }

    private static List<FittedValue> values(FitOutcome outcome) {
        return outcome.fit().layerParts().stream().map(part -> part.conductivity().orElseThrow())
                .map(sigma -> new FittedValue(sigma.material(),
                sigma.grainBoundary() ? MaterialProperty.GRAIN_BOUNDARY_CONDUCTIVITY
                        : MaterialProperty.IONIC_CONDUCTIVITY,
                sigma.value(), outcome.result().temperature(), locator(sigma))).toList();
    }

    private static String locator(FittedConductivity sigma) {
        String arc = sigma.layer() + (sigma.grainBoundary() ? " grain-boundary arc" : " arc");
        return sigma.error().isPresent()
                ? String.format(Locale.ROOT, "±%.1f %%, %s", 100 * sigma.error().getAsDouble() / sigma.value(), arc)
                : arc + ", error not determined by the data";
    }
}
