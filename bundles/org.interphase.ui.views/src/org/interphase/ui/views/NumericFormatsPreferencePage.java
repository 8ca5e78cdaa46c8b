package org.interphase.ui.views;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window &gt; Preferences &gt; Interphase &gt; Numeric Formats: significant digits of the charts' cursor read-outs
 * and linear axis labels, and the magnitudes beyond which numbers are written with an exponent.
 */
public final class NumericFormatsPreferencePage extends FieldEditorPreferencePage
        implements IWorkbenchPreferencePage {

    public NumericFormatsPreferencePage() {
        super(GRID);
        setDescription("How the result views write numbers. Logarithmic axes keep their decade labels.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(ChartPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        addField(integer(ChartPreferences.READOUT_DIGITS, "Significant digits of the cursor &read-out:", 1, 15));
        addField(integer(ChartPreferences.AXIS_DIGITS, "Significant digits of &axis labels:", 1, 15));
        addField(integer(ChartPreferences.SCIENTIFIC_ABOVE, "Exponent notation at or above 10^:", 1, 300));
        addField(integer(ChartPreferences.SCIENTIFIC_BELOW, "Exponent notation below 10^-:", 1, 300));
    }

    private IntegerFieldEditor integer(String key, String label, int min, int max) {
        IntegerFieldEditor editor = new IntegerFieldEditor(key, label, getFieldEditorParent());
        editor.setValidRange(min, max);
        return editor;
    }
}
