package org.interphase.dsl.ui.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.editors.text.TextEditorActionContributor;

/**
 * The text editor's action bar contributions without its menu items: those go into groups of the IDE's Edit and
 * Navigate menus ("find.ext", "goto") that the Interphase product's menu bar does not have, and opening the editor
 * would fail. The editor's key bindings (find, undo, go to line) are global action handlers and still work.
 */
public final class InterphaseEditorActionContributor extends TextEditorActionContributor {

    @Override
    public void contributeToMenu(IMenuManager menu) {
        // Intentionally empty: see the class comment.
    }
}
