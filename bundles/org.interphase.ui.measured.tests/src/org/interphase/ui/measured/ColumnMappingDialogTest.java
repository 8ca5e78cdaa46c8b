package org.interphase.ui.measured;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.PlatformUI;
import org.interphase.io.Channel;
import org.interphase.io.CsvImporter;
import org.interphase.io.DataImporters;
import org.interphase.io.MeasuredSpectrum;
import org.interphase.ui.testing.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spreadsheet's CSV that no importer recognises is read with the columns the user picks in the dialog. */
class ColumnMappingDialogTest {

    @TempDir
    Path folder;

    @Test
    void theUserMapsTheColumnsOfAPlainCsv() throws Exception {
        MeasuredProject.runEventLoop(2000);
        Path csv = folder.resolve("cell-7.csv");
        Files.writeString(csv, "f,Zre,Zim_neg\n1000,10.5,2.0\n100,12.0,4.5\n10,15.0,1.0\n");
        assertTrue(DataImporters.forFile(csv).isEmpty(), "no instrument format claims a plain CSV");

        ColumnMappingDialog dialog = new ColumnMappingDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getShell(), csv);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Button ok = dialog.okButton();
        assertFalse(ok.isEnabled(), "nothing chosen yet");
        assertEquals("choose the column that holds frequency", dialog.getErrorMessage());

        dialog.columns.get(Channel.FREQUENCY).setText("f");
        dialog.columns.get(Channel.REAL).setText("Zre");
        dialog.columns.get(Channel.IMAGINARY).setText("Zim_neg");
        dialog.units.get(Channel.REAL).setText("kV");
        assertFalse(ok.isEnabled());
        assertTrue(dialog.getErrorMessage().contains("'kV'"), dialog.getErrorMessage());
        dialog.units.get(Channel.REAL).setText("ohm");
        assertTrue(ok.isEnabled(), dialog.getErrorMessage());
        // Raised above the workbench window, which the first start may still be bringing forward.
        dialog.getShell().moveAbove(null);
        dialog.getShell().forceActive();
        MeasuredProject.runEventLoop(1000);
        Screenshots.save(dialog.getShell(), "column-mapping");
        ok.notifyListeners(SWT.Selection, null);
        assertEquals(Window.OK, dialog.getReturnCode());

        MeasuredSpectrum spectrum = assertInstanceOf(MeasuredSpectrum.class,
                new CsvImporter(dialog.mapping()).read(csv));
        assertArrayEquals(new double[] {1000, 100, 10}, spectrum.frequency());
        assertArrayEquals(new double[] {-2.0, -4.5, -1.0}, spectrum.imaginary(), "the column held −Im Z");
    }
}
