package org.interphase.ui.measured;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.interphase.ui.testing.UiEvents;

/**
 * A workspace project holding a copy of one folder of the repository's examples/ with its data files; the system
 * property {@value #EXAMPLES_PROPERTY} points at examples/ (this bundle's pom.xml sets it).
 */
final class MeasuredProject {

    static final String EXAMPLES_PROPERTY = "interphase.examples";

    private MeasuredProject() {
    }

    /** The active page with the views of {@code ids} closed: a view another test left open would still show its run. */
    static IWorkbenchPage pageWithout(String... ids) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        for (String id : ids) {
            IViewPart open = page.findView(id);
            if (open != null) {
                page.hideView(open);
            }
        }
        return page;
    }

    static IProject create(String name, String exampleFolder) throws CoreException, IOException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        project.create(null);
        project.open(null);
        copy(example(exampleFolder), project);
        return project;
    }

    static Path example(String folder) {
        String examples = System.getProperty(EXAMPLES_PROPERTY);
        if (examples == null || !Files.isDirectory(Path.of(examples, folder))) {
            throw new IllegalStateException("example " + folder + " not found: set -D" + EXAMPLES_PROPERTY
                    + "=<repository>/examples (the tests' pom.xml does this for Maven), got " + examples);
        }
        return Path.of(examples, folder);
    }

    private static void copy(Path folder, IContainer target) throws CoreException, IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(folder)) {
            children = list.toList();
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child)) {
                org.eclipse.core.resources.IFolder sub = target.getFolder(org.eclipse.core.runtime.IPath.fromOSString(
                        name));
                sub.create(true, true, null);
                copy(child, sub);
            } else {
                try (InputStream in = Files.newInputStream(child)) {
                    target.getFile(org.eclipse.core.runtime.IPath.fromOSString(name)).create(in, true, null);
                }
            }
        }
    }

    /** Runs the UI event loop until {@code condition} holds; false after 60 s. */
    static boolean waitUntil(BooleanSupplier condition) throws InterruptedException {
        return UiEvents.waitUntil(Duration.ofSeconds(60), condition);
    }

    /** Runs the UI event loop for {@code millis}. */
    static void runEventLoop(long millis) throws InterruptedException {
        UiEvents.runFor(millis);
    }
}
