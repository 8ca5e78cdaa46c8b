package org.interphase.ui.measured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.interphase.sim.impedance.DrtResult;
import org.interphase.sim.impedance.KramersKronigResult;
import org.interphase.sim.impedance.LinearKramersKronig;
import org.interphase.ui.testing.Screenshots;
import org.interphase.ui.views.ImpedanceView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's KK and DRT views as a user meets them: empty with a hint before any spectrum is shown, then, after
 * Import… of the example's synthetic spectrum, the Kramers–Kronig Test passes it and the Distribution of Relaxation
 * Times marks its peaks with their τ and R.
 */
class KramersKronigDrtViewsTest {

    private static final String EXAMPLE = "paa-peo-on-latp";
    private static final String MEASURED = "data/bare-latp-eis-synthetic.mpt";

    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void freshWorkspace() throws Exception {
        page = MeasuredProject.pageWithout(ImpedanceView.ID, KramersKronigView.ID, DrtView.ID);
        project = MeasuredProject.create("kk-drt-views", EXAMPLE);
    }

    @AfterEach
    void closeAndDelete() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void withoutAMeasuredSpectrumTheViewsSayWhatToDo() throws Exception {
        for (String command : List.of(AnalyseMeasuredHandler.KRAMERS_KRONIG, AnalyseMeasuredHandler.DRT)) {
            MeasuredAnalysisView<?> view = AnalyseMeasuredHandler.run(page, command);
            assertTrue(view.isShowingMessage());
            assertTrue(view.message().startsWith("No measured spectrum is shown. Import…"), view.message());
            assertEquals(List.of(), view.seriesIds());
        }
    }

    @Test
    void aSpectrumTooShortToAnalyseIsRefusedWithTheReason() throws Exception {
        ImpedanceView impedance = (ImpedanceView) page.showView(ImpedanceView.ID);
        impedance.showMeasured("three-points.mpt (measured)", new double[] {1e3, 1e2, 1e1},
                new double[] {100, 150, 200}, new double[] {-10, -20, -10});
        MeasuredAnalysisView<?> drt = AnalyseMeasuredHandler.run(page, AnalyseMeasuredHandler.DRT);
        assertTrue(MeasuredProject.waitUntil(() -> drt.message().contains("could not be done")), drt.message());
        assertTrue(drt.message().startsWith("The Distribution of Relaxation Times could not be done:"
                + " three-points.mpt (measured): "), drt.message());
        assertTrue(drt.isShowingMessage());
        assertNull(drt.result());
    }

    @Test
    void importedSpectrumPassesKramersKronigAndItsDrtPeaksAreLabelled() throws Exception {
        ImportSpectrumHandler.importFile(page, project.getFile(MEASURED).getLocation().toPath());

        KramersKronigView kk = (KramersKronigView) AnalyseMeasuredHandler.run(page,
                AnalyseMeasuredHandler.KRAMERS_KRONIG);
        assertTrue(MeasuredProject.waitUntil(() -> kk.result() != null), kk.message());
        KramersKronigResult test = kk.result();
        assertTrue(test.mu() <= LinearKramersKronig.DEFAULT_MU_CUTOFF, "μ " + test.mu());
        assertTrue(test.valid(), kk.status());
        assertTrue(kk.status().contains("at or below the cut-off 0.85"), kk.status());
        assertTrue(kk.status().contains("The test passes"), kk.status());
        assertEquals("Kramers–Kronig residuals of bare-latp-eis-synthetic.mpt (measured)", kk.getContentDescription());
        ISeries<?> real = kk.series(KramersKronigView.REAL);
        assertEquals(test.realResiduals().length, real.getYSeries().length);
        assertEquals(100 * test.realResiduals()[0], real.getYSeries()[0], 1e-9, "residuals are plotted in %");
        assertTrue(kk.charts().get(0).getAxisSet().getXAxis(0).isLogScaleEnabled(), "frequency on a log axis");
        screenshot(kk, "kramers-kronig-view");

        DrtView drt = (DrtView) AnalyseMeasuredHandler.run(page, AnalyseMeasuredHandler.DRT);
        assertTrue(MeasuredProject.waitUntil(() -> drt.result() != null), drt.message());
        DrtResult distribution = drt.result();
        assertFalse(distribution.peaks().isEmpty(), "the synthetic spectrum has arcs, so peaks");
        assertEquals(distribution.peaks().size(), drt.series(DrtView.PEAKS).getXSeries().length,
                "every peak is marked");
        List<String> labels = drt.peakLabels();
        assertEquals(distribution.peaks().size(), labels.size());
        assertTrue(labels.get(0).matches("τ = \\S+ s, R = \\S+ Ω"), labels.get(0));
        assertTrue(drt.status().startsWith("λ = "), drt.status());
        assertTrue(drt.status().contains(distribution.lambdaRule()), drt.status());
        assertTrue(drt.charts().get(0).getAxisSet().getXAxis(0).isLogScaleEnabled(), "τ on a log axis");
        screenshot(drt, "drt-view");
    }

    @Test
    void aChosenMAndATypedLambdaRunTheAnalysesAgain() throws Exception {
        ImportSpectrumHandler.importFile(page, project.getFile(MEASURED).getLocation().toPath());
        KramersKronigView kk = (KramersKronigView) AnalyseMeasuredHandler.run(page,
                AnalyseMeasuredHandler.KRAMERS_KRONIG);
        assertTrue(MeasuredProject.waitUntil(() -> kk.result() != null), kk.message());
        int automatic = kk.result().elementCount();
        assertEquals(automatic, kk.elementsControl().getSelection(), "the M found is where a choice starts from");
        assertFalse(kk.elementsControl().isEnabled(), "M is automatic at first");

        kk.automaticControl().setSelection(false);
        kk.automaticControl().notifyListeners(SWT.Selection, new Event());
        int chosen = automatic + 3;
        kk.elementsControl().setSelection(chosen);
        kk.elementsControl().notifyListeners(SWT.Selection, new Event());
        assertTrue(MeasuredProject.waitUntil(() -> kk.result() != null && kk.result().elementCount() == chosen),
                kk.message());
        assertTrue(kk.status().startsWith("M = " + chosen + " RC elements"), kk.status());
        screenshot(kk, "kramers-kronig-view-chosen-m");

        DrtView drt = (DrtView) AnalyseMeasuredHandler.run(page, AnalyseMeasuredHandler.DRT);
        assertTrue(MeasuredProject.waitUntil(() -> drt.result() != null), drt.message());
        double ruled = drt.result().lambda();
        drt.lambdaControl().setText("not a number");
        drt.lambdaControl().notifyListeners(SWT.DefaultSelection, new Event());
        assertTrue(drt.lambdaHint().startsWith("λ must be a positive number"), drt.lambdaHint());
        assertEquals(ruled, drt.result().lambda(), "a λ that cannot be used changes nothing");

        double typed = ruled * 100;
        drt.lambdaControl().setText(Double.toString(typed));
        drt.lambdaControl().notifyListeners(SWT.DefaultSelection, new Event());
        assertTrue(MeasuredProject.waitUntil(() -> drt.result() != null && drt.result().lambda() == typed),
                drt.message());
        assertEquals("", drt.lambdaHint());
        assertTrue(drt.status().startsWith(String.format(java.util.Locale.ROOT, "λ = %.3g", typed)), drt.status());
        screenshot(drt, "drt-view-typed-lambda");

        drt.lambdaControl().setText("");
        drt.lambdaControl().notifyListeners(SWT.DefaultSelection, new Event());
        assertTrue(MeasuredProject.waitUntil(() -> drt.result() != null && drt.result().lambda() == ruled),
                "emptied, λ is the rule's again: " + drt.message());
    }

    /** Saves the window with {@code view} maximised, so that its chart and labels are readable. */
    private void screenshot(IViewPart view, String name) throws Exception {
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        MeasuredProject.runEventLoop(300);
        Screenshots.save(page.getWorkbenchWindow().getShell(), name);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }
}
