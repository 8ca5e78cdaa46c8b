package org.interphase.ui.runs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.interphase.dsl.InterphaseStandaloneSetup;
import org.interphase.model.Experiment;
import org.interphase.model.Model;
import org.interphase.model.Study;

import com.google.inject.Injector;

/**
 * The experiments and studies of an .iph file, loaded with every .iph file of its project so that imports resolve;
 * the file itself may be read from an editor's unsaved text, so that caret offsets match what the user sees.
 */
final class ProjectExperiments {

    /** Lazy holder: setting the language up takes a moment and is needed once. */
    private static final class Language {
        static final Injector INJECTOR = new InterphaseStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    private static final String EXTENSION = "iph";

    private final List<Experiment> experiments;
    private final List<Study> studies;
    private final List<Path> files;

    private ProjectExperiments(List<Experiment> experiments, List<Study> studies, List<Path> files) {
        this.experiments = experiments;
        this.studies = studies;
        this.files = files;
    }

    /**
     * @param text the file's text as the editor holds it, or empty to read the file from disk
     * @throws CoreException if the project's files cannot be listed or read
     */
    static ProjectExperiments load(IFile file, Optional<String> text) throws CoreException {
        XtextResourceSet resources = Language.INJECTOR.getInstance(XtextResourceSet.class);
        URI target = uri(file);
        Resource main = resources.createResource(target);
        try {
            if (text.isPresent()) {
                main.load(new ByteArrayInputStream(text.get().getBytes(StandardCharsets.UTF_8)),
                        Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
            } else {
                main.load(Map.of());
            }
        } catch (IOException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("cannot read " + file.getFullPath() + ": "
                    + e.getMessage()));
        }
        List<Path> files = new ArrayList<>(List.of(Path.of(file.getLocation().toOSString())));
        for (IFile other : iphFiles(file.getProject())) {
            if (!other.equals(file)) {
                resources.getResource(uri(other), true);
                files.add(Path.of(other.getLocation().toOSString()));
            }
        }
        // Links across files need every file loaded first.
        EcoreUtil.resolveAll(resources);
        List<EObject> elements = !main.getContents().isEmpty() && main.getContents().get(0) instanceof Model model
                ? model.getElements().stream().map(EObject.class::cast).toList() : List.of();
        return new ProjectExperiments(of(elements, Experiment.class), of(elements, Study.class), List.copyOf(files));
    }

    /** The project's .iph files, outside its results folder: what its studies and experiments link against. */
    static List<IFile> iphFiles(IProject project) throws CoreException {
        List<IFile> files = new ArrayList<>();
        String resultsFolder = RunPreferences.resultsFolder();
        project.accept(resource -> {
            if (resource.getType() == IResource.FILE && EXTENSION.equals(resource.getFileExtension())) {
                files.add((IFile) resource);
            }
            return !(resource.getType() == IResource.FOLDER
                    && resultsFolder.equals(resource.getProjectRelativePath().toString()));
        });
        return files;
    }

    private static <T> List<T> of(List<EObject> elements, Class<T> type) {
        return elements.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static URI uri(IFile file) {
        return URI.createFileURI(file.getLocation().toOSString());
    }

    List<Experiment> all() {
        return experiments;
    }

    Optional<Experiment> named(String name) {
        return experiments.stream().filter(e -> name.equals(e.getName())).findFirst();
    }

    List<Study> studies() {
        return studies;
    }

    /** The project's .iph files on disk, the file's first: what a study's workers load. */
    List<Path> files() {
        return files;
    }

    /** The experiment whose text contains {@code offset}, if any. */
    Optional<Experiment> at(int offset) {
        return at(experiments, offset);
    }

    /** The study whose text contains {@code offset}, if any. */
    Optional<Study> studyAt(int offset) {
        return at(studies, offset);
    }

    private static <T extends EObject> Optional<T> at(List<T> elements, int offset) {
        return elements.stream().filter(e -> {
            ICompositeNode node = NodeModelUtils.findActualNodeFor(e);
            return node != null && node.getOffset() <= offset && offset <= node.getEndOffset();
        }).findFirst();
    }
}
