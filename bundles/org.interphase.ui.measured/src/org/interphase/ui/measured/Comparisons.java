package org.interphase.ui.measured;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.dsl.compiler.CompiledRun;
import org.interphase.dsl.compiler.ModelCompiler;
import org.interphase.dsl.compiler.SimulationPlan;
import org.interphase.dsl.library.Libraries;
import org.interphase.io.DataImporters;
import org.interphase.io.ImportException;
import org.interphase.io.MeasuredData;
import org.interphase.io.MeasuredSpectrum;
import org.interphase.model.Experiment;
import org.interphase.model.Measurement;
import org.interphase.model.Model;
import org.interphase.sim.SimulationException;
import org.interphase.sim.stack.StackCircuitBuilder;

/**
 * Builds a {@link Comparison} from the text of an .iph file: picks the experiment, compiles and simulates its
 * impedance sweeps that name measured files, and imports those files. Everything is read before anything is shown,
 * so a bad file leaves the views as they were.
 */
final class Comparisons {

    private Comparisons() {
    }

    /**
     * @param file  the .iph file (its project's other files are read from disk)
     * @param text  the file's current text, e.g. an editor's unsaved content
     * @param caret an offset in {@code text}: the experiment around it is compared
     * @throws ComparisonException naming the file and line at fault
     */
    static Comparison compare(IFile file, String text, int caret) throws ComparisonException {
        ModelFiles files;
        try {
            files = new ModelFiles(file, text);
        } catch (CoreException e) {
            throw new ComparisonException("The project of " + file.getName() + " cannot be read: " + e.getMessage());
        }
        List<String> errors = files.errors();
        if (!errors.isEmpty()) {
            throw new ComparisonException(file.getName() + " has errors; fix them and compare again:\n"
                    + String.join("\n", errors.subList(0, Math.min(5, errors.size()))));
        }
        Experiment experiment = experiment(files.model(), caret, file.getName());
        SimulationPlan plan;
        try {
            plan = new ModelCompiler(Libraries.installed()).compile(experiment);
        } catch (CompileException e) {
            throw new ComparisonException(e.getMessage());
        }
        Path folder = file.getLocation().toPath().getParent();
        List<ComparedSweep> sweeps = new ArrayList<>();
        for (int i = 0; i < experiment.getMeasurements().size(); i++) {
            Measurement measurement = experiment.getMeasurements().get(i);
            // The compiler makes one run per measurement, in order.
            if (measurement.getMeasuredData() != null && plan.runs().get(i) instanceof CompiledRun.Impedance run) {
                sweeps.add(sweep(measurement, run, folder.resolve(measurement.getMeasuredData())));
            }
        }
        if (sweeps.isEmpty()) {
            throw new ComparisonException(ModelFiles.location(experiment) + ": experiment " + experiment.getName()
                    + " has no impedance sweep that names a measured file; add one, e.g."
                    + " impedance from 1 MHz to 1 Hz measured \"data/my-cell.mpt\"");
        }
        return new Comparison(file, experiment.getName(), plan.stack(), sweeps);
    }

    private static ComparedSweep sweep(Measurement measurement, CompiledRun.Impedance run, Path path)
            throws ComparisonException {
        String at = ModelFiles.location(measurement);
        MeasuredData data;
        try {
            data = DataImporters.read(path);
        } catch (ImportException e) {
            throw new ComparisonException(at + ": the measured file \"" + measurement.getMeasuredData()
                    + "\" cannot be imported; nothing was changed.\n" + e.getMessage());
        }
        if (!(data instanceof MeasuredSpectrum spectrum)) {
            throw new ComparisonException(at + ": \"" + measurement.getMeasuredData() + "\" holds cycling data, not an"
                    + " impedance spectrum; name an EIS export here");
        }
        try {
            return new ComparedSweep(run.label(), StackCircuitBuilder.simulate(run.stack(), run.frequencies()),
                    spectrum, measurement.getMeasuredData());
        } catch (SimulationException e) {
            throw new ComparisonException(at + ": the stack's impedance cannot be simulated: " + e.getMessage());
        }
    }

    /** The experiment around {@code caret}, else the only one that names a measured file. */
    static Experiment experiment(Model model, int caret, String fileName) throws ComparisonException {
        List<Experiment> experiments = model == null ? List.of()
                : model.getElements().stream().filter(Experiment.class::isInstance).map(Experiment.class::cast)
                        .toList();
        for (Experiment experiment : experiments) {
            ICompositeNode node = NodeModelUtils.getNode(experiment);
            if (node.getOffset() <= caret && caret <= node.getEndOffset()) {
                return experiment;
            }
        }
        List<Experiment> measured = experiments.stream().filter(e -> e.getMeasurements().stream()
                .anyMatch(m -> m.getMeasuredData() != null)).toList();
        if (measured.size() == 1) {
            return measured.get(0);
        }
        throw new ComparisonException(measured.isEmpty()
                ? fileName + " has no experiment whose measurements name a measured file (measured \"data/x.mpt\")"
                : "Put the caret inside one of the experiments of " + fileName + " that name measured files: "
                        + String.join(", ", measured.stream().map(Experiment::getName).toList()));
    }
}
