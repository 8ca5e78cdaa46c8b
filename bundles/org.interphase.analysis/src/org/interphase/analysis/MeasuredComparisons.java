package org.interphase.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.compiler.SimulationPlan;
import org.interphase.io.DataImporters;
import org.interphase.io.ImportException;
import org.interphase.io.MeasuredCycling;
import org.interphase.io.MeasuredData;
import org.interphase.io.MeasuredSpectrum;
import org.interphase.library.MaterialLibrary;
import org.interphase.model.Experiment;
import org.interphase.model.Measurement;
import org.interphase.sim.SimulationException;
import org.interphase.sim.cycling.CyclingSimulation;
import org.interphase.sim.cycling.SolverSettings;
import org.interphase.sim.electrochem.RunMonitor;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.interphase.sim.stack.StackImpedance;
import org.interphase.sim.symmetric.SymmetricCellEngine;
import org.interphase.sim.symmetric.SymmetricCellResult;

/**
 * Compares an experiment with the measured files its measurements name: compiles and simulates those measurements
 * and imports the files. Everything is read before anything is returned, so a bad file changes nothing for the caller.
 */
public final class MeasuredComparisons {

    private MeasuredComparisons() {
    }

    /**
     * Compares every measurement of the experiment that names a measured file: impedance sweeps, cycling and
     * plating/stripping.
     *
     * @param experiment a validated experiment
     * @param folder     the folder of its .iph file, against which measured paths are resolved
     * @param library    the library the file's materials extend
     * @throws AnalysisException naming the file and line at fault
     */
    public static MeasuredComparison compare(Experiment experiment, Path folder, MaterialLibrary library)
            throws AnalysisException {
        MeasuredComparison comparison = compare(experiment, folder, library, true);
        if (comparison.isEmpty()) {
            throw new AnalysisException(location(experiment) + ": experiment " + experiment.getName()
                    + " has no measurement that names a measured file; add one, e.g."
                    + " impedance from 1 MHz to 1 Hz measured \"data/my-cell.mpt\" or cycling { ... } measured"
                    + " \"data/my-cell-cycling.csv\"");
        }
        return comparison;
    }

    /**
     * Compares only the impedance sweeps that name measured files (the IDE overlays measured cycling on the run it
     * simulates, so it need not simulate that twice).
     *
     * @throws AnalysisException naming the file and line at fault, also when no sweep names a measured file
     */
    public static MeasuredComparison compareSpectra(Experiment experiment, Path folder, MaterialLibrary library)
            throws AnalysisException {
        MeasuredComparison comparison = compare(experiment, folder, library, false);
        if (comparison.sweeps().isEmpty()) {
            throw new AnalysisException(location(experiment) + ": experiment " + experiment.getName()
                    + " has no impedance sweep that names a measured file; add one, e.g."
                    + " impedance from 1 MHz to 1 Hz measured \"data/my-cell.mpt\"");
        }
        return comparison;
    }

    private static MeasuredComparison compare(Experiment experiment, Path folder, MaterialLibrary library,
            boolean cycling) throws AnalysisException {
        SimulationPlan plan;
        try {
            plan = new ModelCompiler(library).compile(experiment);
        } catch (CompileException e) {
            throw new AnalysisException(e.getMessage());
        }
        List<ComparedSweep> sweeps = new ArrayList<>();
        List<CyclingComparison> cycled = new ArrayList<>();
        List<SymmetricComparison> symmetric = new ArrayList<>();
        for (int i = 0; i < experiment.getMeasurements().size(); i++) {
            Measurement measurement = experiment.getMeasurements().get(i);
            String written = measurement.getMeasuredData();
            if (written == null) {
                continue;
            }
            Path path = folder.resolve(written);
            // The compiler makes one run per measurement, in order.
            switch (plan.runs().get(i)) {
                case CompiledRun.Impedance run -> sweeps.add(sweep(measurement, run, path));
                case CompiledRun.Cycling run when cycling -> cycled.add(CyclingComparisons.cycling(run.label(),
                        written, GalvanostaticSeries.of(simulate(measurement, () -> new CyclingSimulation(
                                run.parameters(), run.protocol(), SolverSettings.DEFAULT).run(RunMonitor.NONE))
                                .series()), cyclingFile(measurement, path)));
                case CompiledRun.PlatingStripping run when cycling -> {
                    SymmetricCellResult result = simulate(measurement,
                            () -> new SymmetricCellEngine(run.model()).run(run.input(), RunMonitor.NONE));
                    symmetric.add(CyclingComparisons.symmetric(run.label(), written, result.time(), result.voltage(),
                            cyclingFile(measurement, path)));
                }
                default -> {
                }
            }
        }
        return new MeasuredComparison(experiment.getName(), plan.stack(), sweeps, cycled, symmetric);
    }

    /**
     * The stack model of an experiment's first impedance sweep: what a fit of a spectrum measured on its stack starts
     * from, whether or not the experiment names a measured file.
     *
     * @throws AnalysisException naming the file and line, if the experiment has no impedance sweep or cannot be
     *                           compiled or simulated
     */
    public static StackImpedance stackModel(Experiment experiment, MaterialLibrary library) throws AnalysisException {
        SimulationPlan plan;
        try {
            plan = new ModelCompiler(library).compile(experiment);
        } catch (CompileException e) {
            throw new AnalysisException(e.getMessage());
        }
        CompiledRun.Impedance run = plan.runs().stream().filter(CompiledRun.Impedance.class::isInstance)
                .map(CompiledRun.Impedance.class::cast).findFirst().orElseThrow(() -> new AnalysisException(
                        location(experiment) + ": experiment " + experiment.getName() + " has no impedance sweep to"
                                + " fit a spectrum with; add one, e.g. impedance from 1 MHz to 1 Hz"));
        try {
            return StackCircuitBuilder.simulate(run.stack(), run.frequencies());
        } catch (SimulationException e) {
            throw new AnalysisException(location(experiment) + ": the stack's impedance cannot be simulated: "
                    + e.getMessage());
        }
    }

    /** "file.iph:12", the line an object starts on. */
    public static String location(EObject object) {
        return object.eResource().getURI().lastSegment() + ":" + NodeModelUtils.getNode(object).getStartLine();
    }

    private static ComparedSweep sweep(Measurement measurement, CompiledRun.Impedance run, Path path)
            throws AnalysisException {
        String at = location(measurement);
        if (!(read(measurement, path) instanceof MeasuredSpectrum spectrum)) {
            throw new AnalysisException(at + ": \"" + measurement.getMeasuredData() + "\" holds cycling data, not an"
                    + " impedance spectrum; name an EIS export here");
        }
        try {
            return new ComparedSweep(run.label(), StackCircuitBuilder.simulate(run.stack(), run.frequencies()),
                    spectrum, measurement.getMeasuredData());
        } catch (SimulationException e) {
            throw new AnalysisException(at + ": the stack's impedance cannot be simulated: " + e.getMessage());
        }
    }

    private static GalvanostaticSeries cyclingFile(Measurement measurement, Path path) throws AnalysisException {
        if (!(read(measurement, path) instanceof MeasuredCycling cycling)) {
            throw new AnalysisException(location(measurement) + ": \"" + measurement.getMeasuredData() + "\" holds an"
                    + " impedance spectrum, not cycling data; name a cycler export here");
        }
        return GalvanostaticSeries.of(cycling);
    }

    private static MeasuredData read(Measurement measurement, Path path) throws AnalysisException {
        try {
            return DataImporters.read(path);
        } catch (ImportException e) {
            throw new AnalysisException(location(measurement) + ": the measured file \"" + measurement.getMeasuredData()
                    + "\" cannot be imported; nothing was changed.\n" + e.getMessage());
        }
    }

    private static <T> T simulate(Measurement measurement, Supplier<T> engine) throws AnalysisException {
        try {
            return engine.get();
        } catch (SimulationException e) {
            throw new AnalysisException(location(measurement) + ": the run cannot be simulated: " + e.getMessage());
        }
    }
}
