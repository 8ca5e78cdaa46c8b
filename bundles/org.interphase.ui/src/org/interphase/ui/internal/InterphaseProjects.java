package org.interphase.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.interphase.examples.Example;
import org.interphase.ui.InterphaseProjectIds;

/** Creates Interphase projects and fills them with examples; shared by the New Project wizard and the first start. */
final class InterphaseProjects {

    private InterphaseProjects() {
    }

    /**
     * Creates and opens {@code project} with the Interphase nature, so its builder validates every model.
     *
     * @param location where the project's files go, or null for the workspace's default location
     */
    static void create(IProject project, URI location, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Creating project " + project.getName(), 3);
        IProjectDescription description = project.getWorkspace().newProjectDescription(project.getName());
        description.setLocationURI(location);
        project.create(description, progress.split(1));
        project.open(progress.split(1));
        // Setting the nature on the open project configures it, which installs the validation builder.
        IProjectDescription opened = project.getDescription();
        opened.setNatureIds(new String[] {InterphaseProjectIds.NATURE});
        project.setDescription(opened, progress.split(1));
    }

    /** Copies every file of {@code example} into {@code target}, keeping the example's sub-folders. */
    static void copy(Example example, IContainer target, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Copying the example " + example.name(),
                example.files().size());
        for (String file : example.files()) {
            IFile destination = target.getFile(IPath.fromPortableString(file));
            createFolders(destination.getParent(), progress.split(0));
            try (InputStream in = example.open(file)) {
                destination.create(in, false, progress.split(1));
            } catch (IOException e) {
                throw new CoreException(Status.error("Cannot read " + file + " of the example " + example.name()
                        + " from the installation; reinstall Interphase.", e));
            }
        }
    }

    /** The file a user should see first of {@code example} copied into {@code target}. */
    static IFile mainFile(Example example, IContainer target) {
        return target.getFile(IPath.fromPortableString(example.mainFile()));
    }

    private static void createFolders(IContainer container, IProgressMonitor monitor) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            createFolders(folder.getParent(), monitor);
            folder.create(false, true, monitor);
        }
    }
}
