package org.interphase.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The export buttons of a result view ("Export PNG…", "Export CSV…", and for charts "Export SVG…" and a PNG at a
 * chosen resolution); the file dialog opens in the shown run's results folder.
 */
final class ExportActions {

    interface Exporter {
        void export(Path target) throws IOException;
    }

    /** A PNG export at a resolution in dots per inch. */
    interface PictureExporter {
        void export(Path target, int dpi) throws IOException;
    }

    /** The resolution the PNG dialog proposes: print quality. */
    static final int DEFAULT_DPI = 300;

    private ExportActions() {
    }

    /** PNG and CSV of a view that is not a chart (the cross-section): the PNG as shown. */
    static List<IAction> add(IToolBarManager toolbar, Shell shell, String baseName, Supplier<Path> folder,
            Exporter png, Exporter csv) {
        return add(toolbar, List.of(
                action(shell, "Export PNG…", "Save the picture as a PNG image", baseName, "png", folder, png),
                action(shell, "Export CSV…", "Save the plotted data as CSV", baseName, "csv", folder, csv)));
    }

    /** PNG at a chosen resolution, SVG and CSV of a view of charts. */
    static List<IAction> addForCharts(IToolBarManager toolbar, Shell shell, String baseName, Supplier<Path> folder,
            PictureExporter png, Exporter svg, Exporter csv) {
        Exporter pngAtDpi = target -> {
            Integer dpi = askDpi(shell);
            if (dpi != null) {
                png.export(target, dpi);
            }
        };
        return add(toolbar, List.of(
                action(shell, "Export PNG…", "Save the plot as a PNG image at a resolution you choose", baseName,
                        "png", folder, pngAtDpi),
                action(shell, "Export SVG…", "Save the plot as an SVG vector picture", baseName, "svg", folder, svg),
                action(shell, "Export CSV…", "Save the plotted data as CSV", baseName, "csv", folder, csv)));
    }

    private static List<IAction> add(IToolBarManager toolbar, List<IAction> actions) {
        actions.forEach(toolbar::add);
        return new ArrayList<>(actions);
    }

    /** The resolution the user types, or null if cancelled. */
    private static Integer askDpi(Shell shell) {
        InputDialog dialog = new InputDialog(shell, "Export PNG", "Resolution in dots per inch (96 is the size on"
                + " screen, 300 print quality):", String.valueOf(DEFAULT_DPI), text -> {
                    try {
                        int dpi = Integer.parseInt(text.trim());
                        return dpi >= 36 && dpi <= 2400 ? null : "Choose between 36 and 2400 dpi.";
                    } catch (NumberFormatException e) {
                        return "Type a whole number of dots per inch, e.g. 300.";
                    }
                });
        return dialog.open() == Window.OK ? Integer.parseInt(dialog.getValue().trim()) : null;
    }

    private static Action action(Shell shell, String text, String tooltip, String baseName, String extension,
            Supplier<Path> folder, Exporter exporter) {
        Action action = new Action(text) {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(shell, SWT.SAVE);
                dialog.setText(text);
                dialog.setFilterExtensions(new String[] {"*." + extension});
                dialog.setFileName(baseName + "." + extension);
                Path start = folder.get();
                if (start != null && Files.isDirectory(start)) {
                    dialog.setFilterPath(start.toString());
                }
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
