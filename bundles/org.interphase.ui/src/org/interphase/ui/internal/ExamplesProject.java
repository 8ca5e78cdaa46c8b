package org.interphase.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.interphase.examples.Example;
import org.interphase.examples.ExampleCatalog;
import org.interphase.ui.InterphaseProjectIds;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The {@value InterphaseProjectIds#EXAMPLES_PROJECT} project a new user finds on the first start: every shipped
 * example in a folder of its own. Created once per workspace and only into an empty one, so it neither comes back
 * after the user deleted it nor appears among someone's own projects.
 */
final class ExamplesProject {

    /** The example whose main model the first start opens: the one with a recipe, cells and experiments. */
    static final String FIRST_EXAMPLE = "paa-peo-on-latp";

    /** Workspace preference remembering that this workspace already got the examples project. */
    static final String CREATED_PREFERENCE = "examplesProjectCreated";

    private ExamplesProject() {
    }

    /** Whether the product should offer the examples on its first start (see the system property). */
    static boolean enabledOnFirstStart() {
        return !"false".equalsIgnoreCase(System.getProperty(InterphaseProjectIds.EXAMPLES_ON_FIRST_START_PROPERTY));
    }

    /**
     * Creates the examples project if the workspace has no project and never had it, and returns the model to
     * open; empty if nothing was created.
     */
    static Optional<IFile> createIfWorkspaceIsNew(IWorkspaceRoot root, IProgressMonitor monitor)
            throws CoreException {
        IEclipsePreferences preferences = preferences();
        List<Example> examples = ExampleCatalog.installed();
        if (root.getProjects().length > 0 || preferences.getBoolean(CREATED_PREFERENCE, false) || examples.isEmpty()) {
            return Optional.empty();
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Creating the Interphase examples", examples.size() + 1);
        IProject project = root.getProject(InterphaseProjectIds.EXAMPLES_PROJECT);
        InterphaseProjects.create(project, null, progress.split(1));
        IFile first = null;
        for (Example example : examples) {
            InterphaseProjects.copy(example, project.getFolder(example.name()), progress.split(1));
            if (first == null || example.name().equals(FIRST_EXAMPLE)) {
                first = InterphaseProjects.mainFile(example, project.getFolder(example.name()));
            }
        }
        preferences.putBoolean(CREATED_PREFERENCE, true);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Not fatal: at worst the examples come back on a later start into a workspace emptied by the user.
            ILog.of(ExamplesProject.class).log(Status.warning("Cannot remember that the examples were created", e));
        }
        return Optional.of(first);
    }

    /** The workspace-scoped preferences of this bundle. */
    static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode("org.interphase.ui");
    }
}
