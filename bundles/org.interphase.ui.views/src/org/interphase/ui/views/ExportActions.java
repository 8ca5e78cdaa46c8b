package org.interphase.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** The "Export PNG…" and "Export CSV…" toolbar buttons of a result view. */
final class ExportActions {

    interface Exporter {
        void export(Path target) throws IOException;
    }

    private ExportActions() {
    }

    /** Adds the buttons to the toolbar; returns their actions, which the charts' context menus offer too. */
    static List<IAction> add(IToolBarManager toolbar, Shell shell, String baseName, Exporter png, Exporter csv) {
        List<IAction> actions = List.of(
                action(shell, "Export PNG…", "Save the picture as a PNG image", baseName, "png", png),
                action(shell, "Export CSV…", "Save the plotted data as CSV", baseName, "csv", csv));
        actions.forEach(toolbar::add);
        return actions;
    }

    private static Action action(Shell shell, String text, String tooltip, String baseName, String extension,
            Exporter exporter) {
        Action action = new Action(text) {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(shell, SWT.SAVE);
                dialog.setText(text);
                dialog.setFilterExtensions(new String[] {"*." + extension});
                dialog.setFileName(baseName + "." + extension);
                dialog.setOverwrite(true);
                String chosen = dialog.open();
                if (chosen == null) {
                    return;
                }
                try {
                    exporter.export(Path.of(chosen));
                } catch (IOException | RuntimeException e) {
                    MessageDialog.openError(shell, text, "Cannot write " + chosen + ": " + e.getMessage());
                }
            }
        };
        action.setToolTipText(tooltip);
        return action;
    }
}
