package org.interphase.ui.measured;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.interphase.analysis.AnalysisException;
import org.interphase.analysis.MeasuredComparison;
import org.interphase.analysis.MeasuredComparisons;
import org.interphase.dsl.compiler.CompileException;
import org.interphase.dsl.library.Libraries;
import org.interphase.model.Experiment;
import org.interphase.model.ImpedanceSweep;
import org.interphase.model.Model;
import org.interphase.model.run.SimulationRun;
import org.interphase.runs.RunExecutor;
import org.interphase.sim.SimulationException;
import org.interphase.sim.electrochem.RunMonitor;

/**
 * Builds a {@link Comparison} from the text of an .iph file: picks the experiment at the caret and has
 * {@link MeasuredComparisons} simulate its impedance sweeps that name measured files and import those files; if its
 * cycling or plating/stripping measurements name measured files, runs the experiment as Simulate does, so that the
 * result views overlay those files on its run. Everything is read and simulated before anything is shown, so a bad
 * file leaves the views as they were.
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
        boolean spectra = experiment.getMeasurements().stream()
                .anyMatch(m -> m instanceof ImpedanceSweep && m.getMeasuredData() != null);
        boolean cycling = experiment.getMeasurements().stream()
                .anyMatch(m -> !(m instanceof ImpedanceSweep) && m.getMeasuredData() != null);
        if (!spectra && !cycling) {
            throw new ComparisonException(MeasuredComparisons.location(experiment) + ": experiment "
                    + experiment.getName() + " has no measurement that names a measured file; add one, e.g."
                    + " impedance from 1 MHz to 1 Hz measured \"data/my-cell.mpt\"");
        }
        MeasuredComparison measured;
        try {
            measured = spectra ? MeasuredComparisons.compareSpectra(experiment,
                    file.getLocation().toPath().getParent(), Libraries.installed()) : null;
        } catch (AnalysisException e) {
            throw new ComparisonException(e.getMessage());
        }
        return new Comparison(file, measured, cycling ? run(experiment) : null);
    }

    /** The experiment's run, with the measured files of its results, as Simulate makes it. */
    private static SimulationRun run(Experiment experiment) throws ComparisonException {
        try {
            return new RunExecutor(Libraries.installed()).execute(experiment, RunMonitor.NONE).run();
        } catch (CompileException | SimulationException e) {
            throw new ComparisonException(e.getMessage());
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
