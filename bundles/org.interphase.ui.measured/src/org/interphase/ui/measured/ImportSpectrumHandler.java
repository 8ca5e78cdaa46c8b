package org.interphase.ui.measured;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.interphase.io.CsvImporter;
import org.interphase.io.DataImporter;
import org.interphase.io.DataImporters;
import org.interphase.io.ImportException;
import org.interphase.io.MeasuredData;
import org.interphase.io.MeasuredSpectrum;
import org.interphase.ui.views.ImpedanceView;

/**
 * "Import Measured Spectrum…": overlays a spectrum from a file on the Impedance view. Instrument exports are
 * recognised by their content; other delimited text is read with the columns the user maps.
 */
public final class ImportSpectrumHandler extends AbstractHandler {

    private static final String TITLE = "Import Measured Spectrum";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText(TITLE);
        dialog.setFilterExtensions(new String[] {"*.mpt;*.dta;*.csv;*.txt;*.tsv", "*.*"});
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        importFile(window.getActivePage(), Path.of(chosen));
        return null;
    }

    /** Reads {@code file} (asking for its columns if no importer knows it) and overlays it on the run shown. */
    static void importFile(IWorkbenchPage page, Path file) {
        Shell shell = page.getWorkbenchWindow().getShell();
        try {
            read(shell, file).ifPresent(spectrum -> overlay(page, spectrum));
        } catch (ComparisonException e) {
            MessageDialog.openError(shell, TITLE, e.getMessage());
        }
    }

    /** The spectrum in {@code file}, empty if the user cancelled the column mapping. */
    private static Optional<MeasuredSpectrum> read(Shell shell, Path file) throws ComparisonException {
        try {
            Optional<DataImporter> importer = DataImporters.forFile(file);
            if (importer.isEmpty()) {
                ColumnMappingDialog mapping = new ColumnMappingDialog(shell, file);
                if (mapping.open() != Window.OK) {
                    return Optional.empty();
                }
                importer = Optional.of(new CsvImporter(mapping.mapping()));
            }
            MeasuredData data = importer.get().read(file);
            if (data instanceof MeasuredSpectrum spectrum) {
                return Optional.of(spectrum);
            }
            throw new ComparisonException(file.getFileName() + " holds cycling data, not an impedance spectrum.");
        } catch (ImportException e) {
            throw new ComparisonException(e.getMessage());
        }
    }

    private static void overlay(IWorkbenchPage page, MeasuredSpectrum spectrum) {
        try {
            ImpedanceView view = (ImpedanceView) page.showView(ImpedanceView.ID);
            // Shown alone when no run is: the view's status line says how to compare or fit it.
            view.showMeasured(spectrum.file().getFileName() + " (measured)", spectrum.frequency(), spectrum.real(),
                    spectrum.imaginary());
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), TITLE,
                    "The Impedance view cannot be opened: " + e.getMessage());
        }
    }
}
