package org.interphase.dsl.ui.internal;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.interphase.dsl.ui.InterphaseEditorIds;

/** Marks an Interphase project and installs its validation builder. */
public final class InterphaseNature implements IProjectNature {

    private IProject project;

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        ICommand[] commands = description.getBuildSpec();
        if (Arrays.stream(commands).noneMatch(c -> InterphaseEditorIds.BUILDER.equals(c.getBuilderName()))) {
            ICommand command = description.newCommand();
            command.setBuilderName(InterphaseEditorIds.BUILDER);
            ICommand[] extended = Arrays.copyOf(commands, commands.length + 1);
            extended[commands.length] = command;
            description.setBuildSpec(extended);
            project.setDescription(description, null);
        }
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(c -> !InterphaseEditorIds.BUILDER.equals(c.getBuilderName()))
                .toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
