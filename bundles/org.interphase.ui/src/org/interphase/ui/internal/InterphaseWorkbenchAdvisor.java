package org.interphase.ui.internal;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.interphase.ui.InterphaseIds;

/**
 * Workbench life cycle of the Interphase product: a resource-based workbench (projects, markers,
 * Project Explorer) whose workspace is saved on exit so that nothing the user wrote is lost, and whose first start
 * on an empty workspace brings the examples.
 */
final class InterphaseWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // Project Explorer and the Properties view find resources through these adapters.
        IDE.registerAdapters();
        IdeImages.declare(configurer);
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return InterphaseIds.PERSPECTIVE;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new InterphaseWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        if (ExamplesProject.enabledOnFirstStart()) {
            new FirstStartExamplesJob(getWorkbenchConfigurer().getWorkbench()).schedule();
        }
    }

    @Override
    public void postShutdown() {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        try {
            workspace.save(true, new NullProgressMonitor());
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }
}
