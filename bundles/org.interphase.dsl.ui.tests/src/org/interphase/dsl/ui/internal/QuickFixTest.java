package org.interphase.dsl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.interphase.dsl.ui.InterphaseEditorIds;
import org.interphase.dsl.validation.InterphaseIssueCodes;
import org.interphase.ui.testing.Screenshots;
import org.junit.jupiter.api.Test;

/** A user fixes a wrong or missing unit by a quick fix, from the Problems view or with Ctrl+1 in the editor. */
class QuickFixTest extends ExampleEditorTest {

    private static final String AREA = "area 0.503 cm2";

    QuickFixTest() {
        super("paa-peo-quickfix", "paa-peo-on-latp", "paa-peo-on-latp.iph");
    }

    @Test
    void theProblemsViewQuickFixReplacesAWrongUnitAndTheErrorGoes() throws Exception {
        InterphaseEditor editor = ExampleProject.openReconciled(page, file);
        IDocument document = editor.document();
        String original = document.get();
        int unit = original.indexOf(AREA) + AREA.length() - "cm2".length();
        document.replace(unit, "cm2".length(), "nm");

        IMarker marker = awaitMarker(InterphaseIssueCodes.WRONG_DIMENSION);
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        List<String> labels = List.of(resolutions).stream().map(IMarkerResolution::getLabel).toList();
        assertEquals("Change the unit to 'cm2'", labels.get(0), labels::toString);
        assertTrue(labels.stream().noneMatch(label -> label.endsWith("'nm'") || label.endsWith("'s'")),
                "only areas are offered: " + labels);
        resolutions[0].run(marker);

        assertEquals(original, document.get());
        assertTrue(ExampleProject.waitUntil(ExampleProject.unchecked(() -> ExampleProject.errors(file).isEmpty())),
                "the error should go once the unit is fixed");
        ((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
        assertTrue(document.get().contains("area 0.503 nm"), "one undo takes the fix back");
    }

    @Test
    void ctrl1AddsAMissingUnit() throws Exception {
        InterphaseEditor editor = ExampleProject.openReconciled(page, file);
        IDocument document = editor.document();
        String original = document.get();
        int unit = original.indexOf(AREA) + AREA.length() - " cm2".length();
        document.replace(unit, " cm2".length(), "");
        awaitMarker(InterphaseIssueCodes.MISSING_UNIT);

        // What the user sees: Ctrl+1 at the number lists the fix.
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        page.activate(editor);
        editor.selectAndReveal(unit, 0);
        editor.getAction("QuickAssist").run();
        ExampleProject.runEventLoop(1_500);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "editor-quick-fix");

        ISourceViewer viewer = editor.viewer();
        ICompletionProposal[] proposals = new InterphaseQuickAssistProcessor()
                .computeQuickAssistProposals(new TextInvocationContext(viewer, unit, 0));
        Optional<ICompletionProposal> addUnit = List.of(proposals).stream()
                .filter(p -> p.getDisplayString().equals("Add the unit 'cm2'")).findFirst();
        assertTrue(addUnit.isPresent(), () -> List.of(proposals).stream().map(ICompletionProposal::getDisplayString)
                .toList().toString());
        addUnit.get().apply(document);

        assertEquals(original, document.get());
        assertTrue(ExampleProject.waitUntil(ExampleProject.unchecked(() -> ExampleProject.errors(file).isEmpty())),
                "the error should go once the unit is there");
    }

    private IMarker awaitMarker(String code) throws Exception {
        assertTrue(ExampleProject.waitUntil(ExampleProject.unchecked(() -> marker(code).isPresent())),
                "no " + code + " marker appeared");
        return marker(code).orElseThrow();
    }

    private Optional<IMarker> marker(String code) throws org.eclipse.core.runtime.CoreException {
        return ExampleProject.errors(file).stream()
                .filter(m -> code.equals(m.getAttribute(InterphaseEditorIds.ISSUE_CODE, null))).findFirst();
    }
}
