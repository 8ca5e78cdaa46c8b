package org.interphase.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.interphase.ui.InterphaseIds;
import org.interphase.ui.testing.Screenshots;
import org.interphase.ui.testing.UiEvents;
import org.interphase.ui.views.CrossSectionInput;
import org.interphase.ui.views.CrossSectionInput.Band;
import org.interphase.ui.views.CyclingView;
import org.interphase.ui.views.ImpedanceView;
import org.interphase.ui.views.StackCrossSectionView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Simulate as a user runs it, on the example files, and the result views it fills: they open in a large stack of
 * their own, list every result of the run, say when the file changed since the run, and draw the run's own stack.
 */
class ResultsLayoutTest {

    /** Two impedance sweeps in one experiment; and a rate test on the SiO2-buffered cell. */
    private static final String EXTRA_LATP = """
            package results.latp

            import org.interphase.examples.paapeo.*

            experiment TwoSweeps on BareLatpSymmetric {
              impedance from 1 MHz to 1 Hz
              impedance from 1 MHz to 0.1 Hz
            }
            """;
    private static final String EXTRA_NCM = """
            package results.ncm

            import org.interphase.examples.thinfilm.*

            experiment SilicaRates on SampleC {
              cycling { repeat 2 { "Charge at C/10 until 4.2 V", "Discharge at C/10 until 3.2 V" } }
              rate-capability { rates C/10, 1C, 5C window 3.2 V to 4.2 V }
            }
            """;

    private IProject latp;
    private IProject ncm;
    private IWorkbenchPage page;

    @BeforeEach
    void createProjects() throws Exception {
        latp = ExampleProjects.create("latp-results", "paa-peo-on-latp");
        file(latp, "sweeps.iph", EXTRA_LATP);
        ncm = ExampleProjects.create("ncm-results", "ncm-llto-thin-film");
        file(ncm, "rates.iph", EXTRA_NCM);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.getWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000);
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(InterphaseIds.PERSPECTIVE));
        page.resetPerspective();
        UiEvents.drain();
    }

    @AfterEach
    void deleteProjects() throws Exception {
        page.closeAllEditors(false);
        latp.delete(true, null);
        ncm.delete(true, null);
    }

    @Test
    void resultsOpenInALargeStackBesideTheEditorAndProblemsAndDrawTheRunsStack() throws Exception {
        IDE.openEditor(page, latp.getFile("sweeps.iph"));
        simulate("TwoSweeps");

        ImpedanceView impedance = (ImpedanceView) page.findView(ImpedanceView.ID);
        assertNotNull(impedance, "Simulate opens the Impedance view");
        Point shell = page.getWorkbenchWindow().getShell().getSize();
        Point size = plots(impedance).getSize();
        // The strip below the editor the results had was about 230 px high.
        assertTrue(size.y > 450, "the results take half the window's height: " + size + " of " + shell);
        assertTrue(size.x > shell.x / 3, "and a third of its width or more: " + size + " of " + shell);
        impedance.selectTab(1);
        UiEvents.drain();
        assertTrue(impedance.modulusChart().getSize().y > 180, "each Bode plot is readable: "
                + impedance.modulusChart().getSize());
        IViewPart problems = page.findView(IPageLayout.ID_PROBLEM_VIEW);
        assertTrue(problems != null && page.isPartVisible(problems), "Problems stays visible beside the results");
        assertTrue(page.isPartVisible(page.getActiveEditor()), "and the editor");
        Screenshots.save(page.getWorkbenchWindow().getShell(), "results-large-stack-bode");
        impedance.selectTab(0);

        // Maximised and restored, the page is as it was: nothing stays minimised.
        page.setPartState(page.getReference(impedance), IWorkbenchPage.STATE_MAXIMIZED);
        UiEvents.drain();
        assertFalse(page.isPartVisible(problems));
        page.setPartState(page.getReference(impedance), IWorkbenchPage.STATE_RESTORED);
        UiEvents.drain();
        assertTrue(page.isPartVisible(problems) && page.isPartVisible(page.getActiveEditor()));
        Point restored = plots(impedance).getSize();
        assertTrue(Math.abs(restored.x - size.x) <= 2 && Math.abs(restored.y - size.y) <= 2, restored + " " + size);

        // Every spectrum of the run: both sweeps.
        assertEquals(List.of("1-impedance", "2-impedance"), impedance.resultChoices());
        assertEquals(1, min(impedance.input().total().frequency()), 1e-9);
        assertTrue(impedance.selectResult("2-impedance"));
        UiEvents.drain();
        assertEquals(0.1, min(impedance.input().total().frequency()), 1e-9, "the second sweep goes to 0.1 Hz");
        Screenshots.save(page.getWorkbenchWindow().getShell(), "results-large-stack-second-sweep");

        // The cross-section is the simulated cell, as the report writes it: interphase | LATP 1 mm | interphase.
        StackCrossSectionView crossSection = (StackCrossSectionView) page.findView(StackCrossSectionView.ID);
        CrossSectionInput stack = crossSection.input();
        assertEquals(List.of(CrossSectionInput.Role.INTERPHASE, CrossSectionInput.Role.ELECTROLYTE,
                CrossSectionInput.Role.INTERPHASE), stack.layers().stream().map(Band::role).toList());
        assertEquals(1e-3, stack.layers().get(1).thickness(), 1e-9, "the library's 1 mm pellet");
        assertTrue(stack.layers().get(0).thickness() > 0 && stack.layers().get(0).thickness() < 1e-6);
        assertTrue(page.isPartVisible(crossSection) && page.isPartVisible(impedance), "both shown at once");
        Screenshots.save(page.getWorkbenchWindow().getShell(), "cross-section-bare-latp-run");
    }

    @Test
    void eachTemperatureOfASeriesIsASpectrumToChoose() throws Exception {
        IDE.openEditor(page, ncm.getFile("ncm-llto-thin-film.iph"));
        simulate("LltoArrhenius");

        ImpedanceView impedance = (ImpedanceView) page.findView(ImpedanceView.ID);
        List<String> temperatures = List.of("25.00", "40.00", "60.00", "80.00", "100.00", "120.00");
        assertEquals(temperatures.stream().map(t -> "1-impedance at " + t + " °C").toList(), impedance.resultChoices());
        double[] roomTemperature = impedance.input().total().real();
        assertTrue(impedance.selectResult("1-impedance at 120.00 °C"));
        UiEvents.drain();
        assertTrue(impedance.input().title().endsWith("1-impedance at 120.00 °C"), impedance.input().title());
        // LLTO conducts better warm: at 1 MHz the film's arc is further along, its Z' smaller.
        assertTrue(impedance.input().total().real()[0] < roomTemperature[0],
                impedance.input().total().real()[0] + " Ω at 120 °C, " + roomTemperature[0] + " Ω at 25 °C");
        Screenshots.save(page.getWorkbenchWindow().getShell(), "impedance-series-120C");
    }

    @Test
    void theRateCapabilityIsShownAndTheBufferHasItsThickness() throws Exception {
        IDE.openEditor(page, ncm.getFile("rates.iph"));
        simulate("SilicaRates");

        CyclingView cycling = (CyclingView) page.findView(CyclingView.ID);
        assertNotNull(cycling, "Simulate opens the Cycling view");
        assertEquals(List.of("1-cycling", "2-rate-capability"), cycling.resultChoices());
        assertTrue(cycling.selectResult("2-rate-capability"));
        UiEvents.drain();
        double[] perRate = cycling.series(CyclingView.DISCHARGE_CAPACITY).getYSeries();
        assertEquals(3, perRate.length, "one discharge per rate");
        assertTrue(perRate[2] < perRate[0], "5C delivers less than C/10");
        Screenshots.save(page.getWorkbenchWindow().getShell(), "cycling-rate-capability");

        StackCrossSectionView crossSection = (StackCrossSectionView) page.findView(StackCrossSectionView.ID);
        Band silica = crossSection.input().layers().stream().filter(b -> b.material().equals("SiO2-sputtered"))
                .findFirst().orElseThrow();
        assertEquals(20e-9, silica.thickness(), 1e-15, "the 20 nm written on the buffer's line");
        assertFalse(crossSection.getContentDescription().contains("no thickness"),
                crossSection.getContentDescription());
        page.bringToTop(crossSection);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "cross-section-silica-buffer-run");
    }

    @Test
    void aRunIsStaleOnceItsFileChangesUntilItIsSimulatedAgain() throws Exception {
        IFile sweeps = latp.getFile("sweeps.iph");
        IDE.openEditor(page, sweeps);
        simulate("TwoSweeps");
        ImpedanceView impedance = (ImpedanceView) page.findView(ImpedanceView.ID);
        assertFalse(impedance.description().contains("stale"), impedance.description());

        sweeps.setContents(new ByteArrayInputStream(EXTRA_LATP.replace("to 0.1 Hz\n", "to 10 Hz\n")
                .getBytes(StandardCharsets.UTF_8)), true, false, null);
        UiEvents.waitUntil(Duration.ofSeconds(10), () -> impedance.description().contains("stale"));
        assertTrue(impedance.description().endsWith("stale: the file changed since this run"),
                impedance.description());
        Screenshots.save(page.getWorkbenchWindow().getShell(), "impedance-stale-after-edit");

        simulate("TwoSweeps");
        assertFalse(impedance.description().contains("stale"), "the new run is the file's: "
                + impedance.description());
    }

    private static void file(IProject project, String name, String text) throws Exception {
        project.getFile(name).create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
    }

    /** The view's content: its lines of text above the Nyquist and Bode tabs, and the tabs. */
    private static Control plots(ImpedanceView view) {
        return view.nyquistChart().getParent().getParent().getParent();
    }

    private static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElseThrow();
    }

    /** Runs Simulate for the experiment, as the key binding does, and waits for it. */
    private void simulate(String experiment) throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = page.getWorkbenchWindow().getService(IHandlerService.class);
        ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(SimulateCommand.ID),
                Map.of(SimulateCommand.EXPERIMENT, experiment));
        Job job = assertInstanceOf(Job.class, handlers.executeCommand(command, null), "Simulate started a job");
        UiEvents.waitUntil(Duration.ofMinutes(2), () -> job.getState() == Job.NONE);
        assertEquals(Job.NONE, job.getState(), job.getName() + " ended in time");
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        UiEvents.drain();
    }
}
