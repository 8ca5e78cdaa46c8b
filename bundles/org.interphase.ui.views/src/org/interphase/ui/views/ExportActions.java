package org.interphase.ui.views;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.action.Action;
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

    static void add(IToolBarManager toolbar, Shell shell, String baseName, Exporter png, Exporter csv) {
        toolbar.add(action(shell, "Export PNG…", "Save the picture as a PNG image", baseName, "png", png));
        toolbar.add(action(shell, "Export CSV…", "Save the plotted data as CSV", baseName, "csv", csv));
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
