package org.interphase.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.library.Libraries;
import org.interphase.io.DataImporters;
import org.interphase.io.MeasuredCycling;
import org.interphase.io.MeasuredSpectrum;
import org.interphase.library.MaterialLibrary;
import org.interphase.model.run.ArrheniusResult;
import org.interphase.model.run.CyclingResult;
import org.interphase.model.run.GrowthResult;
import org.interphase.model.run.ImpedanceResult;
import org.interphase.model.run.LayerSection;
import org.interphase.model.run.SimulationRun;
import org.interphase.model.run.SymmetricCellResult;
import org.interphase.model.run.TimelineSegment;
import org.interphase.sim.electrochem.RunCancelledException;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.interphase.sim.stack.StackImpedance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs example experiments into SimulationRuns and saves them as results folders. */
class RunExecutorTest {

    private static final MaterialLibrary LIBRARY = Libraries.builtIn();
    private static Execution lifetime;

    @TempDir
    Path folder;

    @BeforeAll
    static void runTheLifetimeExample() {
        lifetime = new RunExecutor(LIBRARY).execute(
                Models.experiment(Models.examples().resolve("paa-peo-on-latp"), "PaaPeoLifetime"), RunMonitor.NONE);
    }

    @Test
    void theLifetimeRunHoldsTheEnginesSpectrumAndTimeSeries() {
        SimulationRun run = lifetime.run();
        assertEquals("PaaPeoLifetime", run.getExperiment());
        assertEquals("PaaPeoSymmetric", run.getStack());
        assertTrue(run.getSource().endsWith("paa-peo-on-latp.iph:43"), run.getSource());
        ImpedanceResult impedance = assertInstanceOf(ImpedanceResult.class, run.getResults().get(0));
        // An independent run of the impedance engine on the compiled stack gives the saved spectrum.
        CompiledRun.Impedance compiled = (CompiledRun.Impedance) lifetime.plan().runs().get(0);
        StackImpedance engine = StackCircuitBuilder.simulate(compiled.stack(), compiled.frequencies());
        assertArrayEquals(engine.spectrum().frequencies(), array(impedance.getFrequency()));
        assertArrayEquals(engine.spectrum().realParts(), array(impedance.getReal()));
        assertArrayEquals(engine.spectrum().imaginaryParts(), array(impedance.getImaginary()));
        assertEquals(engine.contributions().size(), impedance.getContributions().size());
        assertArrayEquals(engine.contributions().get(0).spectrum().realParts(),
                array(impedance.getContributions().get(0).getReal()));
        assertEquals(engine.totalResistance(), summary(impedance.getSummary(), "total resistance"));
        assertEquals(61, impedance.getFrequency().size(), "1 MHz to 1 Hz at 10 points per decade");

        SymmetricCellResult cell = assertInstanceOf(SymmetricCellResult.class, run.getResults().get(1));
        org.interphase.sim.symmetric.SymmetricCellResult cellEngine = ((Measured.PlatingStripping) lifetime
                .measured().get(1)).result();
        assertArrayEquals(cellEngine.time(), array(cell.getTime()));
        assertArrayEquals(cellEngine.voltage(), array(cell.getVoltage()));
        assertEquals(cellEngine.lifetime(), cell.getLifetime());
        assertEquals(cellEngine.events().size(), cell.getEvents().size());
        assertTrue(cell.getTime().size() > 600, "600 half-cycles of 1 h, sampled: " + cell.getTime().size());
        assertInstanceOf(ImpedanceResult.class, run.getResults().get(2));
        assertEquals(List.of("1-impedance", "2-plating-stripping", "3-impedance", "growth PaaPeoOnLatp"),
                run.getResults().stream().map(r -> r.getLabel()).toList());
        assertTrue(run.getInputs().stream().anyMatch(v -> v.getName().equals("stack temperature")
                && v.getSource().contains("paa-peo-on-latp.iph:34")), "inputs keep their source lines");
    }

    @Test
    void theLayersAndTheGrowthOfTheLbLCoatingAreInTheRun() {
        SimulationRun run = lifetime.run();
        EList<LayerSection> layers = run.getLayers();
        assertEquals(List.of("lithium", "coating", "electrolyte", "coating", "lithium"),
                layers.stream().map(LayerSection::getRole).toList());
        assertEquals("LATP", layers.get(2).getMaterial());
        assertFalse(layers.stream().anyMatch(LayerSection::isInterphase));
        GrowthResult growth = assertInstanceOf(GrowthResult.class, run.getResults().get(3));
        assertEquals("PaaPeoOnLatp", growth.getRecipe());
        assertEquals("bilayer", growth.getStepKind());
        assertEquals(30, growth.getThickness().size(), "one thickness per bilayer");
        assertEquals(growth.getFinalThickness(), growth.getThickness().get(29));
        // Facts B-LbL-3: 65-75 nm in total; the coating layer has the grown thickness.
        assertTrue(growth.getFinalThickness() > 60e-9 && growth.getFinalThickness() < 80e-9,
                "final thickness " + growth.getFinalThickness());
        assertEquals(growth.getFinalThickness(), layers.get(1).getThickness(), 1e-15);
        assertEquals(List.of("dip", "rinse", "dip", "rinse"),
                growth.getTimeline().stream().map(TimelineSegment::getKind).toList());
        assertEquals(List.of(0.0, 300.0, 420.0, 720.0),
                growth.getTimeline().stream().map(TimelineSegment::getStart).toList());
        assertEquals(120.0, growth.getTimeline().get(3).getDuration());
        assertEquals("PAA", growth.getTimeline().get(0).getChemical());
    }

    @Test
    void aTemperatureSeriesKeepsTheSpectrumOfEachTemperatureAndTheRunKnowsItsFilesText() throws IOException {
        Path file = folder.resolve("series.iph");
        Files.writeString(file, """
                stack AgLltoAg {
                  area 1 cm2
                  temperature 25 °C
                  collector Ag
                  electrolyte LLTO-film-annealed-300 350 nm
                  collector Ag
                }
                experiment Series on AgLltoAg { impedance from 1 MHz to 1 Hz at 25 °C, 60 °C, 100 °C }
                """);

        SimulationRun run = new RunExecutor(LIBRARY).execute(Models.experiment(folder, "Series"), RunMonitor.NONE)
                .run();

        ArrheniusResult series = assertInstanceOf(ArrheniusResult.class, run.getResults().get(0));
        assertEquals(List.of("25.00 °C", "60.00 °C", "100.00 °C"),
                series.getSpectra().stream().map(ImpedanceResult::getLabel).toList());
        assertEquals(series.getReal(), series.getSpectra().get(0).getReal(), "the first is the inherited spectrum");
        // Warmer, the electrolyte conducts better: the spectrum's high-frequency end moves left.
        assertTrue(series.getSpectra().get(2).getReal().get(0) < series.getSpectra().get(0).getReal().get(0));
        assertEquals(file.toUri().toString().replace("file:///", "file:/"), run.getSourceUri());
        assertEquals(SourceDigest.of(Files.readString(file)), run.getSourceDigest());
        Files.writeString(file, Files.readString(file).replace("350 nm", "300 nm"));
        assertFalse(SourceDigest.of(Files.readString(file)).equals(run.getSourceDigest()), "an edit changes it");
    }

    @Test
    void eachWrittenLayerKeepsItsNameAndThicknessBesideInterphasesAndLayersOfNoThickness() throws IOException {
        // Li|LATP forms an interphase (library IF-Li-LATP), a layer the file does not write; the coating of 0 nm is
        // no layer of the engine's stack, and its material need not state what the impedance model reads.
        Files.writeString(folder.resolve("bare.iph"), """
                stack Bare {
                  area 1 cm2
                  temperature 25 °C
                  lithium Li
                  coating alucone 0 nm
                  electrolyte LATP 500 µm
                  lithium Li
                }
                experiment Eis on Bare { impedance from 1 MHz to 1 Hz }
                """);

        SimulationRun run = new RunExecutor(LIBRARY).execute(Models.experiment(folder, "Eis"), RunMonitor.NONE).run();

        // The cross-section is the simulated cell, as the report writes it: Li | interphase | LATP | interphase | Li,
        // with the written coating of no thickness in its place.
        List<LayerSection> written = run.getLayers().stream().filter(l -> !l.isInterphase()).toList();
        assertEquals(List.of("Li", "alucone", "LATP", "Li"), written.stream().map(LayerSection::getName).toList());
        assertEquals(0, written.get(1).getThickness());
        assertEquals(500e-6, written.get(2).getThickness(), 1e-15);
        List<String> roles = run.getLayers().stream().map(l -> l.isInterphase() ? "interphase" : l.getName())
                .toList();
        assertEquals(List.of("Li", "interphase", "alucone", "LATP", "interphase", "Li"), roles);
        for (LayerSection interphase : run.getLayers()) {
            if (interphase.isInterphase()) {
                assertTrue(interphase.getThickness() > 0 && interphase.getThickness() < 1e-6,
                        interphase.getName() + " " + interphase.getThickness());
                assertTrue(interphase.getName().contains("Li|LATP") || interphase.getName().contains("LATP|Li"),
                        interphase.getName());
            }
        }
    }

    @Test
    void aCyclingRunHoldsTheTimeSeriesAndOneRecordPerCycle() {
        Execution cycling = new RunExecutor(LIBRARY).execute(
                Models.experiment(Models.examples().resolve("paa-peo-on-latp"), "PaaPeoLfpCycling"), RunMonitor.NONE);

        CyclingResult result = assertInstanceOf(CyclingResult.class, cycling.run().getResults().get(0));
        org.interphase.sim.cycling.CyclingResult engine = ((Measured.Cycling) cycling.measured().get(0)).result();
        assertEquals(20, result.getCycles().size());
        assertArrayEquals(engine.series().time(), array(result.getTime()));
        assertArrayEquals(engine.series().capacity(), array(result.getCapacity()));
        assertEquals(engine.series().size(), result.getCycleNumber().size());
        assertEquals(engine.cycle(20).dischargeCapacityAh(), result.getCycles().get(19).getDischargeCapacity());
        assertEquals(20.0, summary(result.getSummary(), "cycles"));
    }

    @Test
    void aSavedRunLoadsBackEqualWithItsFiles() throws IOException {
        Path results = folder.resolve("PaaPeoLifetime");

        Path file = RunStore.save(lifetime, results, ResultFolder.Replace.EARLIER_RESULT);
        SimulationRun loaded = RunStore.load(file);

        assertEquals(RunStore.runFile(results, "PaaPeoLifetime"), file);
        assertTrue(EcoreUtil.equals(lifetime.run(), loaded), "the loaded run equals the saved one");
        for (String name : List.of("1-impedance-spectrum.csv", "2-plating-stripping-timeseries.csv",
                "3-impedance-spectrum.csv", RunStore.SUMMARY, RunStore.REPORT)) {
            assertTrue(Files.isRegularFile(results.resolve(name)), name);
        }
        assertTrue(Files.readString(results.resolve(RunStore.SUMMARY)).contains("2-plating-stripping,lifetime,"));
        assertEquals(List.of(results), entries(folder), "no temporary folder stays behind");
    }

    @Test
    void everyMeasuredDataCsvOfARunIsReadBackEqual() throws IOException {
        Path results = folder.resolve("PaaPeoLifetime");
        RunStore.save(lifetime, results, ResultFolder.Replace.EARLIER_RESULT);
        for (String name : List.of("1-impedance-spectrum.csv", "2-plating-stripping-timeseries.csv",
                "3-impedance-spectrum.csv")) {
            Path csv = results.resolve(name);
            List<double[]> written = firstColumns(csv);
            List<double[]> read = switch (DataImporters.read(csv)) {
                case MeasuredSpectrum s -> List.of(s.frequency(), s.real(), s.imaginary());
                case MeasuredCycling c -> List.of(c.time(), c.current(), c.voltage());
            };
            for (int column = 0; column < 3; column++) {
                assertArrayEquals(written.get(column), read.get(column), name + " column " + (column + 1));
            }
        }
    }

    /** The first three columns of a CSV as its text writes them (time counted from the first row, as imported). */
    private static List<double[]> firstColumns(Path csv) throws IOException {
        List<String> rows = Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#")).skip(1).toList();
        double[][] columns = new double[3][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r).split(",");
            for (int c = 0; c < 3; c++) {
                columns[c][r] = Double.parseDouble(cells[c]);
            }
        }
        return List.of(columns);
    }

    @Test
    void aCancelledRunLeavesNoFolder() throws IOException {
        Path results = folder.resolve("PaaPeoLifetime");
        CancelAfterProgress monitor = new CancelAfterProgress(0.2);

        assertThrows(RunCancelledException.class, () -> RunStore.save(new RunExecutor(LIBRARY).execute(
                Models.experiment(Models.examples().resolve("paa-peo-on-latp"), "PaaPeoLifetime"), monitor),
                results, ResultFolder.Replace.NEVER));

        assertTrue(monitor.cancelled, "the run got far enough to be cancelled");
        assertEquals(List.of(), entries(folder));
    }

    @Test
    void aRunThatFailsKeepsTheOlderResults() throws IOException {
        Path results = folder.resolve("PaaPeoLifetime");
        RunStore.save(lifetime, results, ResultFolder.Replace.EARLIER_RESULT);
        String before = Files.readString(results.resolve(RunStore.SUMMARY));
        Path project = Files.createDirectories(folder.resolve("project"));
        Files.writeString(project.resolve("cold.iph"), """
                material LATP "Li1.3Al0.3Ti1.7(PO4)3"
                material Li "Li"
                stack Pellet {
                  area 1 cm2
                  lithium Li
                  electrolyte LATP 1 mm
                  lithium Li
                }
                experiment PaaPeoLifetime on Pellet {
                  impedance from 1 MHz to 0.1 Hz
                }
                """);

        assertThrows(CompileException.class, () -> RunStore.save(new RunExecutor(LIBRARY).execute(
                Models.experiment(project, "PaaPeoLifetime"), RunMonitor.NONE), results,
                ResultFolder.Replace.EARLIER_RESULT));

        assertEquals(before, Files.readString(results.resolve(RunStore.SUMMARY)));
        assertTrue(Files.isRegularFile(RunStore.runFile(results, "PaaPeoLifetime")));
        assertEquals(Set.of(project, results), Set.copyOf(entries(folder)));
    }

    @Test
    void cancellingWhileSavingKeepsTheOlderResults() throws IOException {
        Path results = folder.resolve("PaaPeoLifetime");
        RunStore.save(lifetime, results, ResultFolder.Replace.EARLIER_RESULT);
        String before = Files.readString(results.resolve(RunStore.SUMMARY));
        CancelWhenSaving monitor = new CancelWhenSaving();

        try (ResultFolder claimed = ResultFolder.claim(results, ResultFolder.Replace.EARLIER_RESULT)) {
            assertThrows(RunCancelledException.class, () -> RunStore.save(lifetime, claimed, monitor));
        }

        assertTrue(monitor.cancelled, "the save reported its progress");
        assertEquals(before, Files.readString(results.resolve(RunStore.SUMMARY)));
        assertEquals(List.of(results), entries(folder), "no temporary folder stays behind");
    }

    @Test
    void aMeasurementsDataFileIsSavedAsAnAbsoluteUriNextToItsDslFile() throws IOException {
        Path project = Files.createDirectories(folder.resolve("project"));
        Files.writeString(project.resolve("pellet.iph"), """
                material LATP "Li1.3Al0.3Ti1.7(PO4)3"
                material Li "Li"
                stack Pellet {
                  area 1 cm2
                  temperature 25 °C
                  lithium Li
                  electrolyte LATP 1 mm
                  lithium Li
                }
                experiment Eis on Pellet {
                  impedance from 1 MHz to 0.1 Hz measured "data/eis.mpt"
                }
                """);

        SimulationRun run = new RunExecutor(LIBRARY).execute(Models.experiment(project, "Eis"), RunMonitor.NONE).run();

        assertEquals(org.eclipse.emf.common.util.URI.createFileURI(project.resolve("data/eis.mpt").toString())
                .toString(), run.getResults().get(0).getMeasuredFile());
        assertEquals(null, lifetime.run().getResults().get(0).getMeasuredFile(), "none named, none saved");
    }

    /** Cancels as soon as the results are being saved, as a user pressing Cancel late in a run would. */
    private static final class CancelWhenSaving implements RunMonitor {
        private volatile boolean cancelled;

        @Override
        public void progress(double fraction, String message) {
            cancelled |= message.startsWith("saving");
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    /** Asks the run to stop once it is {@code at} done, as a user pressing Cancel would. */
    private static final class CancelAfterProgress implements RunMonitor {
        private final double at;
        private volatile boolean cancelled;

        CancelAfterProgress(double at) {
            this.at = at;
        }

        @Override
        public void progress(double fraction, String message) {
            cancelled |= fraction >= at;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    private static double summary(List<org.interphase.model.run.RunValue> values, String name) {
        return values.stream().filter(v -> v.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static List<Path> entries(Path parent) throws IOException {
        try (Stream<Path> list = Files.list(parent)) {
            return list.toList();
        }
    }
}
