package org.interphase.ui.measured;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;
import org.interphase.analysis.MeasuredComparisons;
import org.interphase.analysis.StackFitOutcome;
import org.interphase.dsl.edit.FittedValueEdits.AffectedStack;
import org.interphase.dsl.library.Libraries;
import org.interphase.model.Experiment;
import org.interphase.sim.stack.StackImpedance;
import org.interphase.ui.testing.Screenshots;
import org.interphase.ui.views.ImpedanceView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's acceptance in the IDE: in a fresh workspace (no run shown, nothing compared) a user imports a spectrum,
 * fits it with a circuit they type, to a stack they pick, and applies the fit to a file whose other stacks are made
 * of the same LATP: the values go into the fitted stack's own layer, so the second LATP stack's simulated spectrum
 * stays exactly as it was and nobody needs to be asked; one Undo takes the change back.
 */
class ImportFitApplyTest {

    private static final String EXAMPLE = "paa-peo-on-latp";
    private static final String MEASURED = "data/bare-latp-eis-synthetic.mpt";

    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void freshWorkspace() throws Exception {
        page = MeasuredProject.pageWithout(ImpedanceView.ID);
        project = MeasuredProject.create("fresh-import", EXAMPLE);
    }

    @AfterEach
    void closeAndDelete() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    /** The simulated spectrum of an experiment of the example as its file reads {@code text}. */
    private StackImpedance simulated(String text, String experiment) throws Exception {
        ModelFiles files = new ModelFiles(project.getFile(EXAMPLE + ".iph"), text);
        Experiment found = files.model().getElements().stream().filter(e -> e instanceof Experiment x
                && x.getName().equals(experiment)).map(Experiment.class::cast).findFirst().orElseThrow();
        return MeasuredComparisons.stackModel(found, Libraries.installed());
    }

    @Test
    void importFitWithATypedCircuitAndApplyChangesTheFittedStackAlone() throws Exception {
        IFile file = project.getFile(EXAMPLE + ".iph");
        ImportSpectrumHandler.importFile(page, project.getFile(MEASURED).getLocation().toPath());
        ImpedanceView view = (ImpedanceView) page.findView(ImpedanceView.ID);
        assertNull(view.run(), "no run is shown in a fresh workspace");
        assertEquals(1, view.measured().size());
        assertEquals("Measured spectra; no run is shown", view.getContentDescription(),
                "the imported spectrum is drawn although no run is shown");
        MeasuredProject.runEventLoop(500);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "import-into-fresh-workspace");

        List<String> offered = new ArrayList<>();
        FitResultDialog dialog = FitToStackHandler.dialog(page, candidates -> {
            candidates.stream().filter(c -> c.file().equals(file)).forEach(c -> offered.add(c.experiment()));
            return candidates.stream().filter(c -> c.file().equals(file)
                    && c.experiment().equals("BareLatpImpedance")).findFirst().orElseThrow();
        });
        assertEquals(List.of("PaaPeoLifetime", "BareLatpImpedance"), offered,
                "with no run shown the user picks among the experiments with an impedance sweep");
        dialog.setBlockOnOpen(false);
        dialog.open();
        String own = StackFitOutcome.ownCircuit(dialog.outcome().target().model());
        assertEquals(own, dialog.circuitText().getText(), "the stack's own circuit is the default");

        dialog.circuitText().setText("p(R1,CPE1");
        assertTrue(dialog.getErrorMessage().contains("column 1 "), dialog.getErrorMessage());
        assertFalse(dialog.canFit(), "a malformed circuit cannot be fitted");
        MeasuredProject.runEventLoop(300);
        Screenshots.save(dialog.getShell(), "fit-dialog-circuit-error");

        // The stack's circuit typed anew, numbered from 11: as the stack's own, mirrored faces are fitted as one
        // (another circuit fits each face apart, which a symmetric cell's spectrum cannot tell apart).
        String typed = Pattern.compile("(?<=[A-Za-z])(\\d+)").matcher(own)
                .replaceAll(number -> Integer.toString(Integer.parseInt(number.group()) + 10));
        assertNotEquals(own, typed);
        dialog.circuitText().setText(typed);
        assertNull(dialog.getErrorMessage());
        dialog.fit();
        FitOutcome outcome = dialog.outcome();
        assertNull(dialog.getErrorMessage());
        assertEquals(typed, outcome.circuit());
        double gb = outcome.result().conductivities().stream().filter(c -> c.material().equals("LATP")
                && c.grainBoundary()).findFirst().orElseThrow().value() / 100;
        assertTrue(Math.abs(gb / 1.5e-4 - 1) < 0.1, "LATP grain boundary " + gb + " S/cm, synthetic 1.5e-4");
        MeasuredProject.runEventLoop(300);
        Screenshots.save(dialog.getShell(), "fit-dialog-typed-circuit");

        assertTrue(dialog.destinationText().contains("layer electrolyte LATP of stack BareLatpSymmetric ("
                + EXAMPLE + ".iph:"), "the dialog says where Apply writes: " + dialog.destinationText());
        String before = new String(file.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        StackImpedance secondBefore = simulated(before, "PaaPeoLifetime");
        StackImpedance fittedBefore = simulated(before, "BareLatpImpedance");
        List<List<AffectedStack>> asked = new ArrayList<>();
        dialog.apply((fitted, others) -> {
            asked.add(others);
            return true;
        });
        // LATP's values go into the fitted stack's own layer. The Li|LATP interphase (LATP-MCI) is no layer of a
        // stack, so its values go file-wide: the one other stack with a Li|LATP contact, the LSV cell, is listed
        // before anything is written, and the user confirms. The coated LATP stack is not listed.
        assertEquals(1, asked.size(), "asked once: " + asked);
        assertEquals(List.of("BareLatpWindow"), asked.get(0).stream().map(AffectedStack::stack).toList(),
                "only the stack that shares the interphase is listed");
        ITextEditor editor = (ITextEditor) page.getActiveEditor();
        IDocument document = Editors.document(editor);
        String written = document.get();
        assertTrue(editor.isDirty(), "the change waits for the user to save it");
        Matcher layer = Pattern.compile("stack BareLatpSymmetric \\{[^}]*\n  electrolyte LATP \\{\n"
                + "(    \\w+ = \\S+ S/cm at 25 °C source Fit_BareLatpImpedance \"[^\"]*\"\n)+  }\n").matcher(written);
        assertTrue(layer.find(), "the fitted LATP values are in the stack's own electrolyte layer: " + written);
        assertTrue(layer.group().contains("grainBoundaryConductivity = "), layer.group());
        assertEquals(written.indexOf("material LATP {"), -1, "no file-wide LATP block: " + written);
        assertTrue(written.contains("Fitted by Interphase to bare-latp-eis-synthetic.mpt (measured) with " + typed),
                written);
        assertEquals(List.of(), new ModelFiles(file, written).errors(), "the written values validate");

        StackImpedance secondAfter = simulated(written, "PaaPeoLifetime");
        assertArrayEquals(secondBefore.spectrum().realParts(), secondAfter.spectrum().realParts(), 0.0,
                "the second LATP stack's spectrum is exactly as it was");
        assertArrayEquals(secondBefore.spectrum().imaginaryParts(), secondAfter.spectrum().imaginaryParts(), 0.0);
        assertEquals(secondBefore.totalResistance(), secondAfter.totalResistance(), 0.0);
        double fittedAfter = simulated(written, "BareLatpImpedance").totalResistance();
        assertNotEquals(fittedBefore.totalResistance(), fittedAfter, "the fitted stack reads its fitted values");
        assertTrue(Math.abs(fittedAfter / fittedBefore.totalResistance() - 1) > 1e-3, fittedAfter + " Ω");

        editor.getAdapter(ITextOperationTarget.class).doOperation(ITextOperationTarget.UNDO);
        assertEquals(before, document.get(), "one undo restores the text");
        editor.getAdapter(ITextOperationTarget.class).doOperation(ITextOperationTarget.REDO);
        editor.selectAndReveal(document.get().indexOf("stack BareLatpSymmetric"), 0);
        MeasuredProject.runEventLoop(300);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "typed-fit-applied-to-the-stacks-layer");
    }
}
