package org.interphase.dsl.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.interphase.dsl.ui.InterphaseEditorIds;
import org.interphase.ui.testing.UiEvents;

/**
 * A workspace project holding a copy of one folder of the repository's examples/ (its models and the measured data
 * files they name), which the system property
 * {@value #EXAMPLES_PROPERTY} points at (this bundle's pom.xml sets it; tycho-surefire runs in target/work).
 */
final class ExampleProject {

    static final String EXAMPLES_PROPERTY = "interphase.examples";

    private ExampleProject() {
    }

    static IProject create(String name, String exampleFolder, boolean withNature) throws CoreException, IOException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        project.create(null);
        project.open(null);
        if (withNature) {
            // Setting the nature on an open project configures it, which installs the builder.
            IProjectDescription description = project.getDescription();
            description.setNatureIds(new String[] {InterphaseEditorIds.NATURE});
            project.setDescription(description, null);
        }
        // The whole folder, so that the measured data files the models name are there too.
        Path folder = examples().resolve(exampleFolder);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                IFile file = project.getFile(folder.relativize(path).toString());
                createFolders(file.getParent());
                try (InputStream in = Files.newInputStream(path)) {
                    file.create(in, true, null);
                }
            }
        }
        return project;
    }

    private static void createFolders(IContainer container) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            createFolders(folder.getParent());
            folder.create(true, true, null);
        }
    }

    private static Path examples() {
        String folder = System.getProperty(EXAMPLES_PROPERTY);
        if (folder == null || !Files.isDirectory(Path.of(folder))) {
            throw new IllegalStateException("examples folder not found: set -D" + EXAMPLES_PROPERTY
                    + "=<repository>/examples (the tests' pom.xml does this for Maven), got " + folder);
        }
        return Path.of(folder);
    }

    /** The Interphase error markers of {@code file}. */
    static List<IMarker> errors(IFile file) throws CoreException {
        return List.of(file.findMarkers(InterphaseEditorIds.PROBLEM_MARKER, true, IResource.DEPTH_ZERO)).stream()
                .filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
                .toList();
    }

    /** Runs the UI event loop (the reconciler posts to it) until {@code condition} holds; false after 30 s. */
    static boolean waitUntil(BooleanSupplier condition) throws InterruptedException {
        return UiEvents.waitUntil(Duration.ofSeconds(30), condition);
    }

    /** Opens {@code file} in the Interphase editor and waits until the reconciler has parsed its text. */
    static InterphaseEditor openReconciled(IWorkbenchPage page, IFile file) throws Exception {
        InterphaseEditor editor = (InterphaseEditor) IDE.openEditor(page, file);
        if (!waitUntil(() -> editor.reconciledResource(editor.document().get()).isPresent())) {
            throw new AssertionError("the editor did not check " + file.getName() + " within 30 s");
        }
        return editor;
    }

    /** The style the editor's text widget draws at document {@code offset} (folding moves widget offsets). */
    static StyleRange drawnAt(InterphaseEditor editor, int offset) {
        return editor.viewer().getTextWidget().getStyleRangeAtOffset(
                editor.viewer() instanceof ITextViewerExtension5 projection
                        ? projection.modelOffset2WidgetOffset(offset) : offset);
    }

    /** Runs the UI event loop for {@code millis}, so that views refreshing in jobs of their own catch up. */
    static void runEventLoop(long millis) throws InterruptedException {
        UiEvents.runFor(millis);
    }

    static BooleanSupplier unchecked(CheckedCondition condition) {
        return () -> {
            try {
                return condition.holds();
            } catch (CoreException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The first table in {@code control}'s widget tree, e.g. a popup's or a dialog's list; null if none. */
    static Table firstTable(Control control) {
        if (control instanceof Table table) {
            return table;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Table table = firstTable(child);
                if (table != null) {
                    return table;
                }
            }
        }
        return null;
    }

    @FunctionalInterface
    interface CheckedCondition {
        boolean holds() throws CoreException;
    }
}
