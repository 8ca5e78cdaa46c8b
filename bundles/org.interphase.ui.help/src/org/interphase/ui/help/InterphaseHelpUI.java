package org.interphase.ui.help;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * The workbench's help UI (extension {@code org.eclipse.ui.helpSupport}): every way of asking for help shows the
 * {@link HelpView}. The workbench creates it on the first request for help, so help costs nothing at start-up.
 */
public final class InterphaseHelpUI extends AbstractHelpUI {

    /** Where {@code IWorkbenchHelpSystem.setHelp(Control, String)} keeps a control's context id. */
    private static final String HELP_KEY = "org.eclipse.ui.help";

    @Override
    public void displayHelp() {
        HelpView view = helpView(IWorkbenchPage.VIEW_ACTIVATE);
        if (view != null) {
            view.showContents();
        }
    }

    @Override
    public void displayContext(IContext context, int x, int y) {
        IWorkbenchPart part = activePart();
        // The asking view stays active, so that F1 on the next view answers for that one.
        HelpView view = helpView(IWorkbenchPage.VIEW_VISIBLE);
        if (view != null) {
            view.showContext(context, part == null ? "Help" : part.getTitle());
        }
    }

    @Override
    public void displayHelpResource(String href) {
        HelpView view = helpView(IWorkbenchPage.VIEW_ACTIVATE);
        if (view != null) {
            view.showTopic(href);
        }
    }

    /** F1: the help of the control that has the focus, else of the active view or editor, whose id is its context. */
    @Override
    public void displayDynamicHelp() {
        IContext context = null;
        for (Control control = Display.getCurrent().getFocusControl(); control != null && context == null;
                control = control.getParent()) {
            if (control.getData(HELP_KEY) instanceof String id) {
                context = HelpSystem.getContext(id);
            }
        }
        IWorkbenchPart part = activePart();
        if (context == null && part != null) {
            context = HelpSystem.getContext(part.getSite().getId());
        }
        if (context == null) {
            displayHelp();
        } else {
            displayContext(context, 0, 0);
        }
    }

    @Override
    public boolean isContextHelpDisplayed() {
        IWorkbenchPage page = activePage();
        return page != null && page.findView(HelpView.ID) instanceof HelpView view && view.isShowingContext();
    }

    private static HelpView helpView(int mode) {
        IWorkbenchPage page = activePage();
        if (page == null) {
            return null;
        }
        try {
            return (HelpView) page.showView(HelpView.ID, null, mode);
        } catch (PartInitException e) {
            throw new IllegalStateException("cannot open the Help view: " + e.getMessage(), e);
        }
    }

    private static IWorkbenchPart activePart() {
        IWorkbenchPage page = activePage();
        return page == null ? null : page.getActivePart();
    }

    private static IWorkbenchPage activePage() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window == null ? null : window.getActivePage();
    }
}
