package org.interphase.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.interphase.dsl.InterphaseStandaloneSetup;
import org.interphase.model.Experiment;

import com.google.inject.Injector;

/** Loads the .iph files of a folder as one project and finds its experiments, as the command line does. */
final class Models {

    private static final class Language {
        static final Injector INJECTOR = new InterphaseStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    private Models() {
    }

    static Path examples() {
        return Path.of(System.getProperty("interphase.examples"));
    }

    /** The file of a saved run whose name ends with {@code suffix}, e.g. "-half-cycles.csv". */
    static Path savedFile(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().endsWith(suffix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no file *" + suffix + " in " + folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The experiment {@code name} of the .iph files in {@code folder}, with the files it imports loaded. */
    static Experiment experiment(Path folder, String name) {
        XtextResourceSet resources = Language.INJECTOR.getInstance(XtextResourceSet.class);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".iph")).sorted().toList()) {
                resources.getResource(URI.createFileURI(file.toString()), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EcoreUtil.resolveAll(resources);
        List<Resource> loaded = List.copyOf(resources.getResources());
        return loaded.stream().flatMap(r -> r.getContents().stream()).flatMap(m -> m.eContents().stream())
                .filter(Experiment.class::isInstance).map(Experiment.class::cast)
                .filter(e -> name.equals(e.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no experiment " + name + " in " + folder));
    }
}
