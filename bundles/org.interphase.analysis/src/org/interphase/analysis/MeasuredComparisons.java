package org.interphase.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.compiler.SimulationPlan;
import org.interphase.io.DataImporters;
import org.interphase.io.ImportException;
import org.interphase.io.MeasuredData;
import org.interphase.io.MeasuredSpectrum;
import org.interphase.library.MaterialLibrary;
import org.interphase.model.Experiment;
import org.interphase.model.Measurement;
import org.interphase.sim.SimulationException;
import org.interphase.sim.stack.StackCircuitBuilder;
import org.interphase.sim.stack.StackImpedance;

/**
 * Compares an experiment with the measured files its impedance sweeps name: compiles and simulates those sweeps and
 * imports the files. Everything is read before anything is returned, so a bad file changes nothing for the caller.
 */
public final class MeasuredComparisons {

    private MeasuredComparisons() {
    }

    /**
     * @param experiment a validated experiment
     * @param folder     the folder of its .iph file, against which measured paths are resolved
     * @param library    the library the file's materials extend
     * @throws AnalysisException naming the file and line at fault
     */
    public static MeasuredComparison compare(Experiment experiment, Path folder, MaterialLibrary library)
            throws AnalysisException {
        SimulationPlan plan;
        try {
            plan = new ModelCompiler(library).compile(experiment);
        } catch (CompileException e) {
            throw new AnalysisException(e.getMessage());
        }
        List<ComparedSweep> sweeps = new ArrayList<>();
        for (int i = 0; i < experiment.getMeasurements().size(); i++) {
            Measurement measurement = experiment.getMeasurements().get(i);
            // The compiler makes one run per measurement, in order.
            if (measurement.getMeasuredData() != null && plan.runs().get(i) instanceof CompiledRun.Impedance run) {
                sweeps.add(sweep(measurement, run, folder.resolve(measurement.getMeasuredData())));
            }
        }
        if (sweeps.isEmpty()) {
            throw new AnalysisException(location(experiment) + ": experiment " + experiment.getName()
                    + " has no impedance sweep that names a measured file; add one, e.g."
                    + " impedance from 1 MHz to 1 Hz measured \"data/my-cell.mpt\"");
        }
        return new MeasuredComparison(experiment.getName(), plan.stack(), sweeps);
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
        MeasuredData data;
        try {
            data = DataImporters.read(path);
        } catch (ImportException e) {
            throw new AnalysisException(at + ": the measured file \"" + measurement.getMeasuredData()
                    + "\" cannot be imported; nothing was changed.\n" + e.getMessage());
        }
        if (!(data instanceof MeasuredSpectrum spectrum)) {
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
}
