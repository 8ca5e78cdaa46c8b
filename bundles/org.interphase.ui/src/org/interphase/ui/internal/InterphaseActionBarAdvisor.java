package org.interphase.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The File, Edit, Window and Help menus a user of any Eclipse IDE expects. Interphase's own
 * commands are contributed declaratively (plugin.xml) into the group markers created here.
 */
final class InterphaseActionBarAdvisor extends ActionBarAdvisor {

    InterphaseActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        for (ActionFactory factory : new ActionFactory[] {ActionFactory.SAVE,
                ActionFactory.SAVE_ALL, ActionFactory.CLOSE, ActionFactory.IMPORT, ActionFactory.EXPORT,
                ActionFactory.QUIT, ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.CUT, ActionFactory.COPY,
                ActionFactory.PASTE, ActionFactory.DELETE, ActionFactory.SELECT_ALL, ActionFactory.FIND,
                ActionFactory.PREFERENCES, ActionFactory.RESET_PERSPECTIVE}) {
            register(factory.create(window));
        }
        // Help actions call the help UI (org.interphase.ui.help) only when chosen, so start-up loads no help.
        register(ActionFactory.HELP_CONTENTS.create(window));
        register(ActionFactory.DYNAMIC_HELP.create(window));
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        // File > New lists the perspective's new-wizard shortcuts (New Interphase Project first) and Other...
        MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
        newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
        file.add(newMenu);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new Separator());
        file.add(action(ActionFactory.CLOSE));
        file.add(action(ActionFactory.SAVE));
        file.add(action(ActionFactory.SAVE_ALL));
        file.add(new Separator());
        file.add(action(ActionFactory.IMPORT));
        file.add(action(ActionFactory.EXPORT));
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(action(ActionFactory.QUIT));

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(action(ActionFactory.UNDO));
        edit.add(action(ActionFactory.REDO));
        edit.add(new Separator());
        edit.add(action(ActionFactory.CUT));
        edit.add(action(ActionFactory.COPY));
        edit.add(action(ActionFactory.PASTE));
        edit.add(action(ActionFactory.DELETE));
        edit.add(action(ActionFactory.SELECT_ALL));
        edit.add(new Separator());
        edit.add(action(ActionFactory.FIND));
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager run = new MenuManager("&Run", "run");
        run.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(showView);
        windowMenu.add(action(ActionFactory.RESET_PERSPECTIVE));
        windowMenu.add(new Separator());
        windowMenu.add(action(ActionFactory.PREFERENCES));
        windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(action(ActionFactory.HELP_CONTENTS));
        help.add(action(ActionFactory.DYNAMIC_HELP));
        help.add(cheatSheets(window));
        help.add(new Separator());
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(run);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }

    /** The cheat sheet chooser of org.interphase.ui.help, started only when chosen. */
    private static CommandContributionItem cheatSheets(IWorkbenchWindow window) {
        CommandContributionItemParameter parameter = new CommandContributionItemParameter(window,
                "org.interphase.ui.cheatSheets", "org.interphase.ui.help.openCheatSheet",
                CommandContributionItem.STYLE_PUSH);
        parameter.label = "Cheat &Sheets...";
        return new CommandContributionItem(parameter);
    }

    private org.eclipse.jface.action.IAction action(ActionFactory factory) {
        return getAction(factory.getId());
    }
}
