package org.interphase.ui.measured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.interphase.sim.stack.StackFitResult.FittedConductivity;
import org.interphase.ui.testing.Screenshots;
import org.interphase.ui.views.ImpedanceInput;
import org.interphase.ui.views.ImpedanceInput.Curve;
import org.interphase.ui.views.ImpedanceView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A user compares the bare Li | LATP | Li example with its (synthetic) measured spectrum, fits it, writes the fitted
 * conductivities into the .iph file and undoes that; and names a truncated file, which is reported with its line.
 */
class MeasuredDataTest {

    private static final String EXAMPLE = "paa-peo-on-latp";
    private static final String MEASURED = "data/bare-latp-eis-synthetic.mpt";
    private static final String COMPARE = "org.interphase.ui.measured.compare";

    private IProject project;
    private IWorkbenchPage page;
    private IFile file;
    private ITextEditor editor;
    private IDocument document;

    @BeforeEach
    void openExample() throws Exception {
        project = MeasuredProject.create("measured-latp", EXAMPLE);
        file = project.getFile(EXAMPLE + ".iph");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (ITextEditor) IDE.openEditor(page, file);
        document = Editors.document(editor);
        // The caret in the experiment, as a user right-clicking it would have it.
        editor.selectAndReveal(document.get().indexOf("experiment BareLatpImpedance") + 3, 0);
    }

    @AfterEach
    void closeAndDelete() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void comparesFitsAppliesAndUndoes() throws Exception {
        String original = document.get();
        page.getWorkbenchWindow().getWorkbench().getService(IHandlerService.class).executeCommand(COMPARE, null);

        ImpedanceView view = (ImpedanceView) page.findView(ImpedanceView.ID);
        assertNotNull(view, "the Impedance view opens with the comparison");
        ImpedanceInput simulated = view.input();
        assertNotNull(simulated, "the simulated spectrum is shown");
        assertTrue(simulated.title().contains("BareLatpImpedance"), simulated.title());
        assertEquals(61, simulated.total().size(), "1 MHz to 1 Hz at 10 points per decade");
        assertEquals(1, view.measured().size());
        Curve measured = view.measured().get(0);
        double[][] file = mptColumns();
        assertEquals(61, measured.size());
        for (int i = 0; i < 61; i++) {
            assertEquals(file[0][i], measured.frequency()[i], 1e-9 * file[0][i]);
            assertEquals(file[1][i], measured.real()[i], 1e-9 * file[1][i]);
            // The file holds −Im Z; the overlay is in Interphase's convention, Im Z < 0 for the arcs.
            assertEquals(-file[2][i], measured.imaginary()[i], 1e-9 * file[2][i]);
        }
        page.toggleZoom(page.getReference(view));
        MeasuredProject.runEventLoop(800);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "measured-overlay");
        page.toggleZoom(page.getReference(view));

        FitResultDialog dialog = FitToStackHandler.dialog(page, candidates -> {
            throw new AssertionError("the run shown is fitted; nobody is asked which stack");
        });
        dialog.setBlockOnOpen(false);
        dialog.open();
        FitOutcome outcome = dialog.outcome();
        assertNotNull(outcome, "the stack's own circuit is fitted when the dialog opens: " + dialog.getErrorMessage());
        assertEquals("BareLatpSymmetric", outcome.target().stack());
        assertRelative(1.5e-4, conductivity(outcome, "LATP", true).value() / 100, 0.05);
        assertRelative(3.0e-9, conductivity(outcome, "LATP-MCI", false).value() / 100, 0.05);
        MeasuredProject.runEventLoop(500);
        Screenshots.save(dialog.getShell(), "fit-dialog");
        assertTrue(dialog.destinationText().contains("layer electrolyte LATP of stack BareLatpSymmetric")
                && dialog.destinationText().contains("material LATP-MCI, file-wide"), dialog.destinationText());
        List<String> listed = new ArrayList<>();
        dialog.apply((fitted, others) -> {
            others.forEach(other -> listed.add(other.stack()));
            return true;
        });
        // LATP's values go into the fitted stack's own layer; the interphase's go file-wide, which changes only the
        // other stack with a Li|LATP contact (the LSV cell), listed and confirmed; the coated stacks are not listed.
        assertEquals(List.of("BareLatpWindow"), listed, "only the stack sharing the Li|LATP interphase is listed");

        String fitted = document.get();
        String layer = fitted.substring(fitted.indexOf("  electrolyte LATP {", fitted.indexOf(
                "stack BareLatpSymmetric")));
        layer = layer.substring(0, layer.indexOf("  }\n"));
        Matcher grainBoundary = Pattern.compile(
                "grainBoundaryConductivity = (\\S+) S/cm at 25 °C source Fit_BareLatpImpedance").matcher(layer);
        assertTrue(grainBoundary.find(), fitted);
        assertRelative(1.5e-4, Double.parseDouble(grainBoundary.group(1)), 0.05);
        String interphase = fitted.substring(fitted.indexOf("material LATP-MCI {"));
        Matcher mci = Pattern.compile("ionicConductivity = (\\S+) S/cm at 25 °C source Fit_BareLatpImpedance")
                .matcher(interphase);
        assertTrue(mci.find(), fitted);
        assertRelative(3.0e-9, Double.parseDouble(mci.group(1)), 0.05);
        assertTrue(fitted.contains("source Fit_BareLatpImpedance \"Fitted by Interphase to bare-latp-eis-synthetic.mpt"
                + " (measured) with "), fitted);
        // LATP bulk and grain boundary, and the interphase once although both faces of the cell have one.
        assertEquals(3, Pattern.compile("S/cm at 25 °C source Fit_BareLatpImpedance").matcher(fitted).results().count(),
                fitted);
        assertEquals(List.of(), new ModelFiles(this.file, fitted).errors(), "the written values validate");
        assertTrue(editor.isDirty(), "the change waits for the user to save it");
        editor.selectAndReveal(fitted.length(), 0);
        MeasuredProject.runEventLoop(300);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "fitted-values-in-editor");

        editor.getAdapter(ITextOperationTarget.class).doOperation(ITextOperationTarget.UNDO);
        assertEquals(original, document.get(), "one undo restores the text");
    }

    @Test
    void aTruncatedFileIsReportedWithItsLineAndChangesNothing() throws Exception {
        CompareWithMeasuredHandler.compare(page);
        ImpedanceView view = (ImpedanceView) page.findView(ImpedanceView.ID);
        ImpedanceInput before = view.input();
        List<Curve> measuredBefore = view.measured();

        List<String> lines = Files.readAllLines(MeasuredProject.example(EXAMPLE).resolve(MEASURED));
        List<String> truncated = new ArrayList<>(lines.subList(0, 40));
        String last = truncated.remove(39);
        truncated.add(last.substring(0, last.indexOf('\t') + 4)); // the export stopped inside a row
        project.getFile("data/truncated.mpt").create(new ByteArrayInputStream(
                (String.join("\n", truncated) + "\n").getBytes(StandardCharsets.UTF_8)), true, null);
        int at = document.get().indexOf(MEASURED);
        document.replace(at, MEASURED.length(), "data/truncated.mpt");

        ComparisonException problem = assertThrows(ComparisonException.class,
                () -> CompareWithMeasuredHandler.compare(page));
        assertTrue(problem.getMessage().contains("truncated.mpt:40:"), problem.getMessage());
        // Validation of the edited file (a platform:/resource URI) already reads the measured file.
        assertTrue(problem.getMessage().contains("The measured data file \"data/truncated.mpt\" cannot be imported: "
                + "truncated.mpt:40:"), problem.getMessage());
        assertTrue(problem.getMessage().contains(EXAMPLE + ".iph:" + lineOf(at)), problem.getMessage());
        assertSame(before, view.input(), "the view keeps what it showed");
        assertEquals(measuredBefore.stream().map(Curve::label).toList(),
                view.measured().stream().map(Curve::label).toList());
        assertNotEquals(0, view.measured().get(0).size());
    }

    private int lineOf(int offset) throws Exception {
        return document.getLineOfOffset(offset) + 1;
    }

    private static FittedConductivity conductivity(FitOutcome outcome, String material, boolean grainBoundary) {
        return outcome.result().conductivities().stream()
                .filter(c -> c.material().equals(material) && c.grainBoundary() == grainBoundary).findFirst()
                .orElseThrow(() -> new AssertionError("no fitted " + material + " in "
                        + outcome.result().conductivities()));
    }

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertTrue(Math.abs(actual / expected - 1) <= tolerance, "expected " + expected + " ± " + tolerance * 100
                + " %, got " + actual);
    }

    /** Frequency, Re Z and −Im Z of the example's file, read independently of the importer. */
    private static double[][] mptColumns() throws Exception {
        List<String> rows = Files.readAllLines(MeasuredProject.example(EXAMPLE).resolve(MEASURED)).stream()
                .filter(line -> line.matches("^[0-9].*")).toList();
        double[][] columns = new double[3][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).split("\t");
            for (int c = 0; c < 3; c++) {
                columns[c][i] = Double.parseDouble(cells[c]);
            }
        }
        return columns;
    }
}
