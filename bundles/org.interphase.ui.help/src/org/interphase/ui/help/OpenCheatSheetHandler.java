package org.interphase.ui.help;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.FrameworkUtil;

/**
 * Help > Cheat Sheets...: lets the user choose one of the cheat sheets in this bundle's cheatsheets/ folder (or takes
 * the one the command's parameter names) and shows it in the {@link CheatSheetView}.
 */
public final class OpenCheatSheetHandler extends AbstractHandler {

    /** The command's optional parameter: the file name of the cheat sheet, e.g. first-coated-pellet.xml. */
    static final String PARAMETER = "org.interphase.ui.help.cheatSheetFile";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        String file = event.getParameter(PARAMETER);
        CheatSheet sheet;
        try {
            sheet = file == null ? choose(window) : read(file);
        } catch (IOException e) {
            throw new ExecutionException("cannot read the cheat sheet: " + e.getMessage(), e);
        }
        if (sheet != null) {
            try {
                ((CheatSheetView) window.getActivePage().showView(CheatSheetView.ID)).show(sheet);
            } catch (PartInitException e) {
                throw new ExecutionException("cannot open the Cheat Sheet view: " + e.getMessage(), e);
            }
        }
        return null;
    }

    private static CheatSheet choose(IWorkbenchWindow window) throws IOException {
        List<CheatSheet> sheets = new ArrayList<>();
        Enumeration<URL> files = FrameworkUtil.getBundle(OpenCheatSheetHandler.class).findEntries("cheatsheets",
                "*.xml", false);
        for (URL url : files == null ? List.<URL>of() : Collections.list(files)) {
            sheets.add(CheatSheet.read(url));
        }
        sheets.sort(Comparator.comparing(CheatSheet::title));
        ListDialog dialog = new ListDialog(window.getShell());
        dialog.setTitle("Cheat Sheets");
        dialog.setMessage("Choose a cheat sheet to walk through beside your work:");
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(LabelProvider.createTextProvider(sheet -> ((CheatSheet) sheet).title()));
        dialog.setInput(sheets);
        if (!sheets.isEmpty()) {
            dialog.setInitialSelections(sheets.get(0));
        }
        return dialog.open() == Window.OK && dialog.getResult().length == 1 ? (CheatSheet) dialog.getResult()[0]
                : null;
    }

    private static CheatSheet read(String file) throws IOException {
        URL url = FrameworkUtil.getBundle(OpenCheatSheetHandler.class).getEntry("cheatsheets/" + file);
        if (url == null) {
            throw new IOException("no cheat sheet named " + file);
        }
        return CheatSheet.read(url);
    }
}
