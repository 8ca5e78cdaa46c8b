package org.interphase.ui.measured;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.interphase.analysis.AnalysisException;
import org.interphase.analysis.MeasuredComparisons;
import org.interphase.dsl.library.Libraries;
import org.interphase.model.Experiment;
import org.interphase.model.ImpedanceSweep;
import org.interphase.ui.views.ImpedanceView.ShownRun;

/**
 * Finds the stack a fit starts from in the workspace: the stack of the run the Impedance view shows, or one the user
 * picks among every experiment with an impedance sweep. Files are read as saved.
 */
final class FitTargets {

    /**
     * An experiment with an impedance sweep, offered when no run is shown.
     *
     * @param file       the .iph file it is in
     * @param experiment its name
     * @param stack      its stack's name
     */
    record Candidate(IFile file, String experiment, String stack) {

        /** "BareLatpImpedance on BareLatpSymmetric (cells.iph)". */
        @Override
        public String toString() {
            return experiment + " on " + stack + " (" + file.getName() + ")";
        }
    }

    private FitTargets() {
    }

    /**
     * The experiments that may be the run shown: its experiment in the .iph file it names, by workspace path (a
     * comparison's) or by name (a run's source names the file alone, which several projects may hold).
     */
    static List<Candidate> of(ShownRun run) throws ComparisonException {
        List<Candidate> named = candidates().stream().filter(c -> c.experiment().equals(run.experiment())
                && (run.file() == null || c.file().getName().equals(run.file())
                        || c.file().getFullPath().toString().equals(run.file()))).toList();
        List<Candidate> exact = named.stream().filter(c -> c.file().getFullPath().toString().equals(run.file()))
                .toList();
        if (named.isEmpty()) {
            throw new ComparisonException("The run shown, " + run.experiment() + " on " + run.stack() + ", is no"
                    + " longer in the workspace's .iph files; simulate an experiment with an impedance sweep, then fit"
                    + " again.");
        }
        return exact.isEmpty() ? named : exact;
    }

    /** Every experiment with an impedance sweep in the open projects' .iph files, in workspace order. */
    static List<Candidate> candidates() throws ComparisonException {
        List<Candidate> found = new ArrayList<>();
        for (IFile file : iphFiles()) {
            for (Experiment experiment : experiments(load(file))) {
                if (experiment.getMeasurements().stream().anyMatch(ImpedanceSweep.class::isInstance)) {
                    found.add(new Candidate(file, experiment.getName(), experiment.getStack() == null ? "?"
                            : experiment.getStack().getName()));
                }
            }
        }
        return found;
    }

    /** The stack model of a candidate, from its file without errors. */
    static FitTarget of(Candidate candidate) throws ComparisonException {
        ModelFiles files = load(candidate.file());
        List<String> errors = files.errors();
        if (!errors.isEmpty()) {
            throw new ComparisonException(candidate.file().getName() + " has errors; fix them and fit again:\n"
                    + String.join("\n", errors.subList(0, Math.min(5, errors.size()))));
        }
        Experiment experiment = experiments(files).stream().filter(e -> e.getName().equals(candidate.experiment()))
                .findFirst().orElseThrow();
        try {
            return new FitTarget(candidate.file(), candidate.experiment(), candidate.stack(),
                    MeasuredComparisons.stackModel(experiment, Libraries.installed()));
        } catch (AnalysisException e) {
            throw new ComparisonException(e.getMessage());
        }
    }

    private static List<Experiment> experiments(ModelFiles files) {
        return files.model() == null ? List.of() : files.model().getElements().stream()
                .filter(Experiment.class::isInstance).map(Experiment.class::cast).toList();
    }

    private static ModelFiles load(IFile file) throws ComparisonException {
        try (InputStream in = file.getContents(true)) {
            return new ModelFiles(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (CoreException | IOException e) {
            throw new ComparisonException("The project of " + file.getName() + " cannot be read: " + e.getMessage());
        }
    }

    private static List<IFile> iphFiles() throws ComparisonException {
        List<IFile> files = new ArrayList<>();
        try {
            for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
                if (project.isOpen()) {
                    project.accept(resource -> {
                        if (resource.getType() == IResource.FILE && "iph".equals(resource.getFileExtension())) {
                            files.add((IFile) resource);
                        }
                        return true;
                    });
                }
            }
        } catch (CoreException e) {
            throw new ComparisonException("The workspace cannot be read: " + e.getMessage());
        }
        return files;
    }
}
