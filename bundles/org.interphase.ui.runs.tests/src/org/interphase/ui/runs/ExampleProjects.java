package org.interphase.ui.runs;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;

/** Workspace projects holding the .iph files of one example folder, as a user who copied the example has them. */
final class ExampleProjects {

    private static final Path EXAMPLES = Path.of(System.getProperty("interphase.examples", "../../examples"));

    private ExampleProjects() {
    }

    /** A new open project {@code name} with the .iph files of {@code examples/<folder>}. */
    static IProject create(String name, String folder) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        project.create(null);
        project.open(null);
        try (Stream<Path> files = Files.list(EXAMPLES.resolve(folder))) {
            for (Path path : files.filter(p -> p.toString().endsWith(".iph")).toList()) {
                try (InputStream in = Files.newInputStream(path)) {
                    project.getFile(path.getFileName().toString()).create(in, true, null);
                }
            }
        }
        return project;
    }
}
