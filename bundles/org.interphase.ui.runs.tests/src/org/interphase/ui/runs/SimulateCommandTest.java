package org.interphase.ui.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.interphase.model.run.CyclingResult;
import org.interphase.model.run.GrowthResult;
import org.interphase.model.run.ImpedanceResult;
import org.interphase.model.run.SimulationRun;
import org.interphase.model.run.SymmetricCellResult;
import org.interphase.runs.RunStore;
import org.interphase.ui.testing.Screenshots;
import org.interphase.ui.testing.UiEvents;
import org.interphase.ui.views.CrossSectionInput;
import org.interphase.ui.views.CyclingView;
import org.interphase.ui.views.ImpedanceView;
import org.interphase.ui.views.RecipeGrowthView;
import org.interphase.ui.views.StackCrossSectionView;
import org.interphase.ui.views.SymmetricCellView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Simulate run through the command service on the example PAA/PEO cell copied into a workspace project, as a user
 * runs it from the editor: the run is saved in the project, loads back and shows in every result view; a long run
 * stops promptly on Cancel and leaves nothing behind.
 */
class SimulateCommandTest {


    /** 5000 cycles of the example LFP cell: longer than the test waits, so only Cancel ends it early. */
    private static final String ENDURANCE = """
            package org.interphase.examples.paapeo.endurance

            import org.interphase.examples.paapeo.*

            experiment PaaPeoEndurance on PaaPeoLfpCell {
              cycling {
                repeat 5000 {
                  "Charge at C/10 for 10 hours",
                  "Discharge at C/10 for 10 hours"
                }
              }
            }
            """;

    private IProject project;
    private IWorkbenchPage page;

    @BeforeEach
    void createProject() throws Exception {
        project = ExampleProjects.create("cells", "paa-peo-on-latp");
        project.getFile("endurance.iph").create(new ByteArrayInputStream(ENDURANCE.getBytes(StandardCharsets.UTF_8)),
                true, null);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.getWorkbenchWindow().getShell().setBounds(0, 0, 1270, 940);
    }

    @AfterEach
    void deleteProject() throws Exception {
        page.closeAllEditors(false);
        project.delete(true, null);
    }

    @Test
    void simulateAtTheCaretSavesTheRunInTheProject() throws Exception {
        ITextEditor editor = openAt("paa-peo-on-latp.iph", "experiment PaaPeoLifetime");

        Job job = simulate(null);
        waitFor(job, 120_000);

        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        IFolder results = project.getFolder("results/PaaPeoLifetime");
        assertTrue(results.exists(), "the results folder is refreshed into the workspace");
        IFile runFile = results.getFile("PaaPeoLifetime.iphrun");
        assertTrue(runFile.exists());
        for (String name : List.of("1-impedance-spectrum.csv", "2-plating-stripping-timeseries.csv",
                "3-impedance-spectrum.csv", RunStore.SUMMARY, RunStore.REPORT)) {
            assertTrue(results.getFile(name).exists(), name);
        }
        SimulationRun run = RunStore.load(Path.of(runFile.getLocation().toOSString()));
        assertEquals("PaaPeoLifetime", run.getExperiment());
        assertEquals(5, run.getLayers().stream().filter(layer -> !layer.isInterphase()).count(),
                "the five layers written, beside any interphase the cell grows");
        ImpedanceResult impedance = assertInstanceOf(ImpedanceResult.class, run.getResults().get(0));
        assertEquals(61, impedance.getFrequency().size(), "1 MHz to 1 Hz at 10 points per decade");
        assertEquals(impedance.getFrequency().size(), impedance.getContributions().get(0).getReal().size());
        SymmetricCellResult cell = assertInstanceOf(SymmetricCellResult.class, run.getResults().get(1));
        assertEquals(cell.getTime().size(), cell.getVoltage().size());
        assertTrue(cell.getTime().size() > 600, "600 h of 1 h half-cycles: " + cell.getTime().size());
        GrowthResult growth = assertInstanceOf(GrowthResult.class, run.getResults().get(3));
        assertEquals(30, growth.getThickness().size());
        assertFalse(editor.isDirty());
        assertTheViewsShow(run, cell, impedance, growth);

        // Opening the saved run, as a double-click in the Project Explorer does, shows it again.
        page.hideView(page.findView(SymmetricCellView.ID));
        IDE.openEditor(page, runFile);
        UiEvents.drain();
        SymmetricCellView reopened = (SymmetricCellView) page.findView(SymmetricCellView.ID);
        assertNotNull(reopened, "the saved run reopens in the views");
        assertEquals(cell.getVoltage().size(), reopened.points(SymmetricCellView.VOLTAGE)[1].length);
    }

    /** Each result view shows the saved run's series, and is photographed maximised. */
    private void assertTheViewsShow(SimulationRun run, SymmetricCellResult cell, ImpedanceResult impedance,
            GrowthResult growth) throws Exception {
        StackCrossSectionView crossSection = (StackCrossSectionView) page.findView(StackCrossSectionView.ID);
        assertNotNull(crossSection, "Simulate opens the cross-section");
        assertEquals(run.getLayers().subList(1, run.getLayers().size() - 1).stream()
                .map(org.interphase.model.run.LayerSection::getThickness).toList(), crossSection.input().layers()
                        .stream().map(CrossSectionInput.Band::thickness).toList());

        ImpedanceView impedanceView = (ImpedanceView) page.findView(ImpedanceView.ID);
        assertNotNull(impedanceView, "Simulate opens the impedance view");
        assertArrayEquals(array(impedance.getReal()), impedanceView.input().total().real());
        assertArrayEquals(array(impedance.getFrequency()), impedanceView.input().total().frequency());
        assertEquals(1 + impedance.getContributions().size(), impedanceView.nyquistChart().getSeriesSet()
                .getSeries().length, "the total and one curve per contribution");

        SymmetricCellView cellView = (SymmetricCellView) page.findView(SymmetricCellView.ID);
        assertNotNull(cellView, "Simulate opens the symmetric-cell view");
        // The chart draws the trace's envelope; behind it are all the run's points.
        double[][] trace = cellView.points(SymmetricCellView.VOLTAGE);
        assertArrayEquals(array(cell.getVoltage()), trace[1]);
        assertEquals(cell.getTime().get(cell.getTime().size() - 1) / 3600, trace[0][trace[0].length - 1], 1e-9,
                "hours");

        RecipeGrowthView growthView = (RecipeGrowthView) page.findView(RecipeGrowthView.ID);
        assertNotNull(growthView, "Simulate opens the growth view");
        double[] thickness = growthView.series(RecipeGrowthView.seriesId(growth)).getYSeries();
        assertEquals(growth.getThickness().size(), thickness.length);
        for (int i = 0; i < thickness.length; i++) {
            // The view may plot in nm or Å; the shape must be the run's.
            assertEquals(growth.getThickness().get(i) / growth.getFinalThickness(),
                    thickness[i] / thickness[thickness.length - 1], 1e-9);
        }

        for (String id : List.of(StackCrossSectionView.ID, ImpedanceView.ID, SymmetricCellView.ID,
                RecipeGrowthView.ID)) {
            photograph(id, "simulate-PaaPeoLifetime-" + id.substring(id.lastIndexOf('.') + 1));
        }
    }

    private void photograph(String viewId, String name) throws Exception {
        IViewReference view = page.findViewReference(viewId);
        // Views share stacks; the photographed one must be the visible tab.
        page.bringToTop(view.getPart(false));
        page.setPartState(view, IWorkbenchPage.STATE_MAXIMIZED);
        UiEvents.drain();
        Screenshots.save(page.getWorkbenchWindow().getShell(), name);
        page.setPartState(view, IWorkbenchPage.STATE_RESTORED);
        UiEvents.drain();
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void theNamedExperimentOfTheFileRunsWhenTheCaretIsInNone() throws Exception {
        openAt("paa-peo-on-latp.iph", "stack PaaPeoLfpCell");

        Job job = simulate("PaaPeoLfpCycling");
        waitFor(job, 120_000);

        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        IFile runFile = project.getFile("results/PaaPeoLfpCycling/PaaPeoLfpCycling.iphrun");
        assertTrue(runFile.exists());
        CyclingResult cycling = assertInstanceOf(CyclingResult.class,
                RunStore.load(Path.of(runFile.getLocation().toOSString())).getResults().get(0));
        assertEquals(20, cycling.getCycles().size());
        assertEquals(cycling.getTime().size(), cycling.getCapacity().size());
        CyclingView view = (CyclingView) page.findView(CyclingView.ID);
        assertNotNull(view, "Simulate opens the cycling view");
        assertEquals(20, view.result().getCycles().size());
        assertTrue(view.series(CyclingView.seriesId(1, false)).getYSeries().length > 1, view.seriesIds().toString());
        photograph(CyclingView.ID, "simulate-PaaPeoLfpCycling-cycling");
    }

    @Test
    void theResultsFolderIsTheOneSetInThePreferences() throws Exception {
        RunPreferences.store().setValue(RunPreferences.RESULTS_FOLDER, "out/runs");
        try {
            openAt("paa-peo-on-latp.iph", "stack PaaPeoLfpCell");

            Job job = simulate("PaaPeoLfpCycling");
            waitFor(job, 120_000);

            assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
            assertTrue(project.getFile("out/runs/PaaPeoLfpCycling/PaaPeoLfpCycling.iphrun").exists(),
                    "the run is saved in the folder the preference names");
            assertFalse(project.getFolder(SimulateCommand.RESULTS_FOLDER).exists(), "nothing goes to the default");
        } finally {
            RunPreferences.store().setToDefault(RunPreferences.RESULTS_FOLDER);
        }
        assertEquals(SimulateCommand.RESULTS_FOLDER, RunPreferences.resultsFolder());
    }

    @Test
    void aResultsFolderOutsideTheProjectIsNeverUsed() {
        assertEquals(null, RunPreferences.invalidFolder("out/runs"));
        for (String folder : List.of("", "/tmp", "../elsewhere", "a\\b")) {
            assertNotNull(RunPreferences.invalidFolder(folder), folder);
        }
        RunPreferences.store().setValue(RunPreferences.RESULTS_FOLDER, "../elsewhere");
        try {
            assertEquals(SimulateCommand.RESULTS_FOLDER, RunPreferences.resultsFolder());
        } finally {
            RunPreferences.store().setToDefault(RunPreferences.RESULTS_FOLDER);
        }
    }

    @Test
    void cancellingALongRunStopsItWithinASecondAndLeavesNothing() throws Exception {
        openAt("endurance.iph", "experiment PaaPeoEndurance");

        Job job = simulate(null);
        // A user cancelling early: 300 ms in, the run is compiling or in the cycling engine (5000 cycles take
        // seconds), where a cancellation is checked every cycle.
        UiEvents.runFor(300);
        assertEquals(Job.RUNNING, job.getState(), "the run is still going after 300 ms");
        AtomicLong ended = new AtomicLong();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                ended.set(System.nanoTime());
            }
        });
        long cancelled = System.nanoTime();
        job.cancel();
        waitFor(job, 10_000);
        long stoppedMillis = (ended.get() - cancelled) / 1_000_000;

        assertTrue(stoppedMillis < 1000, "stopped " + stoppedMillis + " ms after Cancel");
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        Path results = Path.of(project.getLocation().toOSString(), "results");
        if (Files.exists(results)) {
            try (Stream<Path> left = Files.list(results)) {
                assertEquals(List.of(), left.toList(), "no result and no temporary folder");
            }
        }
    }

    private ITextEditor openAt(String file, String text) throws Exception {
        ITextEditor editor = (ITextEditor) IDE.openEditor(page, project.getFile(file));
        String document = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
        int offset = document.indexOf(text);
        assertTrue(offset >= 0, text);
        editor.selectAndReveal(offset + text.length() - 3, 0);
        UiEvents.drain();
        return editor;
    }

    /** Runs Simulate as the key binding does, with the editor active. */
    private Job simulate(String experiment) throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = page.getWorkbenchWindow().getService(IHandlerService.class);
        ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(SimulateCommand.ID),
                experiment == null ? Map.of() : Map.of(SimulateCommand.EXPERIMENT, experiment));
        return assertInstanceOf(Job.class, handlers.executeCommand(command, null), "Simulate started a job");
    }

    /** Waits for the job while the UI thread keeps dispatching, as it does for a user. */
    private static void waitFor(Job job, long timeoutMillis) throws InterruptedException {
        UiEvents.waitUntil(Duration.ofMillis(timeoutMillis), () -> job.getState() == Job.NONE);
        assertEquals(Job.NONE, job.getState(), job.getName() + " ended in time");
        UiEvents.drain();
    }
}
