package org.interphase.ui.measured;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.interphase.dsl.edit.FittedValueEdits;
import org.interphase.dsl.edit.FittedValueEdits.FittedValue;
import org.interphase.dsl.edit.FittedValueEdits.TextEdit;
import org.interphase.library.MaterialProperty;
import org.interphase.sim.stack.StackFitResult.FittedConductivity;

/**
 * Writes fitted conductivities into the .iph file open in an editor, as one change the editor's Undo reverts. The
 * edits are computed from the editor's current text, so unsaved changes are kept; the file is left dirty for the user
 * to save.
 */
final class FittedValueWriter {

    private FittedValueWriter() {
    }

    /** @return the editor holding the change */
    static ITextEditor apply(IWorkbenchPage page, FitOutcome outcome) throws ComparisonException {
        Comparison comparison = outcome.comparison();
        ITextEditor editor;
        try {
            IEditorPart part = IDE.openEditor(page, comparison.file());
            if (!(part instanceof ITextEditor text)) {
                throw new ComparisonException(comparison.file().getName() + " did not open in a text editor");
            }
            editor = text;
        } catch (CoreException e) {
            throw new ComparisonException(comparison.file().getName() + " cannot be opened: " + e.getMessage());
        }
        IDocument document = Editors.document(editor);
        ModelFiles files;
        try {
            files = new ModelFiles(comparison.file(), document.get());
        } catch (CoreException e) {
            throw new ComparisonException("The project of " + comparison.file().getName() + " cannot be read: "
                    + e.getMessage());
        }
        List<String> errors = files.errors();
        if (!errors.isEmpty()) {
            // Edits placed by a model parsed around errors could land in the wrong place.
            throw new ComparisonException(comparison.file().getName() + " has errors; fix them, then apply again:\n"
                    + String.join("\n", errors.subList(0, Math.min(5, errors.size()))));
        }
        List<TextEdit> edits = FittedValueEdits.edits(files.model(), values(outcome), sourceName(comparison),
                citation(outcome));
        IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
        target.beginCompoundChange();
        try {
            for (TextEdit edit : edits) {
                document.replace(edit.offset(), edit.length(), edit.text());
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("edits computed from this very text are in range", e);
        } finally {
            target.endCompoundChange();
        }
        return editor;
    }

    static String sourceName(Comparison comparison) {
        return "Fit_" + comparison.experiment();
    }

    private static String citation(FitOutcome outcome) {
        return String.format(Locale.ROOT, "Fitted by Interphase to %s on %s: reduced chi-square %.3g, residual rms"
                + " %.3g, %d points", outcome.comparison().sweeps().get(0).measuredPath(), LocalDate.now(),
                outcome.result().fit().reducedChiSquare(), outcome.result().fit().residualRms(), outcome.points());
    }

    private static List<FittedValue> values(FitOutcome outcome) {
        return outcome.fit().layerParts().stream().map(part -> part.conductivity().orElseThrow()).map(sigma -> new FittedValue(sigma.material(),
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
