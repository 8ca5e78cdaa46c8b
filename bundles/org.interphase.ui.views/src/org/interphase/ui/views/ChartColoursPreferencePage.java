package org.interphase.ui.views;

import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window &gt; Preferences &gt; Interphase &gt; Chart Colours: the per-material palette that every result view and
 * legend shares, the plot background, the grid and the line width. Apply changes the open charts at once.
 */
public final class ChartColoursPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public ChartColoursPreferencePage() {
        super(GRID);
        setDescription("Each material or series name keeps one slot of the palette in every view and legend. "
                + "Changes apply to open charts at once.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(ChartPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        for (int i = 0; i < ChartPreferences.DEFAULT_PALETTE.length; i++) {
            addField(new ColorFieldEditor(ChartPreferences.paletteKey(i), "Series colour " + (i + 1) + ":",
                    getFieldEditorParent()));
        }
        addField(new ColorFieldEditor(ChartPreferences.BACKGROUND, "Plot &background:", getFieldEditorParent()));
        addField(new ColorFieldEditor(ChartPreferences.GRID, "&Grid:", getFieldEditorParent()));
        IntegerFieldEditor width = new IntegerFieldEditor(ChartPreferences.LINE_WIDTH, "&Line width (px):",
                getFieldEditorParent());
        width.setValidRange(1, 10);
        addField(width);
    }
}
